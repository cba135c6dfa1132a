package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Range and precision checks shared by the plan records. Plain Java; stateless. */
final class Checks {
    private Checks() {
    }

    /** Checks a money or percent value and returns it with exactly two decimal places. */
    static BigDecimal amount(PlanField field, BigDecimal value) {
        if (value == null) {
            throw new PlanFileException(field.path(), PlanProblem.MISSING, "is missing");
        }
        if (value.signum() < 0) {
            throw negative(field, value.toPlainString().length() > 30 ? "a huge negative number" : value.toPlainString());
        }
        // Range first: comparing is cheap even for huge exponents, rescaling them is not.
        if (!field.inRange(value)) {
            throw outOfRange(field, value.toPlainString().length() > 30 ? "a huge number" : value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new PlanFileException(field.path(), PlanProblem.TOO_MANY_DECIMALS,
                    "must have at most 2 decimal places (found " + value.toPlainString() + ")");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Like {@link #amount} but null stays null. */
    static BigDecimal optionalAmount(PlanField field, BigDecimal value) {
        return value == null ? null : amount(field, value);
    }

    static int whole(PlanField field, int value) {
        if (value < 0) {
            throw negative(field, Integer.toString(value));
        }
        if (!field.inRange(BigDecimal.valueOf(value))) {
            throw outOfRange(field, Integer.toString(value));
        }
        return value;
    }

    static Integer optionalWhole(PlanField field, Integer value) {
        return value == null ? null : whole(field, value);
    }

    static PlanFileException negative(PlanField field, String found) {
        return new PlanFileException(field.path(), PlanProblem.NEGATIVE, "must not be negative (found " + found + ")");
    }

    static PlanFileException outOfRange(PlanField field, String found) {
        return new PlanFileException(field.path(), PlanProblem.OUT_OF_RANGE, "must be from "
                + field.min().toPlainString() + " to " + field.max().toPlainString() + " (found " + found + ")");
    }
}
