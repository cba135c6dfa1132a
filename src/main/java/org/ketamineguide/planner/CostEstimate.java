package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a plan may cost: the totals, every session, every month and every week. The totals
 * follow the spec: billed = sessions x price + one-time fees + sessions x extra; patient = the
 * patients' shares + one-time fees + sessions x extra; insurer = the insurer's shares. Amounts
 * have two decimal places. Immutable.
 *
 * @param plan         the plan that was priced
 * @param billedTotal  everything billed
 * @param patientTotal what the patient pays
 * @param insurerTotal what the insurer pays
 * @param perSession   every session, in order
 * @param months       every month of the plan, including months without sessions
 * @param weeks        every week of the plan, with the running total the patient has paid
 */
public record CostEstimate(CostPlan plan, BigDecimal billedTotal, BigDecimal patientTotal, BigDecimal insurerTotal,
                           List<SessionCost> perSession, List<MonthTotal> months, List<WeekTotal> weeks) {

    public CostEstimate {
        perSession = List.copyOf(perSession);
        months = List.copyOf(months);
        weeks = List.copyOf(weeks);
    }

    /** How many sessions fall inside the plan's weeks. */
    public int sessions() {
        return perSession.size();
    }

    /** The sum of the patient's shares of the session prices (without fees and extra costs). */
    public BigDecimal patientSharesTotal() {
        return perSession.stream().map(SessionCost::patientOwes).reduce(Money.ZERO, BigDecimal::add);
    }
}
