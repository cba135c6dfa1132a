package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.Treatment;

/**
 * Properties that hold for every valid plan, checked on many random plans. Each test uses a fixed
 * seed, so a failure repeats; the message gives the seed and the plan.
 */
class CostPropertiesTest {
    private static final int PLANS = 3000;
    private static final long SEED = 20260717L;

    private static BigDecimal cents(Random r, int maxDollars) {
        return BigDecimal.valueOf(r.nextInt(maxDollars * 100 + 1), 2);
    }

    static CostPlan randomPlan(Random r) {
        Treatment t = r.nextBoolean() ? Treatment.SPRAVATO : Treatment.IV_KETAMINE;
        int interval = t == Treatment.SPRAVATO ? 1 + r.nextInt(2) : r.nextInt(27);
        Insurance ins;
        switch (r.nextInt(4)) {
            case 0 -> ins = Insurance.selfPay();
            case 1 -> ins = Insurance.copay(cents(r, 300), r.nextBoolean() ? null : cents(r, 8000));
            default -> ins = Insurance.deductible(cents(r, 5000),
                    BigDecimal.valueOf(r.nextInt(10001), 2), r.nextBoolean() ? null : cents(r, 12000));
        }
        // Prices with odd cents make rounding matter.
        BigDecimal price = r.nextInt(10) == 0 ? BigDecimal.ZERO : cents(r, 2000);
        return new CostPlan(t, 1 + r.nextInt(52), price, 1 + r.nextInt(12), 1 + r.nextInt(8), interval,
                cents(r, 600), cents(r, 80), ins);
    }

    private static void forEachPlan(long seed, Consumer<CostPlan> check) {
        Random r = new Random(seed);
        for (int i = 0; i < PLANS; i++) {
            CostPlan plan = randomPlan(r);
            try {
                check.accept(plan);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", plan #" + i + ": " + plan.toJson() + "\n" + e.getMessage(), e);
            }
        }
    }

    @Test
    void totalsAreNeverNegativeAndHaveCents() {
        forEachPlan(SEED, plan -> {
            CostEstimate e = CostEstimator.estimate(plan);
            for (BigDecimal total : new BigDecimal[] {e.billedTotal(), e.patientTotal(), e.insurerTotal()}) {
                assertTrue(total.signum() >= 0, "negative total " + total);
                assertEquals(2, total.scale());
            }
            e.perSession().forEach(s -> {
                assertTrue(s.patientOwes().signum() >= 0 && s.insurerPays().signum() >= 0, s.toString());
                assertTrue(s.patientOwes().compareTo(s.price()) <= 0, s.toString());
            });
        });
    }

    @Test
    void patientPlusInsurerEqualsBilled() {
        forEachPlan(SEED + 1, plan -> {
            CostEstimate e = CostEstimator.estimate(plan);
            assertEquals(e.billedTotal(), e.patientTotal().add(e.insurerTotal()));
        });
    }

    @Test
    void withACapTheSharesNeverExceedIt() {
        forEachPlan(SEED + 2, plan -> {
            BigDecimal cap = plan.insurance().outOfPocketRemaining();
            if (plan.insurance().covered() && cap != null) {
                BigDecimal shares = CostEstimator.estimate(plan).patientSharesTotal();
                assertTrue(shares.compareTo(cap) <= 0, "shares " + shares + " above cap " + cap);
            }
        });
    }

    @Test
    void aLongerHorizonNeverCostsThePatientLess() {
        forEachPlan(SEED + 3, plan -> {
            CostEstimate shorter = CostEstimator.estimate(plan);
            for (int weeks = plan.horizonWeeks() + 1; weeks <= Math.min(52, plan.horizonWeeks() + 8); weeks++) {
                CostEstimate longer = CostEstimator.estimate(plan.withHorizonWeeks(weeks));
                assertTrue(longer.sessions() >= shorter.sessions());
                assertTrue(longer.patientTotal().compareTo(shorter.patientTotal()) >= 0,
                        weeks + " weeks: " + longer.patientTotal() + " < " + shorter.patientTotal());
                assertTrue(longer.billedTotal().compareTo(shorter.billedTotal()) >= 0);
            }
        });
    }

    @Test
    void everyPlanSurvivesAFileRoundTrip() {
        forEachPlan(SEED + 4, plan -> assertEquals(plan, CostPlan.fromJson(plan.toJson())));
    }

    @Test
    void monthsAndWeeksAddUpToTheTotals() {
        forEachPlan(SEED + 5, plan -> {
            CostEstimate e = CostEstimator.estimate(plan);
            assertEquals(e.patientTotal(), e.months().stream().map(MonthTotal::patient)
                    .reduce(Money.ZERO, BigDecimal::add));
            assertEquals(e.billedTotal(), e.months().stream().map(MonthTotal::billed)
                    .reduce(Money.ZERO, BigDecimal::add));
            assertEquals(e.patientTotal(), e.weeks().get(e.weeks().size() - 1).cumulativePatient());
            assertEquals(plan.horizonWeeks(), e.weeks().size());
            assertEquals(SessionSchedule.monthOf(plan.horizonWeeks()), e.months().size());
        });
    }
}
