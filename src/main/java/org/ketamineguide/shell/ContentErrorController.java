package org.ketamineguide.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/**
 * Shown instead of the home screen when the bundled content cannot be loaded. The crisis panel
 * still works; the technical detail is one line for staff, never a stack trace. JavaFX thread only.
 */
public final class ContentErrorController {
    private final String detail;

    @FXML
    private Label detailLabel;

    public ContentErrorController(String detail) {
        this.detail = detail;
    }

    @FXML
    private void initialize() {
        detailLabel.setText(detail);
    }
}
