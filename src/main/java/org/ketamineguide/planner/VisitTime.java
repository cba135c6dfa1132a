package org.ketamineguide.planner;

import java.math.BigDecimal;

/**
 * The time one session takes from the person: hours at the clinic and hours of travel there and
 * back. Both 0 to 24 with at most two decimal places. Validated on construction. Immutable.
 *
 * @param clinicHours hours at the clinic per session (SPRAVATO: at least 2 hours of observation)
 * @param travelHours hours of travel per session, there and back
 */
public record VisitTime(BigDecimal clinicHours, BigDecimal travelHours) {

    public VisitTime {
        clinicHours = Checks.amount(PlanField.CLINIC_HOURS, clinicHours);
        travelHours = Checks.amount(PlanField.TRAVEL_HOURS, travelHours);
    }

    /** Hours one session takes in all. */
    public BigDecimal hoursPerVisit() {
        return clinicHours.add(travelHours);
    }

    /** The time over a number of visits. */
    public TimeTotal over(int visits) {
        BigDecimal n = BigDecimal.valueOf(visits);
        return new TimeTotal(visits, clinicHours.multiply(n), travelHours.multiply(n), hoursPerVisit().multiply(n));
    }
}
