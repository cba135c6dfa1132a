package org.ketamineguide.shell;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.ui.Shown;

/**
 * Kiosk overlays: the full-screen "Are you still there?" countdown, which goes above everything
 * (the crisis panel too) while it shows, and the staff PIN panel with its PIN pad. Without a kiosk
 * session both stay hidden. JavaFX thread only.
 */
public final class KioskOverlayController {
    private static final int MAX_PIN_DIGITS = 12;

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
    @FXML
    private GridPane pinPad;
    @FXML
    private Button staffExitConfirmButton;
    @FXML
    private Button staffCancelButton;

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
            Shown.set(kioskOverlay, false);
            return;
        }
        var warning = session.stateProperty().isEqualTo(KioskSession.State.WARNING);
        Shown.when(idleWarning, warning);
        idleCountdown.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("kiosk.idle.countdown", session.secondsLeftProperty().get()),
                session.secondsLeftProperty()));
        warning.addListener((obs, was, now) -> {
            if (now) {
                // above the crisis panel too: a person reading help must see that the visit is ending
                kioskOverlay.toFront();
                idleContinueButton.requestFocus();
            }
        });
        Shown.when(kioskOverlay, warning.or(staffExit.openProperty()));
        initializeStaffPanel();
    }

    private void initializeStaffPanel() {
        Shown.when(staffPanel, staffExit.openProperty());
        staffPinField.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0," + MAX_PIN_DIGITS + "}") ? change : null));
        // through the view's scope: the staff model outlives this view (a language switch builds a new one)
        org.ketamineguide.ui.ViewScope scope = new org.ketamineguide.ui.ViewScope(kioskOverlay);
        scope.onChange(staffExit.openProperty(), (was, now) -> {
            staffPinField.clear();
            if (now) {
                focusPin();
            }
        });
        staffNotice.textProperty().bind(Bindings.createStringBinding(() -> switch (staffExit.noticeProperty().get()) {
            case "WRONG_PIN" -> messages.get("kiosk.staff.wrongPin");
            case "NO_PIN_SET" -> messages.get("kiosk.staff.noPin");
            case "LOCKED" -> messages.format("kiosk.staff.locked", clock(staffExit.secondsLeftProperty().get()));
            default -> "";
        }, staffExit.noticeProperty(), staffExit.secondsLeftProperty()));
        staffPinField.disableProperty().bind(staffExit.lockedProperty());
        pinPad.disableProperty().bind(staffExit.lockedProperty());
        staffExitConfirmButton.disableProperty().bind(staffExit.lockedProperty());
        scope.onChange(staffExit.lockedProperty(), (was, now) -> {
            staffPinField.clear();
            if (now) {
                staffCancelButton.requestFocus();
            } else if (staffExit.openProperty().get()) {
                focusPin();
            }
        });
        staffPanel.addEventFilter(KeyEvent.KEY_PRESSED, this::keyOnPanel);
        staffPanel.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            // digits typed while a pad key has focus still go into the PIN
            if (!staffPinField.isFocused() && !staffPinField.isDisabled() && e.getCharacter().matches("\\d")) {
                staffPinField.appendText(e.getCharacter());
                e.consume();
            }
        });
    }

    private void keyOnPanel(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            staffExit.cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE && !staffPinField.isFocused()) {
            backspace();
            e.consume();
        }
    }

    private void focusPin() {
        if (staffPinField.isDisabled()) {
            staffCancelButton.requestFocus();
        } else {
            staffPinField.requestFocus();
        }
    }

    /** 75 -> "1:15". */
    static String clock(int seconds) {
        return String.format("%d:%02d", seconds / 60, seconds % 60);
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
    private void backspace() {
        String pin = staffPinField.getText();
        if (!pin.isEmpty() && !staffPinField.isDisabled()) {
            staffPinField.setText(pin.substring(0, pin.length() - 1));
            staffPinField.end();
        }
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
