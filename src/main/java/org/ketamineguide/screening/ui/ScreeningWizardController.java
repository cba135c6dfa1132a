package org.ketamineguide.screening.ui;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.session.MyQuestions;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * The screening wizard's view: binds the header, Back and Next to the model and shows the page the
 * model is on. Pages are drawn by {@link QuestionPane}, {@link ReviewPane} and {@link ResultPane}.
 * JavaFX thread only.
 */
public final class ScreeningWizardController {
    /** Below this width the wizard asks one question per page, as on a kiosk. */
    static final double NARROW_WIDTH = 1100;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final ScreeningWizardModel model;
    private final Messages messages;
    private final boolean kiosk;
    private final Runnable showCrisis;
    private final MyQuestions myQuestions;

    @FXML
    private BorderPane wizardRoot;
    @FXML
    private VBox welcomePane;
    @FXML
    private Label privacyLabel;
    @FXML
    private Button openButton;
    @FXML
    private FlowPane resultActions;
    @FXML
    private Button exportButton;
    @FXML
    private Button saveButton;
    @FXML
    private Label progressLabel;
    @FXML
    private Button openSafetyButton;
    @FXML
    private ToggleButton counselorToggle;
    @FXML
    private HBox partsBar;
    @FXML
    private VBox wizardHeader;
    @FXML
    private VBox scrollContent;
    @FXML
    private Label nextWhyLabel;
    @FXML
    private Label stepTitleLabel;
    @FXML
    private Label clearedNoteLabel;
    @FXML
    private Label helpNoteLabel;
    @FXML
    private ScrollPane stepScroll;
    @FXML
    private StackPane stepArea;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;

    public ScreeningWizardController(ScreeningWizardModel model, Messages messages, boolean kiosk, Runnable showCrisis,
                                     MyQuestions myQuestions) {
        this.model = model;
        this.messages = messages;
        this.kiosk = kiosk;
        this.showCrisis = showCrisis;
        this.myQuestions = myQuestions;
    }

    @FXML
    private void initialize() {
        progressLabel.textProperty().bind(model.progressText());
        PartsBar.fill(partsBar, model);
        stepTitleLabel.textProperty().bind(model.stepTitle());
        for (Label note : new Label[] {clearedNoteLabel, helpNoteLabel}) {
            note.textProperty().bind(note == clearedNoteLabel ? model.clearedNoteProperty() : model.helpNote());
            Shown.when(note, note.textProperty().isNotEmpty());
        }
        backButton.disableProperty().bind(model.canGoBack().not());
        nextButton.disableProperty().bind(model.canGoNext().not());
        // a disabled Next says why, on screen and to a screen reader
        nextWhyLabel.textProperty().bind(model.nextBlockedReason());
        Shown.when(nextWhyLabel, nextWhyLabel.textProperty().isNotEmpty());
        nextButton.accessibleHelpProperty().bind(model.nextBlockedReason());
        // the result page ends with its own "What next?", so Next is not left there disabled
        Shown.when(nextButton, model.onResultPage().not());
        nextButton.textProperty().bind(model.nextText());
        counselorToggle.selectedProperty().bindBidirectional(model.counselorViewProperty());
        privacyLabel.setText(messages.get(kiosk ? "screening.welcome.privacy.kiosk" : "screening.welcome.privacy.laptop"));
        for (Node n : new Node[] {openButton, exportButton, saveButton}) {
            Shown.set(n, model.canSave());
        }
        Shown.when(openSafetyButton, model.canOpenSafety());
        // the progress text wraps first; these buttons never shrink to an ellipsis
        QuestionPane.neverShrink(openSafetyButton);
        QuestionPane.neverShrink(counselorToggle);
        model.onePerPageProperty().set(kiosk);
        wizardRoot.widthProperty().addListener((obs, was, width) -> model.onePerPageProperty().set(
                kiosk || (width.doubleValue() > 0 && width.doubleValue() < NARROW_WIDTH)));
        wizardRoot.pseudoClassStateChanged(COMPACT, model.onePerPageProperty().get());
        HeaderPlacement.install(wizardRoot, wizardHeader, scrollContent, progressLabel);
        FocusScroller.install(stepScroll);
        showPage(model.stepProperty().get(), false);
        ViewScope scope = new ViewScope(wizardRoot);
        scope.onChange(model.stepProperty(), (was, now) -> showPage(now, samePage(was, now)));
        scope.follow(() -> {
            wizardRoot.pseudoClassStateChanged(COMPACT, model.onePerPageProperty().get());
            showPage(model.stepProperty().get(), false);
        }, model.onePerPageProperty());
    }

    /** True when a question page only gained or lost a question (an answer brought one in). */
    private static boolean samePage(WizardStep was, WizardStep now) {
        return was != null && was.kind() == WizardStep.Kind.QUESTIONS && now.kind() == WizardStep.Kind.QUESTIONS
                && was.sectionId().equals(now.sectionId())
                && was.questionIds().get(0).equals(now.questionIds().get(0));
    }

    /**
     * Draws a page. When the same page is redrawn with a question more or less, the scroll position
     * and the focused answer stay where they were.
     */
    private void showPage(WizardStep step, boolean keepPlace) {
        Node focused = wizardRoot.getScene() == null ? null : wizardRoot.getScene().getFocusOwner();
        String keepFocus = keepPlace && focused != null ? focused.getId() : null;
        double keepScroll = stepScroll.getVvalue();
        boolean stacked = model.onePerPageProperty().get();
        WizardPage drawn = switch (step.kind()) {
            case QUESTIONS -> new QuestionPane(model, step, stacked);
            case REVIEW -> new ReviewPane(model, messages, stacked);
            case RESULT -> new ResultPane(model, messages, stacked, showCrisis, myQuestions, resultActions);
            case WELCOME -> null;
        };
        Node page = drawn == null ? welcomePane : drawn.node();
        Node focus = drawn == null ? null : drawn.focusTarget();
        stepArea.getChildren().setAll(page);
        stepScroll.setVvalue(keepPlace ? keepScroll : 0);
        Node kept = keepFocus == null ? null : page.lookup("#" + keepFocus);
        if (wizardRoot.getScene() != null) {
            Node target = kept != null ? kept : focus == null ? nextButton : focus;
            Platform.runLater(target::requestFocus);
        }
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void openSafety() {
        model.openClosedSections();
    }

    @FXML
    private void openAnswers() {
        model.openAnswers();
    }

    @FXML
    private void saveAnswers() {
        model.saveAnswers();
    }

    @FXML
    private void exportPdf() {
        model.exportPdf();
    }

    @FXML
    private void print() {
        model.print();
    }
}
