package org.ketamineguide.planner;

import java.math.BigDecimal;

/**
 * Every number a plan holds, with its name in the plan file, what kind of number it is and the
 * range it must fall in. The file reader and the screen's field checks both use these, so a plan
 * the screen accepts is always one the file format accepts. Immutable.
 */
public enum PlanField {
    HORIZON_WEEKS("horizonWeeks", Kind.WHOLE, 1, 52),
    PRICE_PER_SESSION("pricePerSession", Kind.MONEY, 0, 100_000),
    INDUCTION_SESSIONS("inductionSessions", Kind.WHOLE, 1, 12),
    INDUCTION_WEEKS("inductionWeeks", Kind.WHOLE, 1, 8),
    MAINTENANCE_INTERVAL_WEEKS("maintenanceIntervalWeeks", Kind.WHOLE, 0, 26),
    ONE_TIME_FEES("oneTimeFees", Kind.MONEY, 0, 100_000),
    EXTRA_PER_SESSION("extraPerSession", Kind.MONEY, 0, 10_000),
    /** Hours at the clinic for one session (not part of a version-1 plan; saved beside it). */
    CLINIC_HOURS("clinicHoursPerSession", Kind.HOURS, 0, 24),
    /** Hours of travel there and back for one session (saved beside the plan, like the clinic hours). */
    TRAVEL_HOURS("travelHoursPerSession", Kind.HOURS, 0, 24),
    // The spec sets only a floor for the insurance amounts; the ceiling keeps arithmetic sane.
    DEDUCTIBLE_REMAINING("insurance.deductibleRemaining", Kind.MONEY, 0, 10_000_000),
    COINSURANCE_PERCENT("insurance.coinsurancePercent", Kind.PERCENT, 0, 100),
    COPAY_PER_SESSION("insurance.copayPerSession", Kind.MONEY, 0, 10_000_000),
    OUT_OF_POCKET_REMAINING("insurance.outOfPocketRemaining", Kind.MONEY, 0, 10_000_000);

    /** What sort of number a field holds. */
    public enum Kind {
        /** A whole number (weeks, sessions). */
        WHOLE,
        /** US dollars with at most two decimal places. */
        MONEY,
        /** A percent with at most two decimal places. */
        PERCENT,
        /** Hours with at most two decimal places, such as 2.5. */
        HOURS
    }

    private final String path;
    private final Kind kind;
    private final BigDecimal min;
    private final BigDecimal max;

    PlanField(String path, Kind kind, long min, long max) {
        this.path = path;
        this.kind = kind;
        this.min = BigDecimal.valueOf(min);
        this.max = BigDecimal.valueOf(max);
    }

    /** The field's name in the plan file, with its object: {@code insurance.coinsurancePercent}. */
    public String path() {
        return path;
    }

    /** The field's own name, without its object: {@code coinsurancePercent}. */
    public String key() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    public Kind kind() {
        return kind;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /** True when the value lies in this field's range, ends included. */
    public boolean inRange(BigDecimal value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }
}
