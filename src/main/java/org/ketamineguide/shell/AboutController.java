package org.ketamineguide.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ketamineguide.ui.Messages;

/** The About and sources screen. JavaFX thread only. */
public final class AboutController {
    private final AboutModel model;
    private final Messages messages;

    @FXML
    private Label reviewedLabel;
    @FXML
    private Label updatePolicyLabel;
    @FXML
    private Label authorsLabel;
    @FXML
    private Label fundingLabel;
    @FXML
    private Label versionLabel;
    @FXML
    private VBox sourceList;

    public AboutController(AboutModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        reviewedLabel.setText(messages.format("about.reviewed", model.lastReviewed(), model.nextReview()));
        updatePolicyLabel.setText(model.updatePolicy());
        authorsLabel.setText(model.authors());
        fundingLabel.setText(model.funding());
        versionLabel.setText(messages.format("about.version", model.appVersion(), model.contentVersion()));
        for (String citation : model.citations()) {
            Label line = new Label(citation);
            line.setWrapText(true);
            line.getStyleClass().add("source-line");
            sourceList.getChildren().add(line);
        }
    }
}
