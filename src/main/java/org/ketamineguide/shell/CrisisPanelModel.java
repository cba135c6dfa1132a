package org.ketamineguide.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Whether the crisis panel is open and why. Any screen may open it; nothing may ever block it.
 * JavaFX thread only.
 */
public final class CrisisPanelModel {

    /** Why the panel opened: the user asked, or an answer signalled danger. */
    public enum Reason { REQUESTED, ANSWER }

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Reason> reason = new ReadOnlyObjectWrapper<>(Reason.REQUESTED);
    private int timesOpened;

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return open.get();
    }

    public ReadOnlyObjectProperty<Reason> reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** Opens the panel because the user asked for help. */
    public void open() {
        show(Reason.REQUESTED);
    }

    /** Opens the panel because an answer signalled danger. */
    public void openForAnswer() {
        show(Reason.ANSWER);
    }

    /**
     * Forgets why the panel opened, keeping it open if it is (a kiosk visit ended: the help stays
     * on screen until someone closes it, but nothing shows that an answer opened it).
     */
    public void forgetReason() {
        reason.set(Reason.REQUESTED);
    }

    public void close() {
        open.set(false);
    }

    /** How many times the panel has opened since start (tests and the endurance walk read it). */
    public int timesOpened() {
        return timesOpened;
    }

    private void show(Reason why) {
        reason.set(why);
        timesOpened++;
        open.set(true);
    }
}
