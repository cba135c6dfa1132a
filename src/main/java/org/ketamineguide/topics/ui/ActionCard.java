package org.ketamineguide.topics.ui;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * A card that acts like a button but can hold wrapping rich text (a {@code Button}'s graphic does
 * not wrap a {@code TextFlow}): it takes focus, and Enter, Space, a click or a tap run its action.
 * Screen readers see it as a button. JavaFX thread only.
 */
final class ActionCard extends VBox {
    private final Runnable action;

    ActionCard(String accessibleText, Runnable action, Node... children) {
        super(children);
        this.action = action;
        getStyleClass().add("topics-card");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(accessibleText);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                action.run();
            }
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                action.run();
            }
        });
    }

    /** Runs the card's action, as a click would. */
    void fire() {
        action.run();
    }

    @Override
    public void executeAccessibleAction(AccessibleAction accessibleAction, Object... parameters) {
        if (accessibleAction == AccessibleAction.FIRE) {
            fire();
        } else {
            super.executeAccessibleAction(accessibleAction, parameters);
        }
    }
}
