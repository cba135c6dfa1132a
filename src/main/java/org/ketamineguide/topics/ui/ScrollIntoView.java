package org.ketamineguide.topics.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a page so that the control that has keyboard focus can be seen: a scroll pane does not
 * do this by itself, and a keyboard user must always see where focus is. JavaFX thread only.
 */
final class ScrollIntoView {
    private static final double MARGIN = 16;

    private ScrollIntoView() {
    }

    /**
     * Follows the focus owner of the page's scene while the page is in that scene (the listener
     * moves with the page, so a discarded page is not kept alive by the scene).
     */
    static void follow(ScrollPane page) {
        ChangeListener<Node> onFocus = (o, was, owner) -> {
            if (owner != null && page.isVisible() && owner != page && isInside(owner, page.getContent())) {
                reveal(page, owner);
            }
        };
        page.sceneProperty().addListener((obs, oldScene, scene) -> {
            if (oldScene != null) {
                oldScene.focusOwnerProperty().removeListener(onFocus);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(onFocus);
            }
        });
    }

    /** Scrolls vertically, as little as possible, until the node is in view. */
    static void reveal(ScrollPane page, Node node) {
        Node content = page.getContent();
        double viewport = page.getViewportBounds().getHeight();
        double total = content.getLayoutBounds().getHeight();
        if (total <= viewport || viewport <= 0) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double offset = page.getVvalue() * (total - viewport);
        double target = offset;
        if (bounds.getMinY() - MARGIN < offset) {
            target = bounds.getMinY() - MARGIN;
        } else if (bounds.getMaxY() + MARGIN > offset + viewport) {
            target = Math.min(bounds.getMinY() - MARGIN, bounds.getMaxY() + MARGIN - viewport);
        }
        if (target != offset) {
            page.setVvalue(Math.max(0, Math.min(1, target / (total - viewport))));
        }
    }

    /** Scrolls so that the node starts near the top of the view (as far as the page allows). */
    static void toTop(ScrollPane page, Node node) {
        Node content = page.getContent();
        double viewport = page.getViewportBounds().getHeight();
        double total = content.getLayoutBounds().getHeight();
        if (total > viewport && viewport > 0) {
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            page.setVvalue(Math.max(0, Math.min(1, (bounds.getMinY() - MARGIN) / (total - viewport))));
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
