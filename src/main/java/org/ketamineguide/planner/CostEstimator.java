package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a {@link CostPlan} with the cost-sharing rules of the cost-planner spec. Sessions are
 * taken in week order; for each session with price A:
 * <pre>
 * not covered:          owed = A
 * covered, copay set:   owed = min(copay, A)
 * covered, otherwise:   toDeductible = min(A, deductibleLeft)
 *                       owed = toDeductible + coinsurance% x (A - toDeductible)
 *                       deductibleLeft -= toDeductible
 * covered, cap set:     owed = min(owed, capLeft); capLeft -= owed
 * owed is rounded to cents, half up, per session; the insurer pays A - owed.
 * </pre>
 * Plain Java; stateless and thread-safe.
 */
public final class CostEstimator {
    private CostEstimator() {
    }

    public static CostEstimate estimate(CostPlan plan) {
        List<SessionCost> sessions = priceSessions(plan);
        BigDecimal count = BigDecimal.valueOf(sessions.size());
        BigDecimal priceSum = plan.pricePerSession().multiply(count);
        BigDecimal extraSum = plan.extraPerSession().multiply(count);
        BigDecimal owedSum = Money.ZERO;
        BigDecimal insurerSum = Money.ZERO;
        for (SessionCost s : sessions) {
            owedSum = owedSum.add(s.patientOwes());
            insurerSum = insurerSum.add(s.insurerPays());
        }
        BigDecimal billed = priceSum.add(plan.oneTimeFees()).add(extraSum);
        BigDecimal patient = owedSum.add(plan.oneTimeFees()).add(extraSum);
        return new CostEstimate(plan, billed, patient, insurerSum, sessions, months(plan, sessions),
                weeks(plan, sessions));
    }

    private static List<SessionCost> priceSessions(CostPlan plan) {
        Insurance ins = plan.insurance();
        BigDecimal price = plan.pricePerSession();
        BigDecimal deductibleLeft = ins.deductibleRemaining() == null ? Money.ZERO : ins.deductibleRemaining();
        BigDecimal capLeft = ins.outOfPocketRemaining();
        List<SessionCost> out = new ArrayList<>();
        int number = 0;
        for (int week : SessionSchedule.weeks(plan)) {
            BigDecimal owed;
            if (!ins.covered()) {
                owed = price;
            } else {
                if (ins.copayPerSession() != null) {
                    owed = ins.copayPerSession().min(price);
                } else {
                    BigDecimal toDeductible = price.min(deductibleLeft);
                    BigDecimal share = price.subtract(toDeductible).multiply(ins.coinsurancePercent())
                            .divide(Money.HUNDRED);
                    owed = toDeductible.add(share);
                    deductibleLeft = deductibleLeft.subtract(toDeductible);
                }
                if (capLeft != null) {
                    owed = owed.min(capLeft);
                }
            }
            // capLeft holds whole cents, so rounding after the cap can never push owed above it.
            owed = Money.cents(owed);
            if (ins.covered() && capLeft != null) {
                capLeft = capLeft.subtract(owed);
            }
            out.add(new SessionCost(++number, week, price, owed, price.subtract(owed), plan.extraPerSession()));
        }
        return out;
    }

    private static List<MonthTotal> months(CostPlan plan, List<SessionCost> sessions) {
        int lastMonth = SessionSchedule.monthOf(plan.horizonWeeks());
        List<MonthTotal> out = new ArrayList<>();
        int week = 1;
        for (int month = 1; month <= lastMonth; month++) {
            int first = week;
            while (week < plan.horizonWeeks() && SessionSchedule.monthOf(week + 1) == month) {
                week++;
            }
            int last = week;
            week++;
            BigDecimal billed = month == 1 ? plan.oneTimeFees() : Money.ZERO;
            BigDecimal patient = billed;
            BigDecimal insurer = Money.ZERO;
            int count = 0;
            for (SessionCost s : sessions) {
                if (s.week() >= first && s.week() <= last) {
                    count++;
                    billed = billed.add(s.price()).add(s.extra());
                    patient = patient.add(s.patientOwes()).add(s.extra());
                    insurer = insurer.add(s.insurerPays());
                }
            }
            out.add(new MonthTotal(month, first, last, count, billed, patient, insurer));
        }
        return out;
    }

    private static List<WeekTotal> weeks(CostPlan plan, List<SessionCost> sessions) {
        List<WeekTotal> out = new ArrayList<>();
        BigDecimal running = Money.ZERO;
        for (int week = 1; week <= plan.horizonWeeks(); week++) {
            BigDecimal paid = week == 1 ? plan.oneTimeFees() : Money.ZERO;
            int count = 0;
            for (SessionCost s : sessions) {
                if (s.week() == week) {
                    count++;
                    paid = paid.add(s.patientOwes()).add(s.extra());
                }
            }
            running = running.add(paid);
            out.add(new WeekTotal(week, count, paid, running));
        }
        return out;
    }
}
