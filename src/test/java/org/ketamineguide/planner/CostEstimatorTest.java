package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ketamineguide.planner.PlanSamples.iv;
import static org.ketamineguide.planner.PlanSamples.spravato;
import static org.ketamineguide.planner.PlanSamples.usd;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.Treatment;

class CostEstimatorTest {

    private static String owedList(CostEstimate e) {
        return e.perSession().stream().map(s -> s.patientOwes().toPlainString()).collect(Collectors.joining(" "));
    }

    private static String weekList(CostPlan plan) {
        return SessionSchedule.weeks(plan).stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    @Test
    void specWorkedExampleToTheCent() {
        CostEstimate e = CostEstimator.estimate(CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE));
        assertEquals(21, e.sessions());
        assertEquals(usd("5855.00"), e.patientTotal());
        assertEquals(usd("13920.00"), e.insurerTotal());
        assertEquals(usd("19775.00"), e.billedTotal());
        assertEquals(2, e.patientTotal().scale());
        assertEquals(2, e.insurerTotal().scale());
        assertEquals(2, e.billedTotal().scale());
        assertEquals(usd("900.00"), e.perSession().get(0).patientOwes());
        assertEquals(usd("660.00"), e.perSession().get(1).patientOwes());
        for (int i = 2; i < 21; i++) {
            assertEquals(usd("180.00"), e.perSession().get(i).patientOwes(), "session " + (i + 1));
        }
        assertEquals(usd("4980.00"), e.patientSharesTotal());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // label; treatment; horizon; induction sessions; induction weeks; interval; expected weeks
            "spec IV example; iv; 52; 6; 3; 4; 1 1 2 2 3 3 7 11 15 19 23 27 31 35 39 43 47 51",
            "IV horizon inside the first series; iv; 2; 6; 3; 4; 1 1 2 2",
            "IV one week horizon; iv; 1; 6; 3; 4; 1 1",
            "IV no boosters; iv; 52; 6; 3; 0; 1 1 2 2 3 3",
            "IV four over two weeks; iv; 10; 4; 2; 3; 1 1 2 2 5 8",
            "IV uneven split; iv; 8; 5; 3; 0; 1 1 2 2 3",
            "IV more weeks than sessions; iv; 20; 2; 8; 0; 1 5",
            "IV one session; iv; 5; 1; 1; 1; 1 2 3 4 5",
            "IV booster lands exactly on horizon; iv; 11; 6; 3; 4; 1 1 2 2 3 3 7 11",
            "IV twelve over eight then every 26; iv; 52; 12; 8; 26; 1 1 2 3 3 4 5 5 6 7 7 8 34",
            "spravato horizon inside weeks 1-4; spravato; 3; ; ; 2; 1 1 2 2 3 3",
            "spravato horizon inside weeks 5-8; spravato; 6; ; ; 2; 1 1 2 2 3 3 4 4 5 6",
            "spravato to week 9; spravato; 9; ; ; 2; 1 1 2 2 3 3 4 4 5 6 7 8 9",
            "spravato every 2 weeks to 26; spravato; 26; ; ; 2; 1 1 2 2 3 3 4 4 5 6 7 8 9 11 13 15 17 19 21 23 25",
            "spravato weekly to 12; spravato; 12; ; ; 1; 1 1 2 2 3 3 4 4 5 6 7 8 9 10 11 12",
    })
    void scheduleRules(String label, String treatment, int horizon, Integer sessions, Integer weeks, int interval,
                       String expected) {
        CostPlan plan = treatment.equals("iv")
                ? iv(horizon, sessions, weeks, interval, "100", Insurance.selfPay())
                : spravato(horizon, interval, "100", Insurance.selfPay());
        assertEquals(expected, weekList(plan));
    }

    @ParameterizedTest(name = "spravato over {0} weeks every {1}: {2} sessions")
    @CsvSource({"26, 2, 21", "26, 1, 30", "52, 2, 34", "52, 1, 56", "8, 2, 12", "4, 1, 8", "1, 2, 2"})
    void spravatoSessionCounts(int horizon, int interval, int expected) {
        assertEquals(expected, CostEstimator.estimate(spravato(horizon, interval, "1", Insurance.selfPay())).sessions());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // label; price; deductible; coinsurance; copay; cap; expected owed per session (IV 4 sessions over 4 weeks)
            "self-pay owes the full price; 500; -; -; -; -; 500.00 500.00 500.00 500.00",
            "copay below the price; 500; -; -; 40; -; 40.00 40.00 40.00 40.00",
            "copay above the price owes only the price; 30; -; -; 40; -; 30.00 30.00 30.00 30.00",
            "deductible then coinsurance; 500; 700; 20; -; -; 500.00 260.00 100.00 100.00",
            "deductible already met; 500; 0; 20; -; -; 100.00 100.00 100.00 100.00",
            "zero coinsurance after deductible; 500; 600; 0; -; -; 500.00 100.00 0.00 0.00",
            "full coinsurance; 500; 0; 100; -; -; 500.00 500.00 500.00 500.00",
            "cap reached mid-session; 500; 700; 20; -; 800; 500.00 260.00 40.00 0.00",
            "cap reached exactly at a session end; 500; 700; 20; -; 860; 500.00 260.00 100.00 0.00",
            "cap of zero; 500; 700; 20; -; 0; 0.00 0.00 0.00 0.00",
            "cap with copay; 500; -; -; 150; 400; 150.00 150.00 100.00 0.00",
            "coinsurance half-up rounding; 100.05; 0; 10; -; -; 10.01 10.01 10.01 10.01",
            "coinsurance rounds down below half; 100.04; 0; 10; -; -; 10.00 10.00 10.00 10.00",
            "fractional percent; 99.99; 0; 12.5; -; -; 12.50 12.50 12.50 12.50",
            "price of zero; 0; 100; 20; -; 50; 0.00 0.00 0.00 0.00",
    })
    void costSharingBranches(String label, String price, String deductible, String coinsurance, String copay,
                             String cap, String expected) {
        Insurance insurance = deductible.equals("-") && copay.equals("-")
                ? Insurance.selfPay()
                : new Insurance(true, opt(deductible), opt(coinsurance), opt(copay), opt(cap));
        CostEstimate e = CostEstimator.estimate(iv(4, 4, 4, 0, price, insurance));
        assertEquals(expected, owedList(e));
        BigDecimal sum = Arrays.stream(expected.split(" ")).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(sum.setScale(2), e.patientTotal());
        assertEquals(e.billedTotal().subtract(sum).setScale(2), e.insurerTotal());
    }

    private static BigDecimal opt(String s) {
        return s.equals("-") ? null : new BigDecimal(s);
    }

    @Test
    void roundingIsHalfUpPerSessionNotOnTheTotal() {
        // 10% of 0.05 = 0.005 -> 0.01 each; rounding the sum instead would give 0.02 for 4 sessions.
        CostEstimate e = CostEstimator.estimate(iv(4, 4, 4, 0, "0.05", Insurance.deductible(usd("0"), usd("10"), null)));
        assertEquals("0.01 0.01 0.01 0.01", owedList(e));
        assertEquals(usd("0.04"), e.patientTotal());
        assertEquals(usd("0.16"), e.insurerTotal());
    }

    @Test
    void feesAndExtrasAreAlwaysPaidByThePatient() {
        CostPlan plan = new CostPlan(Treatment.IV_KETAMINE, 3, usd("400"), 6, 3, 0, usd("350"), usd("12.50"),
                Insurance.copay(usd("0"), null));
        CostEstimate e = CostEstimator.estimate(plan);
        assertEquals(6, e.sessions());
        assertEquals(usd("2825.00"), e.billedTotal()); // 6 x 400 + 350 + 6 x 12.50
        assertEquals(usd("425.00"), e.patientTotal()); // 0 + 350 + 75
        assertEquals(usd("2400.00"), e.insurerTotal());
    }

    @Test
    void specIvExampleHasEighteenSessions() {
        assertEquals(18, CostEstimator.estimate(iv(52, 6, 3, 4, "600", Insurance.selfPay())).sessions());
    }

    @Test
    void monthsFollowTheSpecFormulaAndAddUpToTheTotals() {
        CostEstimate e = CostEstimator.estimate(CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE));
        List<MonthTotal> months = e.months();
        assertEquals(6, months.size());
        assertEquals(List.of("1-5", "6-9", "10-14", "15-18", "19-22", "23-26"),
                months.stream().map(m -> m.firstWeek() + "-" + m.lastWeek()).toList());
        MonthTotal first = months.get(0);
        assertEquals(9, first.sessions()); // 8 in weeks 1-4, 1 in week 5
        assertEquals(usd("350.00").add(usd("900")).add(usd("660")).add(usd("180").multiply(usd("7"))).add(usd("225")),
                first.patient());
        assertEquals(e.sessions(), months.stream().mapToInt(MonthTotal::sessions).sum());
        assertEquals(e.billedTotal(), months.stream().map(MonthTotal::billed).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(e.patientTotal(), months.stream().map(MonthTotal::patient).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals(e.insurerTotal(), months.stream().map(MonthTotal::insurer).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "5, 1", "6, 2", "9, 2", "10, 3", "26, 6", "27, 6", "48, 11", "49, 12", "52, 12"})
    void monthOfWeek(int week, int month) {
        assertEquals(month, SessionSchedule.monthOf(week));
    }

    @Test
    void fiftyTwoWeeksSpanTwelveMonths() {
        assertEquals(12, CostEstimator.estimate(iv(52, 6, 3, 4, "600", Insurance.selfPay())).months().size());
    }

    @Test
    void weeklyRunningTotalEndsAtThePatientTotal() {
        CostEstimate e = CostEstimator.estimate(CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE));
        assertEquals(26, e.weeks().size());
        assertEquals(usd("350.00").add(usd("900")).add(usd("660")).add(usd("50")), e.weeks().get(0).cumulativePatient());
        assertEquals(e.patientTotal(), e.weeks().get(25).cumulativePatient());
    }
}
