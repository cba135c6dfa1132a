package org.ketamineguide.planner.ui;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.ketamineguide.planner.CostEstimate;
import org.ketamineguide.planner.CostEstimator;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.FieldInput;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanForm;
import org.ketamineguide.planner.PlanInputs;
import org.ketamineguide.planner.PlanNotes;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.planner.Treatment;

/**
 * One plan on the cost planner screen: what the person typed and chose, checked on every change.
 * The text of each field is a writable property the view binds to; the problems, the plan and its
 * estimate are read-only results. Price, one-time fees and extra costs are remembered per
 * treatment, so switching treatment and back loses nothing. Whether the plan starts insured follows
 * the screening's insurance answer until the person chooses themselves. JavaFX thread only.
 */
public final class PlanModel {
    /** Fields whose value belongs to the treatment rather than to the person. */
    private static final List<PlanField> PER_TREATMENT = List.of(PlanField.PRICE_PER_SESSION, PlanField.ONE_TIME_FEES,
            PlanField.EXTRA_PER_SESSION);

    private final PlannerDefaults defaults;
    private final Treatment initialTreatment;
    private final ObservableValue<String> insuranceAnswer;
    private final ReadOnlyObjectWrapper<Treatment> treatment = new ReadOnlyObjectWrapper<>();
    private final Map<PlanField, StringProperty> texts = new EnumMap<>(PlanField.class);
    private final Map<PlanField, ReadOnlyObjectWrapper<PlanProblem>> problems = new EnumMap<>(PlanField.class);
    private final IntegerProperty spravatoIntervalWeeks = new SimpleIntegerProperty(2);
    private final ReadOnlyBooleanWrapper covered = new ReadOnlyBooleanWrapper();
    private final BooleanProperty useCopay = new SimpleBooleanProperty();
    private final BooleanProperty hasCap = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<PlanForm.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CostEstimate> estimate = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> notes = new ReadOnlyObjectWrapper<>(List.of());
    private final Map<Treatment, Map<PlanField, String>> stash = new EnumMap<>(Treatment.class);
    private boolean insuranceChosen;
    private boolean updating;

    public PlanModel(PlannerDefaults defaults, Treatment initialTreatment, ObservableValue<String> insuranceAnswer) {
        this.defaults = defaults;
        this.initialTreatment = initialTreatment;
        this.insuranceAnswer = insuranceAnswer;
        for (PlanField f : PlanField.values()) {
            StringProperty text = new SimpleStringProperty("");
            text.addListener((obs, old, now) -> recompute());
            texts.put(f, text);
            problems.put(f, new ReadOnlyObjectWrapper<>());
        }
        spravatoIntervalWeeks.addListener((obs, old, now) -> recompute());
        covered.addListener((obs, old, now) -> recompute());
        useCopay.addListener((obs, old, now) -> recompute());
        hasCap.addListener((obs, old, now) -> recompute());
        insuranceAnswer.addListener((obs, old, now) -> followAnswer());
        reset();
    }

    // ---- state for the view ----

    public ReadOnlyObjectProperty<Treatment> treatmentProperty() {
        return treatment.getReadOnlyProperty();
    }

    public Treatment treatment() {
        return treatment.get();
    }

    /** The text of a field, as typed; the view binds its text field to it. */
    public StringProperty textProperty(PlanField field) {
        return texts.get(field);
    }

    /** What is wrong with a field, or null when it is fine or does not matter for the current choices. */
    public ReadOnlyObjectProperty<PlanProblem> problemProperty(PlanField field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** SPRAVATO from week 9: 1 (every week) or 2 (every 2 weeks). */
    public IntegerProperty spravatoIntervalWeeksProperty() {
        return spravatoIntervalWeeks;
    }

    /** True when the plan uses insurance; false for "I'll pay myself". */
    public ReadOnlyBooleanProperty coveredProperty() {
        return covered.getReadOnlyProperty();
    }

    public boolean isCovered() {
        return covered.get();
    }

    public BooleanProperty useCopayProperty() {
        return useCopay;
    }

    public BooleanProperty hasCapProperty() {
        return hasCap;
    }

    /** The checked form: a plan, or the fields to fix. */
    public ReadOnlyObjectProperty<PlanForm.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The estimate of the plan, or null while any field that matters is bad. */
    public ReadOnlyObjectProperty<CostEstimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public CostEstimate estimate() {
        return estimate.get();
    }

    /** The ids of the notes that apply (see {@link PlanNotes}). */
    public ReadOnlyObjectProperty<List<String>> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    public PlannerDefaults defaults() {
        return defaults;
    }

    // ---- commands ----

    /** Switches treatment, keeping what was typed for each treatment. */
    public void selectTreatment(Treatment newTreatment) {
        Treatment old = treatment.get();
        if (newTreatment == null || newTreatment == old) {
            return;
        }
        updating = true;
        try {
            stash.put(old, currentTexts(PER_TREATMENT));
            treatment.set(newTreatment);
            stash.getOrDefault(newTreatment, defaults.treatmentTexts(newTreatment)).forEach((f, text) -> {
                if (PER_TREATMENT.contains(f)) {
                    texts.get(f).set(text);
                }
            });
            if (!insuranceChosen) {
                covered.set(defaults.startsCovered(newTreatment, insuranceAnswer.getValue()));
            }
        } finally {
            updating = false;
        }
        recompute();
    }

    /** One click on "I don't have insurance / I'll pay myself". */
    public void chooseSelfPay() {
        insuranceChosen = true;
        covered.set(false);
    }

    /** One click on "I have insurance". */
    public void chooseInsurance() {
        insuranceChosen = true;
        covered.set(true);
    }

    /** A stepper's minus or plus button. */
    public void step(PlanField field, int delta) {
        texts.get(field).set(FieldInput.step(field, texts.get(field).get(), delta));
    }

    /** Shows a plan read from a file; everything the file does not say keeps its current value. */
    public void load(CostPlan plan) {
        apply(PlanForm.fromPlan(plan, inputs()));
        insuranceChosen = true;
    }

    /** Returns to the starting plan, following the screening's current insurance answer. */
    public void reset() {
        stash.clear();
        insuranceChosen = false;
        apply(defaults.initialInputs(initialTreatment, insuranceAnswer.getValue()));
    }

    /** Everything the form holds now. */
    public PlanInputs inputs() {
        return new PlanInputs(treatment.get() == null ? initialTreatment : treatment.get(),
                currentTexts(List.of(PlanField.values())), spravatoIntervalWeeks.get(), covered.get(), useCopay.get(),
                hasCap.get());
    }

    private void followAnswer() {
        if (!insuranceChosen) {
            covered.set(defaults.startsCovered(treatment.get(), insuranceAnswer.getValue()));
        }
        recompute();
    }

    private void apply(PlanInputs in) {
        updating = true;
        try {
            treatment.set(in.treatment());
            for (PlanField f : PlanField.values()) {
                texts.get(f).set(in.text(f));
            }
            spravatoIntervalWeeks.set(in.spravatoIntervalWeeks());
            covered.set(in.covered());
            useCopay.set(in.useCopay());
            hasCap.set(in.hasCap());
        } finally {
            updating = false;
        }
        recompute();
    }

    private Map<PlanField, String> currentTexts(List<PlanField> fields) {
        Map<PlanField, String> out = new EnumMap<>(PlanField.class);
        for (PlanField f : fields) {
            out.put(f, texts.get(f).get());
        }
        return Collections.unmodifiableMap(out);
    }

    private void recompute() {
        if (updating) {
            return;
        }
        PlanInputs in = inputs();
        PlanForm.Result r = PlanForm.evaluate(in);
        for (PlanField f : PlanField.values()) {
            problems.get(f).set(r.problems().get(f));
        }
        result.set(r);
        estimate.set(r.isValid() ? CostEstimator.estimate(r.plan()) : null);
        notes.set(PlanNotes.applicable(in.treatment(), in.covered(), insuranceAnswer.getValue()));
    }
}
