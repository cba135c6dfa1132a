package org.ketamineguide.screening.ui;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ketamineguide.ui.ViewScope;

/**
 * The wizard's progress by part: "About you · Your depression · Health · Practical · Review", each
 * with a bar above its name, the parts done marked with a tick (not colour alone) and the current
 * one in bold. The parts never change, so the bar never jumps when an answer brings in a question.
 * JavaFX thread only.
 */
final class PartsBar {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private PartsBar() {
    }

    /** Fills the box with one item per part and follows the model's position while it shows. */
    static void fill(HBox box, ScreeningWizardModel model) {
        box.getChildren().clear();
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.accessibleTextProperty().bind(model.progressText());
        for (WizardPart part : WizardPart.values()) {
            Region bar = new Region();
            bar.getStyleClass().add("wizard-part-bar");
            Label name = new Label();
            name.getStyleClass().add("wizard-part-name");
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            VBox item = new VBox(bar, name);
            item.getStyleClass().add("wizard-part");
            item.setId("part-" + part.name());
            // equal shares of the width, whatever the names' lengths
            item.setMinWidth(0);
            item.setPrefWidth(0);
            item.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(item, Priority.ALWAYS);
            box.getChildren().add(item);
        }
        show(box, model);
        new ViewScope(box).follow(() -> show(box, model), model.partPosition());
    }

    private static void show(HBox box, ScreeningWizardModel model) {
        int at = model.partPosition().get();
        for (WizardPart part : WizardPart.values()) {
            VBox item = (VBox) box.getChildren().get(part.ordinal());
            Label name = (Label) item.getChildren().get(1);
            boolean done = part.number() < at;
            name.setText((done ? "\u2713 " : "") + model.partName(part));
            item.pseudoClassStateChanged(DONE, done);
            item.pseudoClassStateChanged(CURRENT, part.number() == at);
        }
    }
}
