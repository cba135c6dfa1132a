package org.ketamineguide.screening.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.session.MyQuestions;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * The result page: urgent help or the 988 message first when they apply (and then no card is
 * marked as an all-clear), then the PHQ-9 score, one card per treatment laid out the same way,
 * information, questions for the clinician, other options, and "What next?". The counselor view
 * opens with the safety answers and adds the rule and source behind each finding and the questions
 * not answered. JavaFX thread only.
 */
final class ResultPane implements WizardPage {
    private final ScreeningWizardModel model;
    private final Messages messages;
    private final boolean stacked;
    private final Runnable showCrisis;
    private final MyQuestions myQuestions;
    private final Pane actions;
    private final VBox root = new VBox();

    ResultPane(ScreeningWizardModel model, Messages messages, boolean stacked, Runnable showCrisis,
               MyQuestions myQuestions, Pane actions) {
        this.model = model;
        this.messages = messages;
        this.stacked = stacked;
        this.showCrisis = showCrisis;
        this.myQuestions = myQuestions;
        this.actions = actions;
        root.getStyleClass().addAll("wizard-page", "result-page");
        root.setId("resultPage");
        build();
        new ViewScope(root).follow(this::build, model.resultProperty(), model.stepsProperty(),
                model.counselorViewProperty(), myQuestions.questions());
    }

    @Override
    public Node node() {
        return root;
    }

    /** Where keyboard focus goes when the page opens: the help button, or the first action. */
    @Override
    public Node focusTarget() {
        Node help = root.lookup(".result-focus");
        return help != null ? help : actions.getChildren().stream().filter(Node::isVisible).findFirst().orElse(root);
    }

    private void build() {
        ScreeningReport.Report r = model.currentReport();
        boolean counselor = model.counselorViewProperty().get();
        root.getChildren().clear();
        if (r.safetyFirst()) {
            Button help = new Button(messages.get(r.urgent() ? "screening.urgent.button" : "screening.support.button"));
            help.setId("resultHelpButton");
            help.getStyleClass().addAll("help-now-button", "result-focus");
            help.setMnemonicParsing(false);
            help.setOnAction(e -> showCrisis.run());
            VBox box = r.urgent()
                    ? box("result-urgent", "resultUrgent", messages.get("screening.urgent.title"),
                            messages.get("screening.urgent.text"), help)
                    : box("result-support", "resultSupport", messages.get("screening.support.title"),
                            messages.get("screening.support.text"), help);
            if (counselor) {
                box.getChildren().add(safetyAnswers(r));
            }
            root.getChildren().add(box);
        } else if (counselor) {
            VBox box = new VBox(safetyAnswers(r));
            box.setId("counselorSafety");
            box.getStyleClass().add("counselor-box");
            root.getChildren().add(box);
        }
        root.getChildren().add(actions);
        Pane cards = stacked ? new VBox() : new HBox();
        cards.getStyleClass().add("result-cards");
        for (ScreeningReport.TreatmentPart part : r.treatments()) {
            VBox card = card(part, counselor);
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
        }
        root.getChildren().add(cards);
        r.phq9Score().ifPresent(score -> root.getChildren().add(box("result-phq9", "resultPhq9",
                messages.get("screening.phq9.heading"), score, QuestionPane.label(r.phq9Meaning().orElse(""),
                        "body-text"), QuestionPane.label(messages.get("screening.phq9.notDiagnosis"), "body-text"))));
        if (!r.notes().isEmpty()) {
            root.getChildren().add(heading("screening.notes.heading"));
            for (ScreeningReport.NoteLine n : r.notes()) {
                root.getChildren().addAll(QuestionPane.label(n.text(), "body-text"), link(n.link()));
                if (counselor && !n.source().isEmpty()) {
                    root.getChildren().add(QuestionPane.label(n.source(), "counselor-detail"));
                }
            }
        }
        root.getChildren().add(heading("screening.ask.heading"));
        VBox asks = new VBox();
        asks.setId("askList");
        asks.getStyleClass().add("result-asks");
        r.askClinician().forEach(a -> asks.getChildren().add(QuestionPane.label("\u2022 " + a, "body-text")));
        root.getChildren().add(asks);
        root.getChildren().addAll(heading("screening.other.heading"),
                QuestionPane.label(messages.get("screening.other.text"), "body-text"),
                link(model.reporter().link("other-options")));
        if (counselor) {
            root.getChildren().add(counselorPart(r));
        }
        root.getChildren().addAll(QuestionPane.label(messages.get("screening.result.disclaimer"), "disclaimer"),
                whatNext());
    }

    /** The safety questions and their answers, first thing a counselor sees, with the rule's sources. */
    private VBox safetyAnswers(ScreeningReport.Report r) {
        VBox list = new VBox(QuestionPane.label(messages.get("screening.safety.heading"), "result-box-title"));
        list.setId("safetyAnswers");
        list.getStyleClass().add("result-safety-answers");
        for (ScreeningReport.SafetyLine line : r.safetyAnswers()) {
            String answer = line.flag().isEmpty() ? line.answer()
                    : messages.format("screening.safety.answerFlagged", line.answer(), line.flag());
            Label l = QuestionPane.label(messages.format("screening.answered", line.question(), answer),
                    line.flag().isEmpty() ? "body-text" : "result-safety-flagged");
            list.getChildren().add(l);
        }
        r.safetySources().forEach(src -> list.getChildren().add(QuestionPane.label(src, "counselor-detail")));
        return list;
    }

    /** How the result ends: plan the costs, weigh the options, start again, or finish. */
    private VBox whatNext() {
        Button plan = action("planCostsButton", "screening.whatNext.plan", model::planCosts);
        Button weigh = action("weighOptionsButton", "screening.whatNext.weigh", model::weighOptions);
        Shown.when(weigh, model.canWeighOptionsProperty());
        Button again = action("newScreeningButton", "screening.whatNext.again", model::startNewScreening);
        Button done = action("doneButton", "screening.whatNext.done", model::finish);
        done.getStyleClass().add("primary");
        FlowPane buttons = new FlowPane(plan, weigh, again, done);
        buttons.getStyleClass().add("result-actions");
        VBox box = new VBox(heading("screening.whatNext.heading"),
                QuestionPane.label(messages.get("screening.whatNext.text"), "body-text"), buttons);
        box.setId("whatNext");
        box.getStyleClass().add("result-what-next");
        return box;
    }

    private Button action(String id, String key, Runnable command) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(false);
        b.setOnAction(e -> command.run());
        return b;
    }

    private VBox card(ScreeningReport.TreatmentPart part, boolean counselor) {
        VBox card = new VBox();
        card.setId("card-" + part.treatmentId());
        card.getStyleClass().addAll("result-card", "suitability-" + part.tone());
        card.setMaxWidth(Double.MAX_VALUE);
        card.setPrefWidth(0);
        Label name = QuestionPane.label(part.name(), "result-card-title");
        name.setAccessibleRole(AccessibleRole.TEXT);
        Label headline = QuestionPane.label(part.headline(), "result-suitability");
        headline.setId("suitability-" + part.treatmentId());
        card.getChildren().addAll(name, headline, QuestionPane.label(part.meaning(), "body-text"));
        if (part.findings().isEmpty()) {
            card.getChildren().add(QuestionPane.label(messages.get("screening.result.noFindings"), "body-text"));
        } else {
            card.getChildren().add(QuestionPane.label(messages.get("screening.result.why"), "result-why"));
        }
        for (ScreeningReport.FindingLine f : part.findings()) {
            VBox line = new VBox(QuestionPane.label(messages.format("screening.result.yourAnswer", f.answered()),
                    "result-your-answer"), QuestionPane.label(f.explanation(), "result-finding"), link(f.link()));
            line.getStyleClass().add("result-finding-box");
            if (counselor) {
                line.getChildren().addAll(
                        QuestionPane.label(messages.format("screening.counselor.rule", f.rule()), "counselor-detail"),
                        QuestionPane.label(f.source(), "counselor-detail"));
            }
            card.getChildren().add(line);
        }
        return card;
    }

    private VBox counselorPart(ScreeningReport.Report r) {
        VBox box = new VBox(heading("screening.counselor.heading"));
        box.setId("counselorPart");
        box.getStyleClass().add("counselor-box");
        box.getChildren().add(QuestionPane.label(r.unanswered().isEmpty() ? messages.get("screening.counselor.allAnswered")
                : messages.format("screening.unanswered.list", String.join("; ", r.unanswered())), "body-text"));
        if (!r.notAsked().isEmpty()) {
            box.getChildren().add(QuestionPane.label(messages.format("screening.counselor.notAsked",
                    String.join("; ", r.notAsked())), "body-text"));
        }
        return box;
    }

    private VBox box(String styleClass, String id, String title, String text, Node... more) {
        VBox box = new VBox(QuestionPane.label(title, "result-box-title"), QuestionPane.label(text, "body-text"));
        box.getChildren().addAll(more);
        box.setId(id);
        box.getStyleClass().addAll("result-box", styleClass);
        return box;
    }

    private Label heading(String key) {
        Label l = QuestionPane.label(messages.get(key), "section-heading");
        l.setAccessibleRole(AccessibleRole.TEXT);
        return l;
    }

    private Hyperlink link(ScreeningReport.TopicLink link) {
        Hyperlink h = new Hyperlink(link.text());
        h.getStyleClass().add("result-topic-link");
        h.setUserData(link.topicId());
        h.setOnAction(e -> model.openTopic(link.topicId()));
        return h;
    }
}
