package org.ketamineguide.planner;

import java.math.BigDecimal;

/**
 * The totals of one month of a plan. Month 1 also holds the one-time fees. Amounts have two
 * decimal places. Immutable.
 *
 * @param month     1 for the first month
 * @param firstWeek the first week of the month inside the plan
 * @param lastWeek  the last week of the month inside the plan
 * @param sessions  sessions in the month
 * @param billed    everything billed in the month (prices, fees, extra costs)
 * @param patient   what the patient pays in the month
 * @param insurer   what the insurer pays in the month
 */
public record MonthTotal(int month, int firstWeek, int lastWeek, int sessions, BigDecimal billed, BigDecimal patient,
                         BigDecimal insurer) {
}
