package org.ketamineguide.screening.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a scroll pane so that the control with keyboard focus is in view, because JavaFX does not
 * do it by itself: without it, Tab moves focus to answer buttons below the fold. JavaFX thread only.
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

    private static void reveal(ScrollPane scroll, Node focused) {
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
        if (node.getMinY() - margin < top) {
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
