package org.ketamineguide.topics.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;

/**
 * The questions the user collected for a clinician: read them, remove any, print them or save a
 * PDF. The same list appears on the screening result and in every print-out. JavaFX thread only.
 */
public final class MyQuestionsController {
    private final TopicBrowserModel model;
    private final Messages messages;
    // the model outlives this view (a kiosk reloads views every visit): it holds this only weakly
    private final ListChangeListener<String> onQuestions = c -> refresh();

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
        exportQuestionsButton.setVisible(model.canSave());
        exportQuestionsButton.setManaged(model.canSave());
        // the model holds this controller only weakly, so its view must hold it
        questionList.getProperties().put(getClass(), this);
        model.myQuestions().addListener(new WeakListChangeListener<>(onQuestions));
        refresh();
    }

    private void refresh() {
        boolean empty = model.myQuestions().isEmpty();
        emptyLabel.setVisible(empty);
        emptyLabel.setManaged(empty);
        printQuestionsButton.setDisable(empty);
        exportQuestionsButton.setDisable(empty);
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
