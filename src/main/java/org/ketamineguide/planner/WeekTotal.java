package org.ketamineguide.planner;

import java.math.BigDecimal;

/**
 * What the patient pays in one week of a plan and in all weeks up to it. Week 1 holds the
 * one-time fees. Amounts have two decimal places. Immutable.
 *
 * @param week              the week, from 1
 * @param sessions          sessions in the week
 * @param patient           what the patient pays in the week
 * @param cumulativePatient what the patient has paid by the end of the week
 */
public record WeekTotal(int week, int sessions, BigDecimal patient, BigDecimal cumulativePatient) {
}
