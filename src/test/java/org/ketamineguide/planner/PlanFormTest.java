package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Treatment;

class PlanFormTest {
    private static PlannerDefaults defaults;

    @BeforeAll
    static void load() {
        defaults = PlannerDefaults.bundled(ContentRepository.bundled()::source);
    }

    @Test
    void defaultIvPlanAnswersTheSixInfusionsAndMonthlyBoostersQuestion() {
        PlanForm.Result r = PlanForm.evaluate(defaults.initialInputs(Treatment.IV_KETAMINE, null));
        assertTrue(r.isValid(), r.problems().toString());
        CostEstimate e = CostEstimator.estimate(r.plan());
        assertEquals(18, e.sessions()); // 6 over 3 weeks, then every 4 weeks to week 51
        assertFalse(r.plan().insurance().covered());
        assertEquals(new BigDecimal("11150.00"), e.patientTotal()); // 18 x 600 + 350
    }

    @Test
    void defaultSpravatoPlanIsInsuredAndValid() {
        PlanForm.Result r = PlanForm.evaluate(defaults.initialInputs(Treatment.SPRAVATO, null));
        assertTrue(r.isValid(), r.problems().toString());
        assertTrue(r.plan().insurance().covered());
        assertEquals(34, CostEstimator.estimate(r.plan()).sessions());
    }

    @Test
    void badFieldsAreListedAndNoPlanIsMade() {
        PlanInputs in = defaults.initialInputs(Treatment.IV_KETAMINE, null)
                .withText(PlanField.PRICE_PER_SESSION, "abc")
                .withText(PlanField.INDUCTION_SESSIONS, "-2")
                .withText(PlanField.HORIZON_WEEKS, "");
        PlanForm.Result r = PlanForm.evaluate(in);
        assertFalse(r.isValid());
        assertNull(r.plan());
        assertEquals(Map.of(PlanField.PRICE_PER_SESSION, PlanProblem.NOT_A_NUMBER,
                PlanField.INDUCTION_SESSIONS, PlanProblem.NEGATIVE,
                PlanField.HORIZON_WEEKS, PlanProblem.MISSING), r.problems());
    }

    @Test
    void hiddenFieldsNeverBlockTheTotals() {
        PlanInputs in = defaults.initialInputs(Treatment.SPRAVATO, null).withCoverage(Coverage.NO)
                .withText(PlanField.INDUCTION_SESSIONS, "lots")
                .withText(PlanField.MAINTENANCE_INTERVAL_WEEKS, "99")
                .withText(PlanField.DEDUCTIBLE_REMAINING, "?");
        PlanForm.Result r = PlanForm.evaluate(in);
        assertTrue(r.isValid(), r.problems().toString());
        assertNull(r.plan().inductionSessions());
        assertNull(r.plan().insurance().deductibleRemaining());
    }

    @Test
    void activeFieldsFollowTheChoices() {
        PlanInputs iv = defaults.initialInputs(Treatment.IV_KETAMINE, "commercial").withCoverage(Coverage.YES);
        assertTrue(PlanForm.activeFields(iv).containsAll(List.of(PlanField.INDUCTION_SESSIONS,
                PlanField.DEDUCTIBLE_REMAINING, PlanField.COINSURANCE_PERCENT, PlanField.OUT_OF_POCKET_REMAINING,
                PlanField.CLINIC_HOURS, PlanField.TRAVEL_HOURS)));
        assertFalse(PlanForm.activeFields(iv.withCoverage(Coverage.NO)).contains(PlanField.DEDUCTIBLE_REMAINING),
                "a plan that does not pay needs no insurance numbers");
        assertTrue(PlanForm.activeFields(iv.withCoverage(Coverage.UNSURE)).contains(PlanField.DEDUCTIBLE_REMAINING),
                "'I don't know' shows the case where it pays, so it needs the numbers");
        assertFalse(PlanForm.activeFields(iv.withKind(InsuranceKind.NONE)).contains(PlanField.DEDUCTIBLE_REMAINING),
                "no insurance means no insurance numbers, whatever the coverage answer");
        PlanInputs copay = new PlanInputs(Treatment.SPRAVATO, iv.texts(), 2, Coverage.YES, InsuranceKind.COMMERCIAL,
                true, false);
        List<PlanField> active = PlanForm.activeFields(copay);
        assertTrue(active.contains(PlanField.COPAY_PER_SESSION));
        assertFalse(active.contains(PlanField.DEDUCTIBLE_REMAINING));
        assertFalse(active.contains(PlanField.OUT_OF_POCKET_REMAINING));
        assertFalse(active.contains(PlanField.INDUCTION_SESSIONS));
    }

    @Test
    void theFormBuildsTheWholeSetupWithCoverageKindAndTime() {
        PlanInputs in = defaults.initialInputs(Treatment.SPRAVATO, "unsure")
                .withText(PlanField.TRAVEL_HOURS, "1.5");
        PlanForm.Result r = PlanForm.evaluate(in);
        assertTrue(r.isValid(), r.problems().toString());
        assertEquals(Coverage.UNSURE, r.setup().coverage());
        assertTrue(r.plan().insurance().covered(), "the plan holds the case where it pays");
        assertEquals(InsuranceKind.COMMERCIAL, r.setup().insuranceKind());
        assertEquals(new BigDecimal("2.50"), r.setup().time().clinicHours());
        assertEquals(new BigDecimal("1.50"), r.setup().time().travelHours());
        PlanInputs back = PlanForm.fromSetup(r.setup(), defaults.initialInputs(Treatment.IV_KETAMINE, "none"));
        assertEquals(r.setup(), PlanForm.evaluate(back).setup());
    }

    @Test
    void badHoursAreRefusedInline() {
        PlanForm.Result r = PlanForm.evaluate(defaults.initialInputs(Treatment.IV_KETAMINE, null)
                .withText(PlanField.CLINIC_HOURS, "25").withText(PlanField.TRAVEL_HOURS, "1.255"));
        assertEquals(Map.of(PlanField.CLINIC_HOURS, PlanProblem.OUT_OF_RANGE,
                PlanField.TRAVEL_HOURS, PlanProblem.TOO_MANY_DECIMALS), r.problems());
    }

    @Test
    void aPlanShownInTheFormGivesBackTheSamePlan() {
        CostPlan plan = CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE);
        PlanInputs shown = PlanForm.fromPlan(plan, defaults.initialInputs(Treatment.IV_KETAMINE, null));
        assertEquals(Treatment.SPRAVATO, shown.treatment());
        assertEquals("900", shown.text(PlanField.PRICE_PER_SESSION));
        assertEquals("20", shown.text(PlanField.COINSURANCE_PERCENT));
        assertEquals(plan, PlanForm.evaluate(shown).plan());
    }

    @Test
    void copayAndNoCapRoundTripThroughTheForm() {
        CostPlan plan = PlanSamples.iv(30, 4, 2, 3, "450.50", Insurance.copay(new BigDecimal("35"), null));
        PlanInputs shown = PlanForm.fromPlan(plan, defaults.initialInputs(Treatment.SPRAVATO, null));
        assertTrue(shown.useCopay());
        assertFalse(shown.hasCap());
        assertEquals("450.50", shown.text(PlanField.PRICE_PER_SESSION));
        CostPlan back = PlanForm.evaluate(shown).plan();
        assertEquals(CostEstimator.estimate(plan).patientTotal(), CostEstimator.estimate(back).patientTotal());
        assertEquals(plan.insurance().copayPerSession(), back.insurance().copayPerSession());
        assertNull(back.insurance().outOfPocketRemaining());
    }
}
