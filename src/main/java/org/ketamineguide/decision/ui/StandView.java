package org.ketamineguide.decision.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ketamineguide.decision.DecisionOption;
import org.ketamineguide.decision.DecisionRecord;
import org.ketamineguide.decision.SureQuestion;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * "Where I stand": the option I lean towards (or not sure yet), the four SURE questions with yes
 * and no, and my questions (my own, then those collected as "My questions"). JavaFX thread only.
 */
final class StandView {
    private final DecisionModel model;
    private final Messages messages;
    private final ToggleGroup leaning = new ToggleGroup();
    private final Map<SureQuestion, ToggleGroup> sure = new EnumMap<>(SureQuestion.class);
    private final Label sureResult;
    private final VBox questionsBox;
    private final Label myQuestionsNote;
    private final VBox myQuestionsBox;

    StandView(DecisionModel model, Messages messages, FlowPane leaningBox, VBox sureBox, Label sureResult,
              VBox questionsBox, Label myQuestionsNote, VBox myQuestionsBox) {
        this.model = model;
        this.messages = messages;
        this.sureResult = sureResult;
        this.questionsBox = questionsBox;
        this.myQuestionsNote = myQuestionsNote;
        this.myQuestionsBox = myQuestionsBox;
        leaningBox.setAccessibleRole(AccessibleRole.PARENT);
        leaningBox.setAccessibleText(messages.get("decision.stand.lean.heading"));
        for (DecisionOption o : model.content().options()) {
            leaningBox.getChildren().add(leanChoice(o.name(), o.id()));
        }
        leaningBox.getChildren().add(leanChoice(messages.get("decision.stand.lean.unsure"), DecisionRecord.UNSURE));
        for (SureQuestion q : SureQuestion.values()) {
            ToggleGroup group = new ToggleGroup();
            sure.put(q, group);
            FlowPane answers = new FlowPane();
            answers.getStyleClass().add("decision-choice-row");
            String question = messages.get("decision.sure." + q.id());
            for (boolean yes : new boolean[] {true, false}) {
                ToggleButton b = Views.choice(messages.get(yes ? "decision.sure.yes" : "decision.sure.no"),
                        "sure-" + q.id() + "-" + (yes ? "yes" : "no"), group, () -> model.answerSure(q, yes));
                b.setUserData(yes);
                b.setAccessibleHelp(question);
                answers.getChildren().add(b);
            }
            sureBox.getChildren().add(Views.box("decision-factor", Views.heading(question, "decision-factor-name"),
                    answers));
        }
        Shown.when(sureResult, Bindings.size(model.sureAnswers()).isEqualTo(SureQuestion.values().length));
        refresh();
        new ViewScope(sureBox).follow(this::refresh, model.leaningProperty(), model.sureAnswers(), model.questions(),
                model.myQuestions());
    }

    private ToggleButton leanChoice(String text, String value) {
        ToggleButton b = Views.choice(text, "lean-" + value, leaning, () -> model.lean(value));
        b.setUserData(value);
        b.setAccessibleHelp(messages.get("decision.stand.lean.heading"));
        return b;
    }

    private void refresh() {
        Views.select(leaning, model.leaningProperty().get());
        sure.forEach((q, g) -> Views.select(g, model.sureAnswers().get(q)));
        boolean all = model.sureAnswers().size() == SureQuestion.values().length;
        sureResult.setText(!all ? "" : messages.get(model.record().allSure() ? "decision.sure.allYes"
                : "decision.sure.someNo"));
        questionsBox.getChildren().clear();
        for (String q : model.questions()) {
            Button remove = new Button(messages.get("decision.stand.questions.remove"));
            remove.setMnemonicParsing(false);
            remove.setAccessibleText(messages.format("decision.stand.questions.removeOne", q));
            remove.setOnAction(e -> model.removeQuestion(q));
            Label text = Views.label(q, "body-text");
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(text, remove);
            row.getStyleClass().add("decision-question");
            questionsBox.getChildren().add(row);
        }
        boolean any = !model.myQuestions().isEmpty();
        myQuestionsNote.setText(messages.get(any ? "decision.stand.myQuestions" : "decision.stand.myQuestions.none"));
        myQuestionsBox.getChildren().setAll(Views.bullets(model.myQuestions(), "body-text"));
    }
}
