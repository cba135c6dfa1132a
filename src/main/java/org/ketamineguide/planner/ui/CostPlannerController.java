package org.ketamineguide.planner.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.ui.DialogService;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * The cost planner screen: the actions (compare, save, open, print, PDF, start over) and the
 * switch between plan A and plan B. The form and the results are sub-views with their own
 * controllers. Save, Open and Save as PDF are hidden on a kiosk. JavaFX thread only.
 */
public final class CostPlannerController {
    private final CostPlannerModel model;
    private final DialogService dialogs;

    @FXML
    private GridPane plannerRoot;
    @FXML
    private ToggleGroup planGroup;
    @FXML
    private FlowPane planSwitch;
    @FXML
    private RadioButton editAButton;
    @FXML
    private RadioButton editBButton;
    @FXML
    private Button compareButton;
    @FXML
    private ScrollPane formScroll;
    @FXML
    private ScrollPane resultsScroll;
    @FXML
    private VBox formColumn;
    @FXML
    private VBox resultsColumn;
    @FXML
    private Button saveButton;
    @FXML
    private Button openButton;
    @FXML
    private Button exportButton;

    public CostPlannerController(CostPlannerModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        for (Node n : new Node[] {saveButton, openButton, exportButton}) {
            Shown.set(n, model.canSave());
        }
        Shown.when(planSwitch, model.comparingProperty());
        compareButton.textProperty().bind(Bindings.when(model.comparingProperty())
                .then(model.text().messages().get("planner.compare.stop"))
                .otherwise(model.text().messages().get("planner.compare")));
        planGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.edit(now == editBButton ? CostPlannerModel.Which.B : CostPlannerModel.Which.A);
            }
        });
        syncPlanSwitch();
        new ViewScope(plannerRoot).follow(this::syncPlanSwitch, model.editingProperty(),
                model.planA().treatmentProperty(), model.planB().treatmentProperty());
        ColumnSwitch columns = new ColumnSwitch(plannerRoot, formScroll, resultsScroll, formColumn, resultsColumn);
        // A hidden label that never moves carries the text size the person chose (the columns'
        // own labels briefly lose their style while they move between layouts).
        Label ruler = new Label();
        Shown.set(ruler, false);
        plannerRoot.getChildren().add(ruler);
        javafx.beans.InvalidationListener relayout = o -> {
            if (ruler.getScene() != null) {
                ruler.applyCss(); // the first width can arrive before the text size is styled
                columns.update(plannerRoot.getWidth(), ruler.getFont().getSize());
            }
        };
        plannerRoot.widthProperty().addListener(relayout);
        ruler.fontProperty().addListener(relayout);
    }

    private void syncPlanSwitch() {
        PlannerText text = model.text();
        editAButton.setText(text.messages().format("planner.edit.label", "A",
                text.treatmentName(model.planA().treatment())));
        editBButton.setText(text.messages().format("planner.edit.label", "B",
                text.treatmentName(model.planB().treatment())));
        planGroup.selectToggle(model.editingProperty().get() == CostPlannerModel.Which.B ? editBButton : editAButton);
    }

    @FXML
    private void toggleCompare() {
        if (model.isComparing()) {
            model.stopComparing();
        } else {
            model.startComparing();
            model.edit(CostPlannerModel.Which.B);
        }
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void open() {
        model.open();
    }

    @FXML
    private void print() {
        model.print();
    }

    @FXML
    private void exportPdf() {
        model.exportPdf();
    }

    @FXML
    private void startOver() {
        var m = model.text().messages();
        dialogs.confirm(m.get("planner.reset.confirm.title"), m.get("planner.reset.confirm.text"),
                m.get("planner.reset.confirm.button"), model::reset);
    }
}
