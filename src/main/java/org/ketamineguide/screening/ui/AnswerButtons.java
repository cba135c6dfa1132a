package org.ketamineguide.screening.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.ketamineguide.screening.Option;
import org.ketamineguide.screening.Question;
import org.ketamineguide.ui.ViewScope;

/**
 * The answer buttons of one question: radio-like toggle buttons (one stays chosen), at least 48 px,
 * chosen with a click, a tap, Space or Enter. They follow the model's answers and tell the model
 * when one is chosen, following the answer while they are on screen ({@link ViewScope}). JavaFX
 * thread only.
 */
final class AnswerButtons {
    private final ScreeningWizardModel model;
    private final Question question;
    private final ToggleGroup group = new ToggleGroup();
    private final Pane box;
    private boolean updating;

    /**
     * @param stacked one full-width button per line (kiosk, narrow window) instead of a row
     */
    AnswerButtons(ScreeningWizardModel model, Question question, boolean stacked) {
        this.model = model;
        this.question = question;
        if (stacked) {
            box = new VBox();
            box.getStyleClass().addAll("answer-buttons", "answer-buttons-stacked");
        } else {
            box = new FlowPane();
            box.getStyleClass().addAll("answer-buttons", "answer-buttons-row");
        }
        box.setAccessibleRole(AccessibleRole.PARENT);
        box.setAccessibleText(question.text());
        for (Option option : AnswerOrder.shown(question)) {
            ToggleButton b = new ToggleButton(option.label());
            b.setId("option-" + question.id() + "-" + option.id());
            b.setUserData(option.id());
            b.setToggleGroup(group);
            b.setWrapText(true);
            b.setMnemonicParsing(false);
            b.setAccessibleRole(AccessibleRole.RADIO_BUTTON);
            b.setAccessibleHelp(question.text());
            b.getStyleClass().add("answer-button");
            if (stacked) {
                b.setMaxWidth(Double.MAX_VALUE);
            }
            b.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    choose(b);
                    e.consume();
                }
            });
            box.getChildren().add(b);
        }
        select(model.answers().get(question.id()));
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (updating) {
                return;
            }
            if (now == null) {
                // a chosen answer stays chosen; change it by choosing another
                select(model.answers().get(question.id()));
            } else {
                model.answer(question.id(), (String) now.getUserData());
            }
        });
        new ViewScope(box).onChange(Bindings.valueAt(model.answers(), question.id()), (was, now) -> select(now));
    }

    Pane node() {
        return box;
    }

    /** The first button, or the chosen one: where keyboard focus should land. */
    ToggleButton focusTarget() {
        Toggle chosen = group.getSelectedToggle();
        return chosen != null ? (ToggleButton) chosen : (ToggleButton) box.getChildren().get(0);
    }

    private void choose(ToggleButton b) {
        if (!b.isSelected()) {
            b.setSelected(true);
        } else {
            model.answer(question.id(), (String) b.getUserData());
        }
    }

    private void select(String optionId) {
        updating = true;
        try {
            group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(optionId)));
        } finally {
            updating = false;
        }
    }
}
