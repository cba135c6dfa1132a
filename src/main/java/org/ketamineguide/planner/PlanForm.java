package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ketamineguide.content.Treatment;

/**
 * Turns what the form holds into a {@link CostPlan}, or into the list of fields to fix, and back.
 * Only the fields that matter for the current choices are checked (a hidden field never blocks
 * the totals). Never throws for any input. Plain Java; stateless and thread-safe.
 */
public final class PlanForm {
    private PlanForm() {
    }

    /**
     * The result of checking a form: the plan with its coverage and time when every field that
     * matters is fine, otherwise the problem of each bad field, in screen order.
     */
    public record Result(PlanSetup setup, Map<PlanField, PlanProblem> problems) {
        public Result {
            EnumMap<PlanField, PlanProblem> copy = new EnumMap<>(PlanField.class);
            copy.putAll(problems);
            problems = Collections.unmodifiableMap(copy);
        }

        public boolean isValid() {
            return setup != null;
        }

        /** The priced plan, or null while a field is bad. */
        public CostPlan plan() {
            return setup == null ? null : setup.plan();
        }
    }

    /** The fields that matter for these choices, in the order the screen shows them. */
    public static List<PlanField> activeFields(PlanInputs in) {
        List<PlanField> out = new ArrayList<>();
        out.add(PlanField.PRICE_PER_SESSION);
        if (in.treatment() == Treatment.IV_KETAMINE) {
            out.add(PlanField.INDUCTION_SESSIONS);
            out.add(PlanField.INDUCTION_WEEKS);
            out.add(PlanField.MAINTENANCE_INTERVAL_WEEKS);
        }
        out.add(PlanField.HORIZON_WEEKS);
        out.add(PlanField.ONE_TIME_FEES);
        out.add(PlanField.EXTRA_PER_SESSION);
        out.add(PlanField.CLINIC_HOURS);
        out.add(PlanField.TRAVEL_HOURS);
        if (in.effectiveCoverage() != Coverage.NO) {
            if (in.useCopay()) {
                out.add(PlanField.COPAY_PER_SESSION);
            } else {
                out.add(PlanField.DEDUCTIBLE_REMAINING);
                out.add(PlanField.COINSURANCE_PERCENT);
            }
            if (in.hasCap()) {
                out.add(PlanField.OUT_OF_POCKET_REMAINING);
            }
        }
        return out;
    }

    /** Checks every field that matters and builds the plan when all are fine. */
    public static Result evaluate(PlanInputs in) {
        Map<PlanField, PlanProblem> problems = new EnumMap<>(PlanField.class);
        Map<PlanField, BigDecimal> values = new EnumMap<>(PlanField.class);
        for (PlanField field : activeFields(in)) {
            FieldInput.Result r = FieldInput.parse(field, in.text(field));
            if (r.isOk()) {
                values.put(field, r.value());
            } else {
                problems.put(field, r.problem());
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        try {
            return new Result(build(in, values), problems);
        } catch (PlanFileException e) {
            // Cannot happen for checked fields; reported rather than thrown so the screen never breaks.
            problems.put(fieldOf(e), e.problem());
            return new Result(null, problems);
        }
    }

    private static PlanSetup build(PlanInputs in, Map<PlanField, BigDecimal> active) {
        boolean iv = in.treatment() == Treatment.IV_KETAMINE;
        // Hidden values are kept in the plan (so a saved file remembers them) only when they read fine.
        Integer sessions = wholeOrNull(PlanField.INDUCTION_SESSIONS, in);
        Integer weeks = wholeOrNull(PlanField.INDUCTION_WEEKS, in);
        if (!iv && (sessions == null || weeks == null)) {
            sessions = null;
            weeks = null;
        }
        int interval = iv ? active.get(PlanField.MAINTENANCE_INTERVAL_WEEKS).intValueExact() : in.spravatoIntervalWeeks();
        Coverage coverage = in.effectiveCoverage();
        Insurance insurance = new Insurance(coverage != Coverage.NO,
                valueOrNull(PlanField.DEDUCTIBLE_REMAINING, in),
                valueOrNull(PlanField.COINSURANCE_PERCENT, in),
                in.useCopay() ? valueOrNull(PlanField.COPAY_PER_SESSION, in) : null,
                in.hasCap() ? valueOrNull(PlanField.OUT_OF_POCKET_REMAINING, in) : null);
        CostPlan plan = new CostPlan(in.treatment(), active.get(PlanField.HORIZON_WEEKS).intValueExact(),
                active.get(PlanField.PRICE_PER_SESSION), sessions, weeks, interval,
                active.get(PlanField.ONE_TIME_FEES), active.get(PlanField.EXTRA_PER_SESSION), insurance);
        VisitTime time = new VisitTime(active.get(PlanField.CLINIC_HOURS), active.get(PlanField.TRAVEL_HOURS));
        return new PlanSetup(plan, coverage, in.kind(), time);
    }

    private static BigDecimal valueOrNull(PlanField field, PlanInputs in) {
        FieldInput.Result r = FieldInput.parse(field, in.text(field));
        return r.isOk() ? r.value() : null;
    }

    private static Integer wholeOrNull(PlanField field, PlanInputs in) {
        BigDecimal v = valueOrNull(field, in);
        return v == null ? null : v.intValueExact();
    }

    private static PlanField fieldOf(PlanFileException e) {
        for (PlanField f : PlanField.values()) {
            if (f.path().equals(e.field())) {
                return f;
            }
        }
        return PlanField.PRICE_PER_SESSION;
    }

    /**
     * The form that shows a plan read from a file with its coverage, kind and time. What the file
     * leaves out (a version-1 file's kind and time, a SPRAVATO plan's IV series, a self-pay plan's
     * insurance numbers) keeps what {@code base} had.
     */
    public static PlanInputs fromSetup(PlanSetup setup, PlanInputs base) {
        PlanInputs in = fromPlan(setup.plan(), base);
        if (setup.insuranceKind() != null) {
            in = in.withKind(setup.insuranceKind()).withCoverage(setup.coverage());
        }
        if (setup.time() != null) {
            in = in.withText(PlanField.CLINIC_HOURS, FieldInput.format(PlanField.CLINIC_HOURS, setup.time().clinicHours()))
                    .withText(PlanField.TRAVEL_HOURS, FieldInput.format(PlanField.TRAVEL_HOURS, setup.time().travelHours()));
        }
        return in;
    }

    /**
     * The form that shows a plan read from a version-1 file. Values the file leaves out (a SPRAVATO
     * plan's IV series, a self-pay plan's insurance numbers, the kind and the time) keep what
     * {@code base} had; a covered plan becomes "yes" (with a job or bought plan if base had none),
     * one that is not becomes "no".
     */
    public static PlanInputs fromPlan(CostPlan plan, PlanInputs base) {
        EnumMap<PlanField, String> texts = new EnumMap<>(PlanField.class);
        texts.putAll(base.texts());
        texts.put(PlanField.HORIZON_WEEKS, Integer.toString(plan.horizonWeeks()));
        put(texts, PlanField.PRICE_PER_SESSION, plan.pricePerSession());
        put(texts, PlanField.ONE_TIME_FEES, plan.oneTimeFees());
        put(texts, PlanField.EXTRA_PER_SESSION, plan.extraPerSession());
        if (plan.inductionSessions() != null) {
            texts.put(PlanField.INDUCTION_SESSIONS, plan.inductionSessions().toString());
        }
        if (plan.inductionWeeks() != null) {
            texts.put(PlanField.INDUCTION_WEEKS, plan.inductionWeeks().toString());
        }
        int spravatoInterval = base.spravatoIntervalWeeks();
        if (plan.treatment() == Treatment.IV_KETAMINE) {
            texts.put(PlanField.MAINTENANCE_INTERVAL_WEEKS, Integer.toString(plan.maintenanceIntervalWeeks()));
        } else {
            spravatoInterval = plan.maintenanceIntervalWeeks();
        }
        Insurance ins = plan.insurance();
        put(texts, PlanField.DEDUCTIBLE_REMAINING, ins.deductibleRemaining());
        put(texts, PlanField.COINSURANCE_PERCENT, ins.coinsurancePercent());
        put(texts, PlanField.COPAY_PER_SESSION, ins.copayPerSession());
        put(texts, PlanField.OUT_OF_POCKET_REMAINING, ins.outOfPocketRemaining());
        InsuranceKind kind = ins.covered() && base.kind() == InsuranceKind.NONE ? InsuranceKind.COMMERCIAL : base.kind();
        return new PlanInputs(plan.treatment(), texts, spravatoInterval, ins.covered() ? Coverage.YES : Coverage.NO, kind,
                ins.copayPerSession() != null, ins.outOfPocketRemaining() != null);
    }

    private static void put(Map<PlanField, String> texts, PlanField field, BigDecimal value) {
        if (value != null) {
            texts.put(field, FieldInput.format(field, value));
        }
    }
}
