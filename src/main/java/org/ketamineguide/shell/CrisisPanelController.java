package org.ketamineguide.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;

/**
 * The crisis panel: large, high-contrast help text over everything else. Shows "tell a staff
 * member" first on a kiosk, and a note about going back when an answer opened it. JavaFX thread only.
 */
public final class CrisisPanelController {
    private final CrisisPanelModel model;
    private final boolean kiosk;
    private final String staffSentence;

    @FXML
    private StackPane crisisPanel;
    @FXML
    private Label staffLine;
    @FXML
    private Label answerLine;
    @FXML
    private Button closeCrisisButton;
    @FXML
    private javafx.scene.control.ScrollPane crisisScroll;
    @FXML
    private javafx.scene.layout.VBox crisisCard;

    /**
     * @param staffSentence the clinic's own "tell a staff member" sentence, or null for the default
     */
    public CrisisPanelController(CrisisPanelModel model, boolean kiosk, String staffSentence) {
        this.model = model;
        this.kiosk = kiosk;
        this.staffSentence = staffSentence;
    }

    @FXML
    private void initialize() {
        // show the whole card when it fits; scroll only when the window is too small for it
        crisisScroll.prefViewportHeightProperty().bind(crisisCard.heightProperty());
        crisisPanel.visibleProperty().bind(model.openProperty());
        crisisPanel.managedProperty().bind(model.openProperty());
        staffLine.setVisible(kiosk);
        staffLine.setManaged(kiosk);
        if (staffSentence != null && !staffSentence.isBlank()) {
            staffLine.setText(staffSentence);
        }
        answerLine.visibleProperty().bind(model.reasonProperty().isEqualTo(CrisisPanelModel.Reason.ANSWER));
        answerLine.managedProperty().bind(answerLine.visibleProperty());
        model.openProperty().addListener((obs, was, open) -> {
            if (open) {
                crisisPanel.toFront();
                closeCrisisButton.requestFocus();
            }
        });
        if (model.isOpen()) {
            // built at the moment help was asked for
            javafx.application.Platform.runLater(closeCrisisButton::requestFocus);
        }
        crisisPanel.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.close();
                e.consume();
            }
        });
    }

    @FXML
    private void close() {
        model.close();
    }
}
