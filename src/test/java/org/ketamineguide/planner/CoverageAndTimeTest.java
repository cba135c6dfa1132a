package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.ketamineguide.planner.PlanSamples.usd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.Treatment;

/** "I don't know" gives two estimates; visits and hours follow the sessions. */
class CoverageAndTimeTest {

    private static CostPlan specExample() {
        return CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE);
    }

    @ParameterizedTest(name = "{0}: if it pays {1}, if not {2}, stands for {3}")
    @CsvSource(nullValues = "null", value = {
            // coverage; you pay if the plan pays; you pay if it does not; the amount that stands for the plan
            // Spec example: 21 x $900, $350 fees, $25 extra per session. Not paid: 18,900 + 350 + 525.
            "UNSURE, 5855.00, 19775.00, 19775.00",
            "YES, 5855.00, 19775.00, 5855.00",
    })
    void unsureShowsBothEstimatesAndCountsAsNotPaidWhereOneNumberFits(Coverage coverage, String ifPays, String ifNot,
                                                                      String main) {
        PlanEstimate e = new PlanSetup(specExample(), coverage, InsuranceKind.COMMERCIAL, null).estimate();
        assertEquals(usd(ifPays), e.ifCovered().patientTotal());
        assertEquals(usd("13920.00"), e.ifCovered().insurerTotal());
        assertEquals(usd(ifNot), e.ifNotCovered().patientTotal());
        assertEquals(usd("0.00"), e.ifNotCovered().insurerTotal());
        assertEquals(usd("19775.00"), e.ifNotCovered().billedTotal(), "the bill is the same either way");
        assertEquals(usd(main), e.main().patientTotal());
        assertEquals(21, e.sessions());
    }

    @ParameterizedTest(name = "{0} ${1}, deductible {2}, {3}%, cap {4}: if it pays {5}, if not {6}")
    @CsvSource(nullValues = "null", value = {
            // treatment; price; deductible; coinsurance; cap; you pay if the plan pays; if it does not
            // IV default schedule (18 sessions over 52 weeks), no fees: 18 x 600 = 10,800 not paid.
            "IV_KETAMINE, 600, 1500, 20, null, 3360.00, 10800.00",
            "IV_KETAMINE, 600, 1500, 20, 2000, 2000.00, 10800.00",
            // Medicare-like: $283, then 20% of $1,356.08 x 34 sessions, no cap.
            "SPRAVATO, 1356.08, 283, 20, null, 9447.88, 46106.72",
            "SPRAVATO, 1356.08, 283, 20, 1000, 1000.00, 46106.72",
            "SPRAVATO, 0, 283, 20, null, 0.00, 0.00",
    })
    void unsureTable(Treatment treatment, String price, String deductible, String coinsurance, String cap,
                     String ifPays, String ifNot) {
        Insurance ins = Insurance.deductible(usd(deductible), usd(coinsurance), cap == null ? null : usd(cap));
        CostPlan plan = treatment == Treatment.IV_KETAMINE ? PlanSamples.iv(52, 6, 3, 4, price, ins)
                : PlanSamples.spravato(52, 2, price, ins);
        PlanEstimate e = new PlanSetup(plan, Coverage.UNSURE, InsuranceKind.MEDICARE, null).estimate();
        assertEquals(usd(ifPays), e.ifCovered().patientTotal());
        assertEquals(usd(ifNot), e.ifNotCovered().patientTotal());
        assertSame(e.ifNotCovered(), e.main());
    }

    @Test
    void aPlanThatDoesNotPayHasOneEstimate() {
        CostPlan selfPay = specExample().withInsurance(Insurance.selfPay());
        PlanEstimate e = new PlanSetup(selfPay, Coverage.NO, InsuranceKind.COMMERCIAL, null).estimate();
        assertNull(e.ifCovered());
        assertEquals(usd("19775.00"), e.main().patientTotal());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // label; coverage; kind; plan covered; field named
            "no with insurance that pays; NO; COMMERCIAL; true; coverage",
            "yes with self-pay numbers; YES; COMMERCIAL; false; coverage",
            "unsure with self-pay numbers; UNSURE; MEDICARE; false; coverage",
            "no insurance but yes; YES; NONE; true; coverage",
    })
    void coverageMustMatchThePlan(String label, Coverage coverage, InsuranceKind kind, boolean covered, String field) {
        CostPlan plan = covered ? specExample() : specExample().withInsurance(Insurance.selfPay());
        PlanFileException e = assertThrows(PlanFileException.class, () -> new PlanSetup(plan, coverage, kind, null));
        assertEquals(field, e.field());
        assertEquals(PlanProblem.CONFLICT, e.problem());
    }

    @ParameterizedTest(name = "{0}, {1} weeks, {2} h + {3} h: {4} visits, {5} h in all")
    @CsvSource({
            // treatment; horizon; clinic hours; travel hours; visits; total hours; clinic; travel
            "SPRAVATO, 26, 2.5, 0, 21, 52.5, 52.5, 0",
            "SPRAVATO, 26, 2.5, 1, 21, 73.5, 52.5, 21",
            "SPRAVATO, 52, 2.5, 0.75, 34, 110.5, 85, 25.5",
            "IV_KETAMINE, 52, 1.5, 1, 18, 45, 27, 18",
            "IV_KETAMINE, 2, 1.5, 0.5, 4, 8, 6, 2",
            "IV_KETAMINE, 52, 0, 0, 18, 0, 0, 0",
    })
    void timeTotalsFollowTheVisits(Treatment treatment, int horizon, String clinic, String travel, int visits,
                                   String total, String clinicTotal, String travelTotal) {
        CostPlan plan = treatment == Treatment.IV_KETAMINE ? PlanSamples.iv(horizon, 6, 3, 4, "600", Insurance.selfPay())
                : PlanSamples.spravato(horizon, 2, "900", Insurance.selfPay());
        TimeTotal t = new PlanSetup(plan, Coverage.NO, InsuranceKind.NONE,
                new VisitTime(usd(clinic), usd(travel))).estimate().time();
        assertEquals(visits, t.visits());
        assertEquals(0, usd(total).compareTo(t.totalHours()), t.totalHours().toPlainString());
        assertEquals(0, usd(clinicTotal).compareTo(t.clinicHours()));
        assertEquals(0, usd(travelTotal).compareTo(t.travelHours()));
    }

    @ParameterizedTest
    @CsvSource({"-1, 0, clinicHoursPerSession, NEGATIVE", "24.01, 0, clinicHoursPerSession, OUT_OF_RANGE",
            "2, 1.234, travelHoursPerSession, TOO_MANY_DECIMALS", "2, 25, travelHoursPerSession, OUT_OF_RANGE"})
    void badHoursAreRefusedByName(String clinic, String travel, String field, PlanProblem problem) {
        PlanFileException e = assertThrows(PlanFileException.class, () -> new VisitTime(usd(clinic), usd(travel)));
        assertEquals(field, e.field());
        assertEquals(problem, e.problem());
    }
}
