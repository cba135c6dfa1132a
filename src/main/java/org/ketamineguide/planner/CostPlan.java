package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.util.Objects;
import org.ketamineguide.content.Treatment;

/**
 * One cost plan: a treatment, its schedule, its prices and how insurance shares them, over a
 * number of weeks inside one insurance year. Validated on construction, so a {@code CostPlan}
 * always describes a plan the estimator can price. Amounts have two decimal places. Immutable.
 *
 * <p>{@code inductionSessions} and {@code inductionWeeks} describe the first IV series. They are
 * required for {@link Treatment#IV_KETAMINE}; for {@link Treatment#SPRAVATO}, whose schedule the
 * label fixes, they may be null and are ignored (when present they must still be in range, so the
 * file stays valid if the person switches treatment).
 *
 * @param treatment                 which treatment
 * @param horizonWeeks              weeks to plan, from the first session, 1 to 52
 * @param pricePerSession           the clinic's price per session (for an insured plan, the allowed amount)
 * @param inductionSessions         IV: sessions in the first series, 1 to 12
 * @param inductionWeeks            IV: weeks the first series takes, 1 to 8
 * @param maintenanceIntervalWeeks  one session every N weeks after the first phase; 0 = none; SPRAVATO: 1 or 2
 * @param oneTimeFees               consultation and intake, always paid by the patient
 * @param extraPerSession           rides, parking, childcare, time off, always paid by the patient
 * @param insurance                 how insurance shares each session's price
 */
public record CostPlan(Treatment treatment, int horizonWeeks, BigDecimal pricePerSession, Integer inductionSessions,
                       Integer inductionWeeks, int maintenanceIntervalWeeks, BigDecimal oneTimeFees,
                       BigDecimal extraPerSession, Insurance insurance) {

    /** The plan-file format version this app reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** Larger files cannot be a plan file (a saved plan is under 1 KB). */
    public static final long MAX_FILE_BYTES = 256 * 1024;

    public CostPlan {
        if (treatment == null) {
            throw new PlanFileException("treatment", PlanProblem.MISSING, "is missing");
        }
        Checks.whole(PlanField.HORIZON_WEEKS, horizonWeeks);
        pricePerSession = Checks.amount(PlanField.PRICE_PER_SESSION, pricePerSession);
        if (treatment == Treatment.IV_KETAMINE) {
            requirePresent(PlanField.INDUCTION_SESSIONS, inductionSessions);
            requirePresent(PlanField.INDUCTION_WEEKS, inductionWeeks);
        }
        Checks.optionalWhole(PlanField.INDUCTION_SESSIONS, inductionSessions);
        Checks.optionalWhole(PlanField.INDUCTION_WEEKS, inductionWeeks);
        Checks.whole(PlanField.MAINTENANCE_INTERVAL_WEEKS, maintenanceIntervalWeeks);
        if (treatment == Treatment.SPRAVATO && maintenanceIntervalWeeks != 1 && maintenanceIntervalWeeks != 2) {
            throw new PlanFileException(PlanField.MAINTENANCE_INTERVAL_WEEKS.path(), PlanProblem.SPRAVATO_INTERVAL,
                    "must be 1 or 2 for spravato, as the label allows (found " + maintenanceIntervalWeeks + ")");
        }
        oneTimeFees = Checks.amount(PlanField.ONE_TIME_FEES, oneTimeFees);
        extraPerSession = Checks.amount(PlanField.EXTRA_PER_SESSION, extraPerSession);
        if (insurance == null) {
            throw new PlanFileException("insurance", PlanProblem.MISSING, "is missing");
        }
    }

    private static void requirePresent(PlanField field, Integer value) {
        if (value == null) {
            throw new PlanFileException(field.path(), PlanProblem.MISSING, "is required for iv_ketamine");
        }
    }

    /**
     * Reads a plan file (format version 1).
     *
     * @throws PlanFileException (an {@link IllegalArgumentException}) naming the first bad field
     */
    public static CostPlan fromJson(String json) {
        return PlanJson.read(json);
    }

    /**
     * Reads a plan file from disk through the app's strict JSON reader: only a regular file (a pipe
     * or a device is refused before it is opened) of at most {@link #MAX_FILE_BYTES}, counted while
     * reading.
     *
     * @throws PlanFileException naming the first bad field, or the
     *         {@link org.ketamineguide.json.JsonProblem} it extends when the file cannot be read at all
     */
    public static CostPlan fromFile(java.nio.file.Path file) {
        return PlanJson.read(file);
    }

    /** Writes this plan as a version 1 plan file that {@link #fromJson} reads back as an equal plan. */
    public String toJson() {
        return PlanJson.write(this);
    }

    /** The same plan with another insurance. */
    public CostPlan withInsurance(Insurance newInsurance) {
        return new CostPlan(treatment, horizonWeeks, pricePerSession, inductionSessions, inductionWeeks,
                maintenanceIntervalWeeks, oneTimeFees, extraPerSession, Objects.requireNonNull(newInsurance));
    }

    /** The same plan over another number of weeks. */
    public CostPlan withHorizonWeeks(int weeks) {
        return new CostPlan(treatment, weeks, pricePerSession, inductionSessions, inductionWeeks,
                maintenanceIntervalWeeks, oneTimeFees, extraPerSession, insurance);
    }
}
