package org.ketamineguide.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.ui.Derived;

/** Text size and high-contrast controls in the footer bar. JavaFX thread only. */
public final class DisplayControlsController {
    private final DisplaySettings settings;
    private final Messages messages;

    @FXML
    private Button textSmallerButton;
    @FXML
    private Button textLargerButton;
    @FXML
    private Label textScaleLabel;
    @FXML
    private ToggleButton highContrastToggle;

    public DisplayControlsController(DisplaySettings settings, Messages messages) {
        this.settings = settings;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        // ui.Derived rather than not(), asString() and Bindings: this view is in the first frame
        textSmallerButton.disableProperty().bind(Derived.when(() -> !settings.canShrinkProperty().get(),
                settings.canShrinkProperty()));
        textLargerButton.disableProperty().bind(Derived.when(() -> !settings.canGrowProperty().get(),
                settings.canGrowProperty()));
        String size = messages.get("display.textSize");
        textScaleLabel.textProperty().bind(Derived.text(
                () -> String.format(size, settings.textScaleProperty().get()), settings.textScaleProperty()));
        textScaleLabel.accessibleTextProperty().bind(Derived.text(
                () -> messages.format("display.textSize.help", settings.textScaleProperty().get()),
                settings.textScaleProperty()));
        highContrastToggle.setSelected(settings.highContrastProperty().get());
        // through the view's scope: the settings outlive this view (a language switch builds a new one)
        new org.ketamineguide.ui.ViewScope(highContrastToggle).onChange(settings.highContrastProperty(),
                (old, on) -> highContrastToggle.setSelected(on));
    }

    @FXML
    private void smaller() {
        settings.smaller();
    }

    @FXML
    private void larger() {
        settings.larger();
    }

    @FXML
    private void toggleContrast() {
        settings.setHighContrast(highContrastToggle.isSelected());
    }
}
