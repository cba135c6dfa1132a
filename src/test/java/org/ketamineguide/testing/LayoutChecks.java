package org.ketamineguide.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Checks over every visible node of a scene: cut-off text, touch-target sizes. */
public final class LayoutChecks {
    private static final double SLACK = 0.5;

    private LayoutChecks() {
    }

    /** Visible nodes of the scene, skipping hidden branches. */
    public static List<Node> visibleNodes(Scene scene) {
        return visibleNodes(scene.getRoot());
    }

    /** Visible nodes under a node (itself included), skipping hidden branches. */
    public static List<Node> visibleNodes(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        out.add(node);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** Labeled controls whose text is shortened with an ellipsis or does not fit its box. */
    public static List<String> cutOffText(Scene scene) {
        return cutOffText(scene.getRoot());
    }

    /** Like {@link #cutOffText(Scene)}, for one part of a screen. */
    public static List<String> cutOffText(Node root) {
        List<String> problems = new ArrayList<>();
        for (Node n : visibleNodes(root)) {
            if (!(n instanceof Labeled l) || l.getText() == null || l.getText().isBlank()
                    || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                continue;
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text t && !t.getText().equals(l.getText())) {
                    problems.add(describe(l) + " shows '" + t.getText() + "'");
                }
            }
            if (l.isWrapText()) {
                double need = l.prefHeight(l.getWidth());
                if (l.getHeight() + SLACK < need) {
                    problems.add(describe(l) + " is " + l.getHeight() + " px tall but needs " + need);
                }
            } else if (l.getWidth() + SLACK < l.prefWidth(-1)) {
                problems.add(describe(l) + " is " + l.getWidth() + " px wide but needs " + l.prefWidth(-1));
            }
        }
        return problems;
    }

    /** Buttons, toggles and links smaller than the given size in either direction. */
    public static List<String> smallTargets(Scene scene, double min) {
        List<String> problems = new ArrayList<>();
        for (Node n : visibleNodes(scene)) {
            if (n instanceof ButtonBase b && !b.isDisabled()) {
                Bounds bounds = b.getLayoutBounds();
                if (bounds.getWidth() + SLACK < min || bounds.getHeight() + SLACK < min) {
                    problems.add(describe(b) + " is " + Math.round(bounds.getWidth()) + "x"
                            + Math.round(bounds.getHeight()));
                }
            }
        }
        return problems;
    }

    /** Horizontal scroll bars that are showing: a screen should never need sideways scrolling. */
    public static List<String> horizontalScrollBars(Scene scene) {
        List<String> problems = new ArrayList<>();
        for (Node n : visibleNodes(scene)) {
            if (n instanceof javafx.scene.control.ScrollBar bar
                    && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.getWidth() > 0) {
                Node owner = bar.getParent();
                problems.add("horizontal scroll bar in " + (owner == null ? "?" : describe(owner)));
            }
        }
        return problems;
    }

    /** The nodes (by description) that are not wholly inside the window. */
    public static List<String> outsideWindow(Scene scene, Node... nodes) {
        List<String> problems = new ArrayList<>();
        Bounds window = new javafx.geometry.BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        for (Node n : nodes) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (!n.isVisible() || b.getMinX() < -SLACK || b.getMinY() < -SLACK
                    || b.getMaxX() > window.getMaxX() + SLACK || b.getMaxY() > window.getMaxY() + SLACK) {
                problems.add(describe(n) + " at " + b);
            }
        }
        return problems;
    }

    public static String describe(Node n) {
        String text = n instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId()) + text;
    }
}
