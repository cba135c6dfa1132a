package org.ketamineguide.screening.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.screening.Question;
import org.ketamineguide.screening.Section;
import org.ketamineguide.ui.ViewScope;

/**
 * The review page: every answer, grouped by section, each changeable in place. It redraws itself
 * when the answers change (questions may appear or go away) or an answer opens or closes, and keeps
 * the question being changed where it was on screen, in full view, with keyboard focus on its
 * Change button. JavaFX thread only.
 */
final class ReviewPane implements WizardPage {
    private final ScreeningWizardModel model;
    private final Messages messages;
    private final boolean stacked;
    private final VBox root = new VBox();
    private final Set<String> open = new HashSet<>();
    private final Map<String, String> seen = new HashMap<>();
    private String focusQuestion;

    ReviewPane(ScreeningWizardModel model, Messages messages, boolean stacked) {
        this.model = model;
        this.messages = messages;
        this.stacked = stacked;
        root.getStyleClass().addAll("wizard-page", "review-page");
        root.setId("reviewPage");
        seen.putAll(model.answers());
        build();
        new ViewScope(root).follow(this::build, model.resultProperty());
    }

    @Override
    public Node node() {
        return root;
    }

    /** The "See my results" button at the top, so the keyboard need not pass every answer first. */
    @Override
    public Node focusTarget() {
        Node results = root.lookup("#reviewResultsButton");
        return results.isDisabled() ? root.lookup(".review-change") : results;
    }

    private void build() {
        // a question just answered or changed closes its options and keeps the focus
        model.answers().forEach((q, o) -> {
            if (!o.equals(seen.get(q))) {
                open.remove(q);
                focusQuestion = q;
            }
        });
        ScrollPane scroll = FocusScroller.around(root);
        Node anchor = focusQuestion == null ? null : root.lookup("#review-" + focusQuestion);
        double anchorY = scroll == null || anchor == null ? Double.NaN : FocusScroller.viewportY(scroll, anchor);
        seen.clear();
        seen.putAll(model.answers());
        Button results = new Button(messages.get("screening.next.REVIEW"));
        results.setId("reviewResultsButton");
        results.getStyleClass().add("primary");
        results.setMnemonicParsing(false);
        results.setOnAction(e -> model.next());
        results.disableProperty().bind(model.canGoNext().not());
        root.getChildren().setAll(QuestionPane.label(messages.get("screening.review.intro"), "question-intro"),
                results);
        for (Section section : model.rules().sections()) {
            List<Question> shown = section.questions().stream().filter(q -> model.isShown(q.id())).toList();
            if (shown.isEmpty()) {
                continue;
            }
            Label heading = QuestionPane.label(section.title(), "section-heading");
            heading.setAccessibleRole(AccessibleRole.TEXT);
            root.getChildren().add(heading);
            for (Question q : shown) {
                root.getChildren().add(row(q));
            }
        }
        if (focusQuestion != null) {
            Node row = root.lookup("#review-" + focusQuestion);
            Node target = root.lookup("#change-" + focusQuestion);
            focusQuestion = null;
            if (scroll != null && row != null && root.getScene() != null) {
                FocusScroller.keepAt(scroll, row, anchorY);
            }
            if (target != null) {
                target.requestFocus();
            }
        }
    }

    private VBox row(Question q) {
        String answer = model.answers().get(q.id());
        boolean expanded = answer == null || open.contains(q.id());
        VBox row = new VBox();
        row.getStyleClass().add("review-row");
        row.setId("review-" + q.id());
        Label question = QuestionPane.label(q.text(), "review-question");
        Label chosen = QuestionPane.label(answer == null ? messages.get("screening.review.notAnswered")
                : q.option(answer).orElseThrow().label(), answer == null ? "review-missing" : "review-answer");
        chosen.setId("answer-" + q.id());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox line = new HBox(chosen, gap);
        line.getStyleClass().add("review-line");
        if (answer != null) {
            Button change = new Button(messages.get(expanded ? "screening.review.done" : "screening.review.change"));
            change.setId("change-" + q.id());
            QuestionPane.neverShrink(change);
            change.getStyleClass().add("review-change");
            change.setMnemonicParsing(false);
            change.setAccessibleText(messages.format("screening.review.changeWhat", q.summary()));
            change.setOnAction(e -> {
                if (!open.remove(q.id())) {
                    open.add(q.id());
                }
                focusQuestion = q.id();
                build();
            });
            line.getChildren().add(change);
        }
        row.getChildren().addAll(question, line);
        if (expanded) {
            row.getChildren().add(new AnswerButtons(model, q, stacked).node());
        }
        return row;
    }
}
