package org.ketamineguide.topics.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Checks on what the browser shows, shared by its UI tests. */
final class BrowserChecks {
    private BrowserChecks() {
    }

    /** Every visible label, button or link under {@code root} whose text is cut short ("Some te..."). */
    static List<String> truncatedTexts(Node root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            // a control whose skin draws its text with an inner label (a menu button) is checked through that label
            labeled.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text).map(c -> ((Text) c).getText())
                    .filter(shown -> !shown.equals(labeled.getText()))
                    .forEach(shown -> out.add(labeled.getText() + " -> " + shown));
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), out);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** True when the node and all its parents are visible. */
    static boolean reallyVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
