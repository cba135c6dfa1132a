package org.ketamineguide.shell;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.ui.Messages;

/**
 * Kiosk overlays: the full-screen "Are you still there?" countdown and the staff PIN panel.
 * Without a kiosk session both stay hidden. JavaFX thread only.
 */
public final class KioskOverlayController {
    private final KioskSession session;
    private final StaffExitModel staffExit;
    private final CrisisPanelModel crisis;
    private final Messages messages;

    @FXML
    private StackPane kioskOverlay;
    @FXML
    private VBox idleWarning;
    @FXML
    private Label idleCountdown;
    @FXML
    private Button idleContinueButton;
    @FXML
    private VBox staffPanel;
    @FXML
    private PasswordField staffPinField;
    @FXML
    private Label staffNotice;

    /** @param session the idle timer, or null when the app is not a kiosk */
    public KioskOverlayController(KioskSession session, StaffExitModel staffExit, CrisisPanelModel crisis,
                                  Messages messages) {
        this.session = session;
        this.staffExit = staffExit;
        this.crisis = crisis;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        if (session == null) {
            kioskOverlay.setVisible(false);
            kioskOverlay.setManaged(false);
            return;
        }
        var warning = session.stateProperty().isEqualTo(KioskSession.State.WARNING);
        idleWarning.visibleProperty().bind(warning);
        idleWarning.managedProperty().bind(warning);
        idleCountdown.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("kiosk.idle.countdown", session.secondsLeftProperty().get()),
                session.secondsLeftProperty()));
        warning.addListener((obs, was, now) -> {
            if (now) {
                idleContinueButton.requestFocus();
            }
        });
        staffPanel.visibleProperty().bind(staffExit.openProperty());
        staffPanel.managedProperty().bind(staffExit.openProperty());
        staffExit.openProperty().addListener((obs, was, now) -> {
            staffPinField.clear();
            if (now) {
                staffPinField.requestFocus();
            }
        });
        staffNotice.textProperty().bind(Bindings.createStringBinding(() -> switch (staffExit.noticeProperty().get()) {
            case "WRONG_PIN" -> messages.get("kiosk.staff.wrongPin");
            case "NO_PIN_SET" -> messages.get("kiosk.staff.noPin");
            default -> "";
        }, staffExit.noticeProperty()));
        kioskOverlay.visibleProperty().bind(warning.or(staffExit.openProperty()));
        kioskOverlay.managedProperty().bind(kioskOverlay.visibleProperty());
        staffPanel.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                staffExit.cancel();
                e.consume();
            }
        });
    }

    @FXML
    private void keepGoing() {
        session.keepGoing();
    }

    @FXML
    private void openHelp() {
        session.keepGoing();
        crisis.open();
    }

    @FXML
    private void digit(javafx.event.ActionEvent e) {
        staffPinField.appendText(((Button) e.getSource()).getText());
    }

    @FXML
    private void submitPin() {
        staffExit.submit(staffPinField.getText());
        staffPinField.clear();
    }

    @FXML
    private void cancelPin() {
        staffExit.cancel();
    }
}
