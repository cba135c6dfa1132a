package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Dollar amounts: rounding to cents, and the text a person types in a field. Showing an amount to
 * a person is {@link org.ketamineguide.i18n.Messages#money}. Plain Java; thread-safe.
 */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Rounds to cents, half up. */
    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * An amount as a person would type it in a field: "1500" or "12.50", without a dollar sign or
     * thousands commas, so it reads back exactly.
     */
    public static String toFieldText(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return stripped.setScale(0).toPlainString();
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
