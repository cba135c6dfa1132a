package org.ketamineguide.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Presses Tab through a screen and reports which controls received focus. */
public final class KeyboardWalk {
    private KeyboardWalk() {
    }

    /** Every control in the scene that Tab should be able to reach: visible, enabled, traversable. */
    public static List<Node> reachableControls(Scene scene) {
        List<Node> out = new ArrayList<>();
        collect(scene.getRoot(), out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            out.add(node);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), out);
        } else if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control control
                && control.getSkin() != null && isLeafControl(control))) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** Controls whose inner parts are not separate tab stops. */
    private static boolean isLeafControl(javafx.scene.control.Control control) {
        return !(control instanceof ScrollPane) && !(control instanceof javafx.scene.control.SplitPane)
                && !(control instanceof javafx.scene.control.TitledPane)
                && !(control instanceof javafx.scene.control.Accordion)
                && !(control instanceof javafx.scene.control.TabPane);
    }

    /**
     * True when Tab reached the control, or (for a radio button or toggle in a group, where Tab
     * stops once per group and the arrow keys move inside it) reached another member of its group.
     */
    public static boolean reached(Node control, Set<Node> seen) {
        if (seen.contains(control)) {
            return true;
        }
        if (control instanceof javafx.scene.control.Toggle toggle && toggle.getToggleGroup() != null) {
            return seen.stream().anyMatch(n -> n instanceof javafx.scene.control.Toggle t
                    && t.getToggleGroup() == toggle.getToggleGroup());
        }
        return false;
    }

    /**
     * Presses Tab through the scene and describes every control Tab never reached (a radio group
     * counts once); empty when Tab visits them all.
     */
    public static Set<String> unreached(FxRobot robot, Scene scene) {
        List<Node> expected = reachableControls(scene);
        Set<Node> seen = tabThrough(robot, scene, expected.size() * 2 + 10);
        Set<String> missed = new java.util.TreeSet<>();
        for (Node n : expected) {
            if (!reached(n, seen)) {
                missed.add(LayoutChecks.describe(n));
            }
        }
        return missed;
    }

    /** Presses Tab until focus comes back to where it started (or a limit), returning the focus owners seen. */
    public static Set<Node> tabThrough(FxRobot robot, Scene scene, int limit) {
        Set<Node> seen = new LinkedHashSet<>();
        for (int i = 0; i < limit; i++) {
            robot.push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node owner = scene.getFocusOwner();
            if (owner != null && !seen.add(owner) && i > 0) {
                break;
            }
        }
        return seen;
    }
}
