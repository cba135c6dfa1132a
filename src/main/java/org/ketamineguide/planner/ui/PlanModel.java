package org.ketamineguide.planner.ui;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.planner.CostEstimate;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.FieldInput;
import org.ketamineguide.planner.InsuranceKind;
import org.ketamineguide.planner.PlanEstimate;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanForm;
import org.ketamineguide.planner.PlanInputs;
import org.ketamineguide.planner.PlanNotes;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.planner.PlanSetup;
import org.ketamineguide.planner.PlannerDefaults;

/**
 * One plan on the cost planner screen: what the person typed and chose, checked on every change.
 * The text of each field is a writable property the view binds to; the problems, the plan and its
 * estimate are read-only results, published together once per change as an {@link Outcome}.
 * Price, fees, extra costs and clinic hours are remembered per treatment, and the insurance numbers
 * per kind of insurance, so switching and back loses nothing. The kind of insurance follows the
 * screening's answer, and whether the plan pays follows the treatment and the kind, until the
 * person chooses themselves. JavaFX thread only.
 */
public final class PlanModel {
    /** Fields whose value belongs to the treatment rather than to the person. */
    private static final List<PlanField> PER_TREATMENT = List.of(PlanField.PRICE_PER_SESSION, PlanField.ONE_TIME_FEES,
            PlanField.EXTRA_PER_SESSION, PlanField.CLINIC_HOURS);
    /** Fields whose value belongs to the kind of insurance. */
    private static final List<PlanField> PER_KIND = List.of(PlanField.DEDUCTIBLE_REMAINING,
            PlanField.COINSURANCE_PERCENT, PlanField.COPAY_PER_SESSION, PlanField.OUT_OF_POCKET_REMAINING);

    /**
     * Everything a change produces, published at once: the checked form, the estimate (null while a
     * field that matters is bad) and the notes that apply.
     */
    public record Outcome(PlanForm.Result result, PlanEstimate estimate, List<String> notes) {
    }

    /** The insurance part of the form as one kind of insurance left it. */
    private record KindState(Map<PlanField, String> texts, boolean useCopay, boolean hasCap) {
    }

    private final PlannerDefaults defaults;
    private final Treatment initialTreatment;
    private final ObservableValue<String> insuranceAnswer;
    private final ReadOnlyObjectWrapper<Treatment> treatment = new ReadOnlyObjectWrapper<>();
    private final Map<PlanField, StringProperty> texts = new EnumMap<>(PlanField.class);
    private final Map<PlanField, ObjectBinding<PlanProblem>> problems = new EnumMap<>(PlanField.class);
    private final IntegerProperty spravatoIntervalWeeks = new SimpleIntegerProperty(2);
    private final ReadOnlyObjectWrapper<Coverage> coverage = new ReadOnlyObjectWrapper<>(Coverage.NO);
    private final ReadOnlyObjectWrapper<InsuranceKind> kind = new ReadOnlyObjectWrapper<>(InsuranceKind.COMMERCIAL);
    private final BooleanProperty useCopay = new SimpleBooleanProperty();
    private final BooleanProperty hasCap = new SimpleBooleanProperty();
    /** The one thing a change publishes; everything else the view reads of the results comes from it. */
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ObjectBinding<PlanForm.Result> result = fromOutcome(Outcome::result);
    private final ObjectBinding<CostEstimate> estimate = fromOutcome(o -> o.estimate() == null ? null : o.estimate().main());
    private final ObjectBinding<List<String>> notes = fromOutcome(Outcome::notes);
    private final Map<Treatment, Map<PlanField, String>> stash = new EnumMap<>(Treatment.class);
    private final Map<InsuranceKind, KindState> kindStash = new EnumMap<>(InsuranceKind.class);
    private final BooleanBinding ivChosen = treatment.isEqualTo(Treatment.IV_KETAMINE);
    private final BooleanBinding insured = kind.isNotEqualTo(InsuranceKind.NONE);
    private final BooleanBinding covered = Bindings.createBooleanBinding(this::isCovered, kind, coverage);
    private final BooleanBinding coveredDefaultShown;
    private final ReadOnlyBooleanWrapper coverageChosen = new ReadOnlyBooleanWrapper();
    private boolean kindChosen;
    private boolean updating;
    /** Follows the shared screening answer about insurance; removed by {@link #leave()}. */
    private final javafx.beans.value.ChangeListener<String> answerFollower = (obs, old, now) -> followAnswer();

    public PlanModel(PlannerDefaults defaults, Treatment initialTreatment, ObservableValue<String> insuranceAnswer) {
        this.defaults = defaults;
        this.initialTreatment = initialTreatment;
        this.insuranceAnswer = insuranceAnswer;
        for (PlanField f : PlanField.values()) {
            StringProperty text = new SimpleStringProperty("");
            text.addListener((obs, old, now) -> recompute());
            texts.put(f, text);
            problems.put(f, fromOutcome(o -> o.result().problems().get(f)));
        }
        spravatoIntervalWeeks.addListener((obs, old, now) -> recompute());
        useCopay.addListener((obs, old, now) -> recompute());
        hasCap.addListener((obs, old, now) -> recompute());
        insuranceAnswer.addListener(answerFollower);
        coveredDefaultShown = Bindings.createBooleanBinding(
                () -> !coverageChosen.get() && (ivChosen.get() || insuranceAnswer.getValue() == null),
                coverageChosen, ivChosen, insuranceAnswer);
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

    /**
     * What is wrong with a field, or null when it is fine or does not matter for the current choices
     * (read from the latest {@link #outcomeProperty() outcome}).
     */
    public ObservableObjectValue<PlanProblem> problemProperty(PlanField field) {
        return problems.get(field);
    }

    /** SPRAVATO from week 9: 1 (every week) or 2 (every 2 weeks). */
    public IntegerProperty spravatoIntervalWeeksProperty() {
        return spravatoIntervalWeeks;
    }

    /** The answer to "Does your plan pay for this treatment?" (kept, but not used, while the kind is "none"). */
    public ReadOnlyObjectProperty<Coverage> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** The coverage that counts: NO whenever the person has no insurance. */
    public Coverage effectiveCoverage() {
        return kind.get() == InsuranceKind.NONE ? Coverage.NO : coverage.get();
    }

    /** True when the plan's insurance pays (or may pay): the insurance fields matter. */
    public boolean isCovered() {
        return effectiveCoverage() != Coverage.NO;
    }

    /** The kind of insurance the person has. */
    public ReadOnlyObjectProperty<InsuranceKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public InsuranceKind kind() {
        return kind.get();
    }

    /** True once the person has answered the coverage question themselves. */
    public boolean isCoverageChosen() {
        return coverageChosen.get();
    }

    public BooleanProperty useCopayProperty() {
        return useCopay;
    }

    public BooleanProperty hasCapProperty() {
        return hasCap;
    }

    /** The checked form: a plan, or the fields to fix (read from the latest outcome). */
    public ObservableObjectValue<PlanForm.Result> resultProperty() {
        return result;
    }

    /**
     * The estimate that stands for the plan (see {@link PlanEstimate#main()}), or null while any
     * field that matters is bad (read from the latest outcome).
     */
    public ObservableObjectValue<CostEstimate> estimateProperty() {
        return estimate;
    }

    public CostEstimate estimate() {
        return estimate.get();
    }

    /** Both estimates and the time, or null while any field that matters is bad. */
    public PlanEstimate planEstimate() {
        Outcome o = outcome.get();
        return o == null ? null : o.estimate();
    }

    /** The ids of the notes that apply (see {@link PlanNotes}; read from the latest outcome). */
    public ObservableObjectValue<List<String>> notesProperty() {
        return notes;
    }

    /**
     * Everything one change produced, published once per change (one keystroke, one click): views
     * that show results follow this one property.
     */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public PlannerDefaults defaults() {
        return defaults;
    }

    // ---- what the form shows, as bindings the view binds once ----

    /** IV ketamine is chosen: its schedule shows (else SPRAVATO's, with its price parts). */
    public BooleanBinding ivChosen() {
        return ivChosen;
    }

    /** The person has some insurance: "Does your plan pay for this treatment?" shows. */
    public BooleanBinding insured() {
        return insured;
    }

    /** The plan pays or may pay: the insurance numbers show (else the note about paying in full). */
    public BooleanBinding covered() {
        return covered;
    }

    /**
     * The sentence that says why the coverage answer starts where it does shows: until the person
     * answers themselves, for IV ketamine or when the screening did not ask about insurance.
     */
    public BooleanBinding coveredDefaultShown() {
        return coveredDefaultShown;
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
            if (!coverageChosen.get()) {
                coverage.set(startCoverage());
            }
        } finally {
            updating = false;
        }
        recompute();
    }

    /** One click on "Does your plan pay for this treatment?": yes, no or I don't know. */
    public void chooseCoverage(Coverage answer) {
        coverageChosen.set(true);
        coverage.set(answer);
        recompute();
    }

    /** The person pays in full: the same as answering "no". */
    public void chooseSelfPay() {
        chooseCoverage(Coverage.NO);
    }

    /** The plan pays: the same as answering "yes" (with a job or bought plan if the kind was "none"). */
    public void chooseInsurance() {
        if (kind.get() == InsuranceKind.NONE) {
            chooseKind(InsuranceKind.COMMERCIAL);
        }
        chooseCoverage(Coverage.YES);
    }

    /**
     * One click on the kind of insurance: loads that kind's starting numbers (or what was typed for
     * it before) and, unless the person answered the coverage question, its starting coverage.
     */
    public void chooseKind(InsuranceKind newKind) {
        kindChosen = true;
        switchKind(newKind);
        recompute();
    }

    /** A stepper's minus or plus button. */
    public void step(PlanField field, int delta) {
        texts.get(field).set(FieldInput.step(field, texts.get(field).get(), delta));
    }

    /** Shows a plan read from a file; everything the file does not say keeps its current value. */
    public void load(PlanSetup setup) {
        apply(PlanForm.fromSetup(setup, inputs()));
        coverageChosen.set(true);
        kindChosen = true;
    }

    /**
     * Takes over another plan's form for the same person, in another language: every field as
     * typed (a number not yet valid included), the choices, and what each treatment and insurance
     * kind remembered.
     */
    /**
     * Stops following the shared insurance answer, which outlives this plan (a language switch
     * builds new plans that take this one's place; without this, the answer kept every old plan).
     */
    public void leave() {
        insuranceAnswer.removeListener(answerFollower);
    }

    public void continueFrom(PlanModel other) {
        stash.clear();
        stash.putAll(other.stash);
        kindStash.clear();
        kindStash.putAll(other.kindStash);
        apply(other.inputs());
        coverageChosen.set(other.coverageChosen.get());
        kindChosen = other.kindChosen;
    }

    /** Returns to the starting plan, following the screening's current insurance answer. */
    public void reset() {
        stash.clear();
        kindStash.clear();
        coverageChosen.set(false);
        kindChosen = false;
        apply(defaults.initialInputs(initialTreatment, insuranceAnswer.getValue()));
    }

    /** Everything the form holds now. */
    public PlanInputs inputs() {
        return new PlanInputs(treatment.get() == null ? initialTreatment : treatment.get(),
                currentTexts(List.of(PlanField.values())), spravatoIntervalWeeks.get(), coverage.get(), kind.get(),
                useCopay.get(), hasCap.get());
    }

    private Coverage startCoverage() {
        return kindChosen ? defaults.startCoverage(treatment.get(), kind.get())
                : defaults.startCoverage(treatment.get(), insuranceAnswer.getValue());
    }

    private void switchKind(InsuranceKind newKind) {
        InsuranceKind old = kind.get();
        if (newKind != old) {
            updating = true;
            try {
                kindStash.put(old, new KindState(currentTexts(PER_KIND), useCopay.get(), hasCap.get()));
                KindState next = kindStash.getOrDefault(newKind, new KindState(defaults.insuranceTexts(newKind),
                        defaults.insurance(newKind).useCopay(), defaults.insurance(newKind).hasCap()));
                next.texts().forEach((f, text) -> texts.get(f).set(text));
                useCopay.set(next.useCopay());
                hasCap.set(next.hasCap());
                kind.set(newKind);
            } finally {
                updating = false;
            }
        }
        if (!coverageChosen.get()) {
            coverage.set(startCoverage());
        }
    }

    private void followAnswer() {
        if (!kindChosen) {
            switchKind(PlannerDefaults.startKind(insuranceAnswer.getValue()));
        }
        if (!coverageChosen.get()) {
            coverage.set(startCoverage());
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
            coverage.set(in.coverage());
            kind.set(in.kind());
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
        PlanEstimate e = r.isValid() ? r.setup().estimate() : null;
        outcome.set(new Outcome(r, e, PlanNotes.applicable(in.treatment(), in.effectiveCoverage(), in.kind())));
    }

    /** A read-only view of one part of the outcome (invalidated with it, never published on its own). */
    private <T> ObjectBinding<T> fromOutcome(Function<Outcome, T> part) {
        return Bindings.createObjectBinding(() -> outcome.get() == null ? null : part.apply(outcome.get()), outcome);
    }
}
