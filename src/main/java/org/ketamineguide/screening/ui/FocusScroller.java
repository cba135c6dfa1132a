package org.ketamineguide.screening.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a scroll pane so that the control with keyboard focus is in view, because JavaFX does not
 * do it by itself: without it, Tab moves focus to answer buttons below the fold. Also keeps a part
 * of a page in place while the page is redrawn around it ({@link #viewportY}, {@link #keepAt}).
 * JavaFX thread only.
 */
final class FocusScroller {
    private FocusScroller() {
    }

    static void install(ScrollPane scroll) {
        ChangeListener<Node> follow = (obs, was, now) -> reveal(scroll, now);
        scroll.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(follow);
            }
        });
        Scene scene = scroll.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(follow);
        }
    }

    /** The scroll pane around a node, or null. */
    static ScrollPane around(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    /** How far below the top of the visible part of the scroll pane the node starts (may be negative). */
    static double viewportY(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
        return y - top(scroll, content);
    }

    /**
     * Lays the scroll pane out, scrolls so the node starts {@code y} below the top of the visible
     * part (where it was before a redraw), then makes sure all of it shows.
     */
    static void keepAt(ScrollPane scroll, Node node, double y) {
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (room > 0 && !Double.isNaN(y)) {
            double nodeY = content.sceneToLocal(node.localToScene(0, 0)).getY();
            scroll.setVvalue(Math.max(0, Math.min(1, (nodeY - y) / room)));
        }
        reveal(scroll, node);
    }

    private static double top(ScrollPane scroll, Node content) {
        double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        return room <= 0 ? 0 : scroll.getVvalue() * room;
    }

    /** Scrolls as little as needed to show the node (its top, when it is taller than the view). */
    static void reveal(ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || !isInside(focused, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewHeight);
        double margin = 16;
        if (node.getMinY() - margin < top || node.getHeight() + 2 * margin > viewHeight) {
            scroll.setVvalue(Math.max(0, node.getMinY() - margin) / (contentHeight - viewHeight));
        } else if (node.getMaxY() + margin > top + viewHeight) {
            scroll.setVvalue(Math.min(1, (node.getMaxY() + margin - viewHeight) / (contentHeight - viewHeight)));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
