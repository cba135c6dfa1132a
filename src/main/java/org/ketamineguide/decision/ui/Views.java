package org.ketamineguide.decision.ui;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * Small helpers the decision views share: labels, bullet lists and radio-like toggle buttons.
 * JavaFX thread only.
 */
final class Views {
    static Label label(String text, String... styleClasses) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    static Label heading(String text, String styleClass) {
        Label l = label(text, styleClass);
        l.setAccessibleRole(AccessibleRole.TEXT);
        return l;
    }

    static VBox bullets(List<String> items, String styleClass) {
        VBox box = new VBox();
        box.getStyleClass().add("decision-bullets");
        for (String item : items) {
            box.getChildren().add(label("\u2022 " + item, styleClass));
        }
        return box;
    }

    static VBox box(String styleClass, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add(styleClass);
        return box;
    }

    /**
     * A radio-like toggle button: one in the group stays chosen; a click, a tap, Space or Enter
     * chooses it and runs the action.
     */
    static ToggleButton choice(String text, String id, ToggleGroup group, Runnable onChoose) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setWrapText(true);
        b.setMnemonicParsing(false);
        b.setAccessibleRole(AccessibleRole.RADIO_BUTTON);
        b.getStyleClass().add("decision-choice");
        b.setOnAction(e -> {
            b.setSelected(true);
            onChoose.run();
        });
        b.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                b.fire();
                e.consume();
            }
        });
        return b;
    }

    /**
     * Keeps the control with keyboard focus in view inside a scroll pane (JavaFX does not), so Tab
     * never moves focus below the fold. Stops following a scene the pane has left.
     */
    static void revealFocus(javafx.scene.control.ScrollPane scroll) {
        javafx.beans.value.ChangeListener<Node> follow = (obs, was, now) -> reveal(scroll, now);
        scroll.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(follow);
            }
        });
        if (scroll.getScene() != null) {
            scroll.getScene().focusOwnerProperty().addListener(follow);
        }
    }

    private static void reveal(javafx.scene.control.ScrollPane scroll, Node focused) {
        Node content = scroll.getContent();
        Node n = focused;
        while (n != null && n != content) {
            n = n.getParent();
        }
        if (focused == null || n == null) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (extra <= 0) {
            return;
        }
        double top = scroll.getVvalue() * extra;
        double view = scroll.getViewportBounds().getHeight();
        if (b.getMinY() - 16 < top) {
            scroll.setVvalue(Math.max(0, b.getMinY() - 16) / extra);
        } else if (b.getMaxY() + 16 > top + view) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + 16 - view) / extra));
        }
    }

    /** Selects the toggle whose user data equals the value (none when the value is null). */
    static void select(ToggleGroup group, Object value) {
        group.getToggles().forEach(t -> t.setSelected(value != null && value.equals(t.getUserData())));
    }
}
