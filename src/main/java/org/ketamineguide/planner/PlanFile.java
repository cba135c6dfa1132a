package org.ketamineguide.planner;

import java.util.List;

/**
 * A saved plan file: one plan, or the two plans of a comparison with their names. The app writes
 * format version 2 and reads versions 1 (one plan, exactly the cost-planner spec's format) and 2.
 * Reading is all or nothing: any problem in either plan refuses the whole file with a
 * {@link PlanFileException} naming the field, such as {@code plans[1].plan.pricePerSession}.
 * Immutable.
 *
 * <p>Version 2:
 * <pre>
 * {"version": 2, "plans": [
 *   {"name": "Plan A", "coverage": "no", "insuranceKind": "commercial",
 *    "clinicHoursPerSession": 1.5, "travelHoursPerSession": 1,
 *    "plan": { a version-1 plan, with its own "version": 1 }},
 *   ... an optional second plan ...]}
 * </pre>
 *
 * @param version the format version the file had (1 or 2)
 * @param plans   one or two plans, in order (plan A first)
 */
public record PlanFile(int version, List<Entry> plans) {

    /** The format version this app writes. */
    public static final int FORMAT_VERSION = 2;
    /** The longest plan name a file may hold. */
    public static final int MAX_NAME_LENGTH = 60;

    /**
     * One plan of the file.
     *
     * @param name  the plan's name ("Plan A"); null for a version-1 file, which has none
     * @param setup the plan with its coverage, insurance kind and time (the last two null for version 1)
     */
    public record Entry(String name, PlanSetup setup) {
    }

    public PlanFile {
        plans = List.copyOf(plans);
        if (plans.isEmpty() || plans.size() > 2) {
            throw new IllegalArgumentException("a plan file holds 1 or 2 plans, not " + plans.size());
        }
    }

    /** A version-2 file of these plans. */
    public static PlanFile of(List<Entry> plans) {
        return new PlanFile(FORMAT_VERSION, plans);
    }

    /**
     * Reads a plan file of version 1 or 2.
     *
     * @throws PlanFileException naming the first bad field; nothing is returned for a bad file
     */
    public static PlanFile fromJson(String json) {
        return PlanJson.readFile(json);
    }

    /**
     * Reads a plan file of version 1 or 2 from disk through the app's strict JSON reader: regular
     * files only (no folders, pipes or devices), the size limit counted while reading.
     *
     * @throws PlanFileException naming the file and the first bad field
     */
    public static PlanFile fromFile(java.nio.file.Path file) {
        return PlanJson.readFile(file);
    }

    /**
     * Writes this file as version 2. Every plan needs a name, an insurance kind and a time.
     *
     * @throws IllegalArgumentException when one of those is missing
     */
    public String toJson() {
        return PlanJson.writeFile(this);
    }
}
