package org.ketamineguide.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * Showing and hiding a node so that the layout closes the gap: {@code visible} and {@code managed}
 * always move together. A rule that comes from the model is a binding, bound once in the view
 * ({@link #when}); {@link #set} is for what the view decides itself (its width, a closed notice).
 * JavaFX thread only.
 */
public final class Shown {
    private Shown() {
    }

    /** Shows the node exactly while the condition holds (a binding: it never needs setting again). */
    public static void when(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** Shows or hides the node now. */
    public static void set(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
