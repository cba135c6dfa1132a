package org.ketamineguide.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;

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
    @FXML
    private VBox ipdasQualifying;
    @FXML
    private VBox ipdasCertification;
    @FXML
    private VBox ipdasNotYet;

    public AboutController(AboutModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        reviewedLabel.setText(messages.format("about.reviewed", messages.date(model.lastReviewed()), messages.date(model.nextReview())));
        updatePolicyLabel.setText(model.updatePolicy());
        authorsLabel.setText(model.authors());
        fundingLabel.setText(model.funding());
        versionLabel.setText(messages.format("about.version", model.appVersion(), model.contentVersion()));
        criteria(ipdasQualifying, model.ipdasQualifying());
        criteria(ipdasCertification, model.ipdasCertification());
        for (String key : model.ipdasNotYet()) {
            ipdasNotYet.getChildren().add(line("\u2022 " + messages.get("about.ipdas." + key), "body-text"));
        }
        for (String citation : model.citations()) {
            Label line = new Label(citation);
            line.setWrapText(true);
            line.getStyleClass().add("source-line");
            sourceList.getChildren().add(line);
        }
    }

    private void criteria(VBox box, java.util.List<AboutModel.IpdasCriterion> list) {
        int n = 1;
        for (AboutModel.IpdasCriterion c : list) {
            VBox item = new VBox(line(n++ + ". " + messages.get("about.ipdas." + c.id() + ".name") + " ("
                            + messages.get("about.ipdas.status." + c.status().name().toLowerCase(java.util.Locale.ROOT))
                            + ")", "about-ipdas-name"),
                    line(messages.get("about.ipdas." + c.id() + ".how"), "body-text"));
            item.getStyleClass().add("about-ipdas-item");
            box.getChildren().add(item);
        }
    }

    private static Label line(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
