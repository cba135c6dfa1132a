package org.ketamineguide.planner;

import java.math.BigDecimal;

/**
 * The time a plan takes from the person over all its visits. Hours have two decimal places.
 * Immutable.
 *
 * @param visits      treatment visits (one per session)
 * @param clinicHours hours at the clinic in all
 * @param travelHours hours of travel in all
 * @param totalHours  clinic plus travel hours
 */
public record TimeTotal(int visits, BigDecimal clinicHours, BigDecimal travelHours, BigDecimal totalHours) {
}
