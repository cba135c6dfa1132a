package org.ketamineguide.planner;

import java.math.BigDecimal;

/**
 * How an insurance plan shares the cost of each session, for the rest of one insurance year.
 * Amounts have two decimal places. Validated on construction. Immutable.
 *
 * <p>When {@code covered} is false every session is self-pay and the other values are kept only so
 * that the person can switch back; they may be null. When covered with a copay, the deductible
 * and coinsurance are not used and may be null; otherwise both are required.
 *
 * @param covered               false = self-pay for every session
 * @param deductibleRemaining   what is left of this year's deductible
 * @param coinsurancePercent    the patient's share after the deductible, 0 to 100
 * @param copayPerSession       a flat copay per session that replaces deductible and coinsurance, or null
 * @param outOfPocketRemaining  what is left of this year's out-of-pocket maximum, or null for no cap
 */
public record Insurance(boolean covered, BigDecimal deductibleRemaining, BigDecimal coinsurancePercent,
                        BigDecimal copayPerSession, BigDecimal outOfPocketRemaining) {

    public Insurance {
        deductibleRemaining = Checks.optionalAmount(PlanField.DEDUCTIBLE_REMAINING, deductibleRemaining);
        coinsurancePercent = Checks.optionalAmount(PlanField.COINSURANCE_PERCENT, coinsurancePercent);
        copayPerSession = Checks.optionalAmount(PlanField.COPAY_PER_SESSION, copayPerSession);
        outOfPocketRemaining = Checks.optionalAmount(PlanField.OUT_OF_POCKET_REMAINING, outOfPocketRemaining);
        if (covered && copayPerSession == null) {
            if (deductibleRemaining == null) {
                throw new PlanFileException(PlanField.DEDUCTIBLE_REMAINING.path(), PlanProblem.MISSING,
                        "is required when covered is true and there is no copay");
            }
            if (coinsurancePercent == null) {
                throw new PlanFileException(PlanField.COINSURANCE_PERCENT.path(), PlanProblem.MISSING,
                        "is required when covered is true and there is no copay");
            }
        }
    }

    /** Self-pay: every session is paid in full by the patient. */
    public static Insurance selfPay() {
        return new Insurance(false, null, null, null, null);
    }

    /** Deductible first, then coinsurance, with an optional out-of-pocket cap (null = none). */
    public static Insurance deductible(BigDecimal deductibleRemaining, BigDecimal coinsurancePercent,
                                       BigDecimal outOfPocketRemaining) {
        return new Insurance(true, deductibleRemaining, coinsurancePercent, null, outOfPocketRemaining);
    }

    /** A flat copay per session, with an optional out-of-pocket cap (null = none). */
    public static Insurance copay(BigDecimal copayPerSession, BigDecimal outOfPocketRemaining) {
        return new Insurance(true, null, null, copayPerSession, outOfPocketRemaining);
    }
}
