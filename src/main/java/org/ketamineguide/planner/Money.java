package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Dollar amounts: rounding to cents and showing them the US way. Plain Java; thread-safe. */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Rounds to cents, half up. */
    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** "$1,234.50"; negative amounts as "-$1,234.50". */
    public static String format(BigDecimal amount) {
        String digits = pattern("#,##0.00").format(amount.abs());
        return (amount.signum() < 0 ? "-$" : "$") + digits;
    }

    /** "$1,235" when the amount has no cents, else "$1,234.50": for prices and ranges in sentences. */
    public static String formatShort(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? "$" + pattern("#,##0").format(amount) : format(amount);
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

    private static DecimalFormat pattern(String pattern) {
        // A new format each time: DecimalFormat is not thread-safe.
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
