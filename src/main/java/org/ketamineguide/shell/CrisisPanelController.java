package org.ketamineguide.shell;

import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.ketamineguide.ui.Focus;
import org.ketamineguide.ui.Shown;

/**
 * The crisis panel: large, high-contrast help text over everything else. Shows "tell a staff
 * member" first on a kiosk, and a note about going back when an answer opened it. When it opens,
 * keyboard focus (and a screen reader) lands on the first help line, never on Close; when it
 * closes, focus goes back to where it was. JavaFX thread only.
 */
public final class CrisisPanelController {
    private final CrisisPanelModel model;
    private final boolean kiosk;
    private final String staffSentence;
    private Node returnFocusTo;
    private final ChangeListener<Node> focusWatcher = (obs, old, now) -> rememberFocus(now);

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
        Shown.when(crisisPanel, model.openProperty());
        Shown.set(staffLine, kiosk);
        staffLine.setFocusTraversable(kiosk);
        if (staffSentence != null && !staffSentence.isBlank()) {
            staffLine.setText(staffSentence);
        }
        Shown.when(answerLine, model.reasonProperty().isEqualTo(CrisisPanelModel.Reason.ANSWER));
        crisisPanel.sceneProperty().addListener((obs, old, scene) -> watchFocus(old, scene));
        // through the view's scope: the model outlives this view (a language switch builds a new one)
        new org.ketamineguide.ui.ViewScope(crisisPanel).onChange(model.openProperty(), (was, open) -> {
            if (open) {
                firstHelpLine().requestFocus();
            } else {
                giveFocusBack();
            }
        });
        if (model.isOpen()) {
            // built at the moment help was asked for
            javafx.application.Platform.runLater(() -> firstHelpLine().requestFocus());
        }
        crisisPanel.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.close();
                e.consume();
            }
        });
    }

    /** The first help line that shows: "tell a staff member" on a kiosk, else "call 911". */
    Node firstHelpLine() {
        return crisisCard.getChildren().stream()
                .filter(n -> n.getStyleClass().contains("crisis-line") && n.isVisible())
                .findFirst().orElse(closeCrisisButton);
    }

    private void rememberFocus(Node owner) {
        if (!model.isOpen() && owner != null && !inside(owner)) {
            returnFocusTo = owner;
        }
    }

    private void watchFocus(Scene old, Scene scene) {
        if (old != null) {
            old.focusOwnerProperty().removeListener(focusWatcher);
        }
        if (scene != null) {
            scene.focusOwnerProperty().addListener(focusWatcher);
            rememberFocus(scene.getFocusOwner());
        }
    }

    /** Back to the control that had focus before help opened, or the window's first control if it is gone. */
    private void giveFocusBack() {
        Scene scene = crisisPanel.getScene();
        Node target = returnFocusTo;
        returnFocusTo = null;
        if (scene == null) {
            return;
        }
        if (target != null && target.getScene() == scene && target.isFocusTraversable() && usable(target)) {
            target.requestFocus();
        } else {
            Focus.first(scene.getRoot());
        }
    }

    private static boolean usable(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.isDisabled()) {
                return false;
            }
        }
        return true;
    }

    private boolean inside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == crisisPanel) {
                return true;
            }
        }
        return false;
    }

    @FXML
    private void close() {
        model.close();
    }
}
