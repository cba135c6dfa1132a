package org.ketamineguide.nav;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which screen is showing, as a read-only property the main window follows. Screens ask to move
 * with commands ({@link #goTo}, {@link #back}, {@link #home}); nothing else changes the screen.
 * A feature may name the page it shows inside its screen ({@link #setDetail}) so that the
 * breadcrumb always says where the user is. Whether Back can go anywhere follows the history
 * (a binding, never set by hand). JavaFX thread only.
 */
public final class Navigator {
    private Screen homeScreen;
    private final ReadOnlyObjectWrapper<Screen> current;
    /** The screens to go back to, the most recent last. */
    private final ObservableList<Screen> history = FXCollections.observableArrayList();
    /** Made by hand, not with {@code Bindings.isNotEmpty}: the first frame never loads {@code Bindings} (see ui.Derived). */
    private final BooleanBinding canGoBack = new BooleanBinding() {
        {
            bind(history);
        }

        @Override
        protected boolean computeValue() {
            return !history.isEmpty();
        }
    };
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

    /** True while there is a screen to go back to. */
    public BooleanExpression canGoBackProperty() {
        return canGoBack;
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
        history.add(current.get());
        show(screen);
    }

    public void back() {
        if (!history.isEmpty()) {
            show(history.remove(history.size() - 1));
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
    }
}
