package org.ketamineguide.planner.ui;

import static org.ketamineguide.planner.ui.PlannerViews.label;
import static org.ketamineguide.planner.ui.PlannerViews.reveal;
import static org.ketamineguide.planner.ui.PlannerViews.styleWhen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.InsuranceKind;

/**
 * The form of the plan being edited (plan A, or plan B while comparing). Choices call the plan's
 * commands; the plan's state drives what is selected and shown. Switching plans re-binds every
 * row. JavaFX thread only.
 */
public final class PlanEditorController {
    private final CostPlannerModel model;
    private final PlannerText text;
    private final List<Runnable> unbind = new ArrayList<>();
    /** Held by this controller; the plan's weak references to it end with the view. */
    private final InvalidationListener resync = o -> sync();
    private PlanModel plan;
    private Map<InsuranceKind, RadioButton> kindButtons;
    private Map<Coverage, RadioButton> coverageButtons;

    @FXML
    private VBox editorRoot;
    @FXML
    private ToggleGroup treatmentGroup;
    @FXML
    private ToggleGroup intervalGroup;
    @FXML
    private ToggleGroup kindGroup;
    @FXML
    private ToggleGroup coverageGroup;
    @FXML
    private ToggleGroup sharingGroup;
    @FXML
    private RadioButton ivButton;
    @FXML
    private RadioButton spravatoButton;
    @FXML
    private RadioButton weeklyButton;
    @FXML
    private RadioButton biweeklyButton;
    @FXML
    private RadioButton commercialButton;
    @FXML
    private RadioButton medicareButton;
    @FXML
    private RadioButton medicaidButton;
    @FXML
    private RadioButton noInsuranceButton;
    @FXML
    private RadioButton insuredButton;
    @FXML
    private RadioButton selfPayButton;
    @FXML
    private RadioButton unsureButton;
    @FXML
    private RadioButton deductibleButton;
    @FXML
    private RadioButton copayButton;
    @FXML
    private CheckBox capCheck;
    @FXML
    private VBox ivCard;
    @FXML
    private VBox spravatoCard;
    @FXML
    private VBox priceRanges;
    @FXML
    private VBox ivSchedule;
    @FXML
    private VBox spravatoSchedule;
    @FXML
    private VBox insuranceBox;
    @FXML
    private VBox coverageBox;
    @FXML
    private Label priceParts;
    @FXML
    private Label spravatoIntervalSource;
    @FXML
    private Label fromScreening;
    @FXML
    private Label coveredDefault;
    @FXML
    private Label selfPayNote;
    @FXML
    private Label noCapNote;
    @FXML
    private PlanFieldRow deductibleRow;
    @FXML
    private PlanFieldRow coinsuranceRow;
    @FXML
    private PlanFieldRow copayRow;
    @FXML
    private PlanFieldRow capRow;

    public PlanEditorController(CostPlannerModel model) {
        this.model = model;
        this.text = model.text();
    }

    @FXML
    private void initialize() {
        onChoice(treatmentGroup, t -> plan.selectTreatment(t == ivButton ? Treatment.IV_KETAMINE : Treatment.SPRAVATO));
        onChoice(intervalGroup, t -> plan.spravatoIntervalWeeksProperty().set(t == weeklyButton ? 1 : 2));
        kindButtons = Map.of(InsuranceKind.COMMERCIAL, commercialButton, InsuranceKind.MEDICARE, medicareButton,
                InsuranceKind.MEDICAID, medicaidButton, InsuranceKind.NONE, noInsuranceButton);
        coverageButtons = Map.of(Coverage.YES, insuredButton, Coverage.NO, selfPayButton, Coverage.UNSURE, unsureButton);
        onChoice(kindGroup, t -> plan.chooseKind(keyOf(kindButtons, t)));
        onChoice(coverageGroup, t -> plan.chooseCoverage(keyOf(coverageButtons, t)));
        onChoice(sharingGroup, t -> plan.useCopayProperty().set(t == copayButton));
        WhileShowing.listen(editorRoot, o -> {
            if (plan != model.editedPlan()) {
                show(model.editedPlan());
            } else {
                sync();
            }
        }, model.editingProperty(), model.insuranceAnswerProperty());
        show(model.editedPlan());
    }

    private static <K> K keyOf(Map<K, ? extends Toggle> buttons, Toggle t) {
        return buttons.entrySet().stream().filter(e -> e.getValue() == t).findFirst().orElseThrow().getKey();
    }

    private void onChoice(ToggleGroup group, java.util.function.Consumer<Toggle> command) {
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && plan != null) {
                command.accept(now);
            }
        });
    }

    private List<PlanFieldRow> rows() {
        return editorRoot.lookupAll(".planner-field").stream().map(n -> (PlanFieldRow) n).toList();
    }

    /** Binds the form to a plan, undoing the binding to the one shown before. */
    private void show(PlanModel next) {
        unbind.forEach(Runnable::run);
        unbind.clear();
        plan = null;
        rows().forEach(r -> r.show(next, text));
        capCheck.selectedProperty().bindBidirectional(next.hasCapProperty());
        unbind.add(() -> capCheck.selectedProperty().unbindBidirectional(next.hasCapProperty()));
        InvalidationListener weak = new WeakInvalidationListener(resync);
        List<Observable> watched = List.of(next.treatmentProperty(), next.coverageProperty(), next.kindProperty(),
                next.spravatoIntervalWeeksProperty(), next.useCopayProperty(), next.hasCapProperty());
        watched.forEach(o -> o.addListener(weak));
        unbind.add(() -> watched.forEach(o -> o.removeListener(weak)));
        plan = next;
        sync();
    }

    /** Makes selections and visible parts match the plan. */
    private void sync() {
        if (plan == null) {
            return;
        }
        PlanModel p = plan;
        plan = null; // selecting below must not echo back as commands
        boolean iv = p.treatment() == Treatment.IV_KETAMINE;
        treatmentGroup.selectToggle(iv ? ivButton : spravatoButton);
        styleWhen(ivCard, "planner-card-selected", iv);
        styleWhen(spravatoCard, "planner-card-selected", !iv);
        intervalGroup.selectToggle(p.spravatoIntervalWeeksProperty().get() == 1 ? weeklyButton : biweeklyButton);
        kindGroup.selectToggle(kindButtons.get(p.kind()));
        coverageGroup.selectToggle(coverageButtons.get(p.coverageProperty().get()));
        sharingGroup.selectToggle(p.useCopayProperty().get() ? copayButton : deductibleButton);
        plan = p;
        reveal(ivSchedule, iv);
        reveal(spravatoSchedule, !iv);
        boolean insured = p.kind() != InsuranceKind.NONE;
        reveal(coverageBox, insured);
        reveal(insuranceBox, p.isCovered());
        reveal(selfPayNote, !p.isCovered());
        selfPayNote.setText(text.selfPayNote(p.kind()));
        priceParts.setText(text.priceParts(p.treatment()));
        reveal(priceParts, !iv);
        reveal(deductibleRow, !p.useCopayProperty().get());
        reveal(coinsuranceRow, !p.useCopayProperty().get());
        reveal(copayRow, p.useCopayProperty().get());
        reveal(capRow, p.hasCapProperty().get());
        reveal(noCapNote, !p.hasCapProperty().get());
        noCapNote.setText(text.noCapNote(p.treatment(), p.kind()));
        priceRanges.getChildren().setAll(text.priceRanges(p.treatment()).stream()
                .map(line -> (Node) label(line, "planner-range")).toList());
        spravatoIntervalSource.setText(text.spravatoIntervalSource());
        String answer = model.insuranceAnswerProperty().getValue();
        fromScreening.setText(text.fromScreening(answer));
        reveal(fromScreening, !fromScreening.getText().isEmpty());
        coveredDefault.setText(text.coveredDefault(p.treatment()));
        reveal(coveredDefault, !p.isCoverageChosen() && (iv || answer == null));
    }

    @FXML
    private void pickIv() {
        ivButton.fire();
    }

    @FXML
    private void pickSpravato() {
        spravatoButton.fire();
    }
}
