package org.ketamineguide.shell;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ketamineguide.session.Resettable;

/**
 * The staff-only way to close a kiosk: a PIN from the clinic configuration. Without a configured
 * PIN the kiosk cannot be closed from inside the app. JavaFX thread only.
 */
public final class StaffExitModel implements Resettable {

    /** What the PIN panel should tell staff. */
    public enum Notice { NONE, WRONG_PIN, NO_PIN_SET }

    private final Optional<String> pin;
    private final Runnable exitApp;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(Notice.NONE.name());

    public StaffExitModel(Optional<String> pin, Runnable exitApp) {
        this.pin = pin;
        this.exitApp = exitApp;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The name of the current {@link Notice}. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void open() {
        notice.set((pin.isPresent() ? Notice.NONE : Notice.NO_PIN_SET).name());
        open.set(true);
    }

    public void cancel() {
        open.set(false);
        notice.set(Notice.NONE.name());
    }

    /** Closes the app when the PIN is right; otherwise says so. */
    public void submit(String entered) {
        if (pin.isPresent() && pin.get().equals(entered)) {
            open.set(false);
            exitApp.run();
        } else {
            notice.set((pin.isPresent() ? Notice.WRONG_PIN : Notice.NO_PIN_SET).name());
        }
    }

    @Override
    public void reset() {
        cancel();
    }
}
