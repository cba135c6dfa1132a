package org.ketamineguide.planner.ui;

import static org.ketamineguide.planner.ui.PlannerViews.label;
import static org.ketamineguide.planner.ui.PlannerViews.styleWhen;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.InsuranceKind;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * The form of the plan being edited (plan A, or plan B while comparing). Choices call the plan's
 * commands; the plan's state drives what is selected, and its bindings what is shown. Switching
 * plans re-binds every row. JavaFX thread only.
 */
public final class PlanEditorController {
    private final CostPlannerModel model;
    private final PlannerText text;
    private ViewScope scope;
    /** The plan the form shows, and what of it the view follows (both replaced on a switch of plans). */
    private PlanModel plan;
    private ViewScope.Watch following;
    private ChoiceButtons<Treatment> treatments;
    private ChoiceButtons<Integer> intervals;
    private ChoiceButtons<InsuranceKind> kinds;
    private ChoiceButtons<Coverage> coverages;
    private ChoiceButtons<Boolean> sharing;

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
        treatments = new ChoiceButtons<>(treatmentGroup,
                Map.of(Treatment.IV_KETAMINE, ivButton, Treatment.SPRAVATO, spravatoButton), t -> plan.selectTreatment(t));
        intervals = new ChoiceButtons<>(intervalGroup, Map.of(1, weeklyButton, 2, biweeklyButton),
                weeks -> plan.spravatoIntervalWeeksProperty().set(weeks));
        kinds = new ChoiceButtons<>(kindGroup, Map.of(InsuranceKind.COMMERCIAL, commercialButton,
                InsuranceKind.MEDICARE, medicareButton, InsuranceKind.MEDICAID, medicaidButton,
                InsuranceKind.NONE, noInsuranceButton), k -> plan.chooseKind(k));
        coverages = new ChoiceButtons<>(coverageGroup, Map.of(Coverage.YES, insuredButton, Coverage.NO, selfPayButton,
                Coverage.UNSURE, unsureButton), c -> plan.chooseCoverage(c));
        sharing = new ChoiceButtons<>(sharingGroup, Map.of(true, copayButton, false, deductibleButton),
                copay -> plan.useCopayProperty().set(copay));
        Shown.when(fromScreening, fromScreening.textProperty().isNotEmpty());
        bindShowRules();
        scope = new ViewScope(editorRoot);
        show(model.editedPlan());
        scope.follow(() -> {
            if (plan != model.editedPlan()) {
                show(model.editedPlan());
            } else {
                sync();
            }
        }, model.editingProperty(), model.insuranceAnswerProperty());
    }

    /** What shows follows the plan being edited: bound once, for both plans. */
    private void bindShowRules() {
        BooleanBinding iv = edited(PlanModel::ivChosen);
        BooleanBinding covered = edited(PlanModel::covered);
        BooleanBinding copay = edited(PlanModel::useCopayProperty);
        BooleanBinding cap = edited(PlanModel::hasCapProperty);
        Shown.when(ivSchedule, iv);
        Shown.when(spravatoSchedule, iv.not());
        Shown.when(priceParts, iv.not());
        Shown.when(coverageBox, edited(PlanModel::insured));
        Shown.when(insuranceBox, covered);
        Shown.when(selfPayNote, covered.not());
        Shown.when(deductibleRow, copay.not());
        Shown.when(coinsuranceRow, copay.not());
        Shown.when(copayRow, copay);
        Shown.when(capRow, cap);
        Shown.when(noCapNote, cap.not());
        Shown.when(coveredDefault, edited(PlanModel::coveredDefaultShown));
    }

    /** A rule of the plan being edited: plan A's or plan B's, as the editing switch says. */
    private BooleanBinding edited(Function<PlanModel, ObservableBooleanValue> rule) {
        ObservableBooleanValue a = rule.apply(model.planA());
        ObservableBooleanValue b = rule.apply(model.planB());
        return Bindings.createBooleanBinding(() -> (model.editedPlan() == model.planA() ? a : b).get(),
                model.editingProperty(), a, b);
    }

    /** Binds the form's fields and choices to a plan, undoing the binding to the one shown before. */
    private void show(PlanModel next) {
        if (plan != null) {
            following.cancel();
            capCheck.selectedProperty().unbindBidirectional(plan.hasCapProperty());
        }
        editorRoot.lookupAll(".planner-field").forEach(n -> ((PlanFieldRow) n).show(next, text));
        capCheck.selectedProperty().bindBidirectional(next.hasCapProperty());
        plan = next;
        following = scope.follow(this::sync, next.treatmentProperty(), next.coverageProperty(), next.kindProperty(),
                next.spravatoIntervalWeeksProperty(), next.useCopayProperty(), next.hasCapProperty());
        sync();
    }

    /** Makes the choices and the texts match the plan (what shows is bound in {@link #bindShowRules}). */
    private void sync() {
        PlanModel p = plan;
        boolean iv = p.treatment() == Treatment.IV_KETAMINE;
        treatments.select(p.treatment());
        styleWhen(ivCard, "planner-card-selected", iv);
        styleWhen(spravatoCard, "planner-card-selected", !iv);
        intervals.select(p.spravatoIntervalWeeksProperty().get());
        kinds.select(p.kind());
        coverages.select(p.coverageProperty().get());
        sharing.select(p.useCopayProperty().get());
        selfPayNote.setText(text.selfPayNote(p.kind()));
        priceParts.setText(text.priceParts(p.treatment()));
        noCapNote.setText(text.noCapNote(p.treatment(), p.kind()));
        priceRanges.getChildren().setAll(text.priceRanges(p.treatment()).stream()
                .map(line -> (Node) label(line, "planner-range")).toList());
        spravatoIntervalSource.setText(text.spravatoIntervalSource());
        fromScreening.setText(text.fromScreening(model.insuranceAnswerProperty().getValue()));
        coveredDefault.setText(text.coveredDefault(p.treatment()));
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
