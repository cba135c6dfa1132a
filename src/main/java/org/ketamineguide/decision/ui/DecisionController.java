package org.ketamineguide.decision.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.decision.DecisionFile;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.ui.CrisisCard;
import org.ketamineguide.ui.PastedText;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * The "Weigh my options" view: binds the step bar, Back and Next to the model and shows the
 * step's page. The pages' content-built parts come from {@link OptionsView}, {@link ValuesView}
 * and {@link StandView}. Words of danger typed in either free-text field (or in a question already
 * added) bring the crisis card up under that field at once. JavaFX thread only.
 */
public final class DecisionController {

    private final DecisionModel model;
    private final Messages messages;
    private final CrisisCard crisisCard;
    private final Predicate<String> crisisWords;
    private final ToggleGroup steps = new ToggleGroup();
    private final Map<DecisionModel.Step, Node> pages = new EnumMap<>(DecisionModel.Step.class);
    private OptionsView optionsView;
    private ValuesView valuesView;
    private StandView standView;

    @FXML private BorderPane decisionRoot;
    @FXML private VBox decisionPane;
    @FXML private Label fromScreeningNote;
    @FXML private Label privacyLabel;
    @FXML private VBox optionsPane;
    @FXML private VBox howToReadBox;
    @FXML private StackPane optionsHolder;
    @FXML private Button plannerButton;
    @FXML private VBox optionSources;
    @FXML private Label optionsReviewed;
    @FXML private VBox valuesPane;
    @FXML private VBox ratingsBox;
    @FXML private TextField otherFactorField;
    @FXML private VBox otherFactorCrisis;
    @FXML private VBox valuesTableBox;
    @FXML private VBox standPane;
    @FXML private FlowPane leaningBox;
    @FXML private VBox sureBox;
    @FXML private Label sureResult;
    @FXML private TextField questionField;
    @FXML private VBox questionCrisis;
    @FXML private VBox questionsBox;
    @FXML private Label myQuestionsNote;
    @FXML private VBox myQuestionsBox;
    @FXML private VBox guidePane;
    @FXML private Label guideSummary;
    @FXML private Button exportButton;
    @FXML private Button saveButton;
    @FXML private Button openButton;
    @FXML private Label guidePrivacy;
    @FXML private ScrollPane stepScroll;
    @FXML private StackPane stepArea;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Label stepTitle;
    @FXML private FlowPane stepBar;

    /** The crisis card and the one check for words of danger come from the safety feature. */
    public DecisionController(DecisionModel model, Messages messages, CrisisCard crisisCard,
                              Predicate<String> crisisWords) {
        this.model = model;
        this.messages = messages;
        this.crisisCard = crisisCard;
        this.crisisWords = crisisWords;
    }

    @FXML
    private void initialize() {
        pages.put(DecisionModel.Step.DECISION, decisionPane);
        pages.put(DecisionModel.Step.OPTIONS, optionsPane);
        pages.put(DecisionModel.Step.VALUES, valuesPane);
        pages.put(DecisionModel.Step.STAND, standPane);
        pages.put(DecisionModel.Step.GUIDE, guidePane);
        model.stepTitles().forEach((step, title) -> {
            ToggleButton b = Views.choice((step.ordinal() + 1) + ". " + title,
                    "step-" + step.name().toLowerCase(Locale.ROOT), steps, () -> model.goTo(step));
            b.setUserData(step);
            b.getStyleClass().add("decision-step-button");
            stepBar.getChildren().add(b);
        });
        backButton.disableProperty().bind(model.canGoBack().not());
        nextButton.disableProperty().bind(model.canGoNext().not());
        PastedText.install(otherFactorField, DecisionFile.MAX_TEXT);
        PastedText.install(questionField, DecisionFile.MAX_TEXT);
        otherFactorField.textProperty().bindBidirectional(model.otherFactorProperty());
        questionField.textProperty().bindBidirectional(model.questionDraftProperty());
        questionField.setOnAction(e -> addQuestion());
        String privacy = messages.get(model.canSave() ? "decision.privacy.laptop" : "decision.privacy.kiosk");
        privacyLabel.setText(privacy);
        guidePrivacy.setText(privacy);
        for (Node n : new Node[] {exportButton, saveButton, openButton}) {
            Shown.set(n, model.canSave());
        }
        Shown.when(fromScreeningNote, model.fromScreeningProperty());
        Shown.when(howToReadBox, model.howToReadDismissedProperty().not());
        Views.revealFocus(stepScroll);
        model.refreshDetail();
        showStep();
        ViewScope scope = new ViewScope(decisionRoot);
        scope.follow(this::showStep, model.stepProperty());
        Runnable otherFactorHelp = () -> crisisCard.show(otherFactorCrisis,
                crisisWords.test(model.otherFactorProperty().get()));
        Runnable questionHelp = () -> crisisCard.show(questionCrisis, crisisWords.test(model.questionDraftProperty().get())
                || model.questions().stream().anyMatch(crisisWords));
        otherFactorHelp.run();
        questionHelp.run();
        scope.follow(otherFactorHelp, model.otherFactorProperty());
        scope.follow(questionHelp, model.questionDraftProperty(), model.questions());
    }

    private void showStep() {
        DecisionModel.Step step = model.step();
        buildPage(step);
        Views.select(steps, step);
        stepTitle.setText(messages.get("decision.step." + step.name().toLowerCase(Locale.ROOT)));
        stepArea.getChildren().setAll(pages.get(step));
        stepScroll.setVvalue(0);
        if (step == DecisionModel.Step.GUIDE) {
            guideSummary.setText(model.guide().summary(model.record(), model.myQuestions().size()));
        }
    }

    /** Builds the content-made parts of a page the first time it shows. */
    private void buildPage(DecisionModel.Step step) {
        if (step == DecisionModel.Step.OPTIONS && optionsView == null) {
            optionsView = new OptionsView(model.content(), model.outcomeText(), messages, optionsHolder, optionsReviewed);
            int n = 1;
            for (String id : optionsView.sourceIds()) {
                String line = n++ + ". " + model.citation(id);
                optionSources.getChildren().add(Views.label(line, "source-line"));
            }
            optionsReviewed.setText(messages.format("decision.options.reviewed",
                    messages.date(model.content().lastReviewed())));
        } else if (step == DecisionModel.Step.VALUES && valuesView == null) {
            valuesView = new ValuesView(model, messages, ratingsBox, valuesTableBox);
        } else if (step == DecisionModel.Step.STAND && standView == null) {
            standView = new StandView(model, messages, leaningBox, sureBox, sureResult, questionsBox,
                    myQuestionsNote, myQuestionsBox);
        }
    }

    @FXML private void back() {
        model.back();
    }

    @FXML private void next() {
        model.next();
    }

    @FXML private void dismissHowToRead() {
        model.dismissHowToRead();
    }

    @FXML private void openPlanner() {
        model.openPlanner();
    }

    @FXML private void addQuestion() {
        model.addQuestion();
    }

    @FXML private void print() {
        model.print();
    }

    @FXML private void exportPdf() {
        model.exportPdf();
    }

    @FXML private void save() {
        model.save();
    }

    @FXML private void openSaved() {
        model.openSaved();
    }
}
