package org.ketamineguide.planner;

import java.math.BigDecimal;

/**
 * One session of an estimate: when it falls, its price and how the price is shared. Amounts have
 * two decimal places. Immutable.
 *
 * @param number      1 for the first session
 * @param week        the week it falls in, from 1
 * @param price       the session's price (billed to insurance when covered)
 * @param patientOwes the patient's share of the price (not counting extra costs)
 * @param insurerPays price minus the patient's share
 * @param extra       the patient's extra costs for the session (rides, parking, time off)
 */
public record SessionCost(int number, int week, BigDecimal price, BigDecimal patientOwes, BigDecimal insurerPays,
                          BigDecimal extra) {

    /** The month the session falls in (see {@link SessionSchedule#monthOf}). */
    public int month() {
        return SessionSchedule.monthOf(week);
    }
}
