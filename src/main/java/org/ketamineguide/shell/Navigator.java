package org.ketamineguide.shell;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which screen is showing, as a read-only property the main window follows. Screens ask to move
 * with commands ({@link #goTo}, {@link #back}, {@link #home}); nothing else changes the screen.
 * A feature may name the page it shows inside its screen ({@link #setDetail}) so that the
 * breadcrumb always says where the user is. JavaFX thread only.
 */
public final class Navigator {
    private Screen homeScreen;
    private final ReadOnlyObjectWrapper<Screen> current;
    private final Deque<Screen> history = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

    public Navigator(Screen homeScreen) {
        this.homeScreen = homeScreen;
        this.current = new ReadOnlyObjectWrapper<>(homeScreen);
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** The page inside the current screen (a topic title, a wizard step), or empty. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public void setDetail(String text) {
        detail.set(text == null ? "" : text);
    }

    public void goTo(Screen screen) {
        if (screen == current.get()) {
            return;
        }
        history.push(current.get());
        show(screen);
    }

    public void back() {
        if (!history.isEmpty()) {
            show(history.pop());
        }
    }

    public void home() {
        goTo(homeScreen);
    }

    /** Makes another screen the home screen and shows it (the content failed to load). */
    public void useHome(Screen screen) {
        homeScreen = screen;
        reset();
    }

    /** Forgets the history and shows the home screen (used when a kiosk visit ends). */
    public void reset() {
        history.clear();
        show(homeScreen);
    }

    private void show(Screen screen) {
        detail.set("");
        current.set(screen);
        canGoBack.set(!history.isEmpty());
    }
}
