package org.ketamineguide.topics.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * The questions the user collected for a clinician: read them, remove any, print them or save a
 * PDF. The same list appears on the screening result and in every print-out. JavaFX thread only.
 */
public final class MyQuestionsController {
    private final TopicBrowserModel model;
    private final Messages messages;

    @FXML
    private Label emptyLabel;
    @FXML
    private VBox questionList;
    @FXML
    private Button printQuestionsButton;
    @FXML
    private Button exportQuestionsButton;

    public MyQuestionsController(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        Shown.set(exportQuestionsButton, model.canSave());
        var empty = Bindings.isEmpty(model.myQuestions());
        Shown.when(emptyLabel, empty);
        printQuestionsButton.disableProperty().bind(empty);
        exportQuestionsButton.disableProperty().bind(empty);
        refresh();
        new ViewScope(questionList).follow(this::refresh, model.myQuestions());
    }

    private void refresh() {
        questionList.getChildren().clear();
        int number = 1;
        for (String question : model.myQuestions()) {
            Label text = TopicPageView.label(number++ + ". " + question, "topics-question-text", null);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            int index = number - 2;
            Button remove = TopicPageView.button(messages.get("topics.questions.remove"), null,
                    e -> remove(question, index));
            remove.getStyleClass().add("topics-remove-question");
            remove.setAccessibleText(messages.format("topics.questions.remove.spoken", question));
            HBox row = new HBox(text, remove);
            row.getStyleClass().add("topics-question");
            questionList.getChildren().add(row);
        }
    }

    /** Removes a question and keeps keyboard focus in the list, on the next question's button. */
    private void remove(String question, int index) {
        model.removeQuestion(question);
        var buttons = questionList.lookupAll(".topics-remove-question").stream().toList();
        if (!buttons.isEmpty()) {
            buttons.get(Math.min(index, buttons.size() - 1)).requestFocus();
        } else {
            printQuestionsButton.getParent().requestFocus();
        }
    }

    @FXML
    private void print() {
        model.printQuestions();
    }

    @FXML
    private void exportPdf() {
        model.exportQuestions();
    }
}
