package org.ketamineguide.screening.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ketamineguide.screening.Question;
import org.ketamineguide.screening.Section;

/**
 * One question page: the section's opening sentence, a shared stem (the PHQ-9 "Over the last 2
 * weeks..."), each question with its answer buttons, and any credit line. JavaFX thread only.
 */
final class QuestionPane implements WizardPage {
    private final VBox root = new VBox();
    private final List<AnswerButtons> buttons = new ArrayList<>();

    QuestionPane(ScreeningWizardModel model, WizardStep step, boolean stacked) {
        root.getStyleClass().addAll("wizard-page", "question-page");
        root.setId("questionPage");
        Section section = model.rules().section(step.sectionId());
        String first = section.questions().stream().map(Question::id).filter(model::isShown).findFirst().orElse("");
        if (step.questionIds().contains(first)) {
            section.intro().ifPresent(t -> root.getChildren().add(label(t, "question-intro")));
        }
        Question lead = model.rules().question(step.questionIds().get(0));
        lead.stem().ifPresent(t -> root.getChildren().add(label(t, "question-stem")));
        Optional<String> credit = lead.attribution();
        for (String id : step.questionIds()) {
            Question q = model.rules().question(id);
            VBox card = new VBox();
            card.getStyleClass().add("question-card");
            card.setId("question-" + id);
            Label text = label(q.text(), "question-text");
            text.setAccessibleRole(AccessibleRole.TEXT);
            card.getChildren().add(text);
            q.help().ifPresent(h -> card.getChildren().add(label(h, "question-help")));
            AnswerButtons answers = new AnswerButtons(model, q, stacked);
            buttons.add(answers);
            card.getChildren().add(answers.node());
            root.getChildren().add(card);
        }
        credit.ifPresent(t -> root.getChildren().add(label(t, "question-attribution")));
    }

    @Override
    public Node node() {
        return root;
    }

    /** Where keyboard focus goes when the page opens: the first question's answers. */
    @Override
    public Node focusTarget() {
        return buttons.get(0).focusTarget();
    }

    /**
     * Keeps a button at least as wide as its text, so a crowded row wraps its labels instead of
     * cutting the button's text short (a bound minimum: the stylesheet's 48 px minimum cannot undo it).
     */
    static void neverShrink(javafx.scene.control.Labeled button) {
        button.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> button.prefWidth(-1),
                button.textProperty(), button.fontProperty(), button.paddingProperty()));
    }

    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
