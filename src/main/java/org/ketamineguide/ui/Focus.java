package org.ketamineguide.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Keyboard focus helpers for views. JavaFX thread only. */
public final class Focus {
    private Focus() {
    }

    /** Puts focus on the first control of a view (so Tab starts there), or on the view itself. */
    public static void first(Node view) {
        Node target = firstFocusable(view);
        (target == null ? view : target).requestFocus();
    }

    /** The first visible, enabled, focus-traversable node in a view, looking inside scroll panes. */
    public static Node firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            return firstFocusable(scroll.getContent());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
