package org.ketamineguide.screening.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

/**
 * Listeners a view puts on a longer-lived model. The model only holds them weakly; this object,
 * owned by the view, keeps them alive. So a view that is thrown away (a kiosk reset discards every
 * view) stops listening when it is collected instead of staying tied to the model. JavaFX thread only.
 */
final class ViewListeners {
    private final List<Object> kept = new ArrayList<>();

    InvalidationListener weak(InvalidationListener listener) {
        kept.add(listener);
        return new WeakInvalidationListener(listener);
    }

    <T> ChangeListener<T> weak(ChangeListener<T> listener) {
        kept.add(listener);
        return new WeakChangeListener<>(listener);
    }
}
