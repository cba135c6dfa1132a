package org.ketamineguide.planner;

import java.util.Optional;

/**
 * What kind of health insurance a person has. It shapes the planner's starting numbers (a job
 * plan's limit, Medicare's deductible and 20% with no yearly limit, Medicaid's small copays) and
 * which notes apply. The ids are the screening's insurance answers and the plan file's values.
 * Immutable.
 */
public enum InsuranceKind {
    /** Insurance from a job, or a plan the person bought. */
    COMMERCIAL("commercial"),
    /** Medicare (Original Medicare unless the person enters a yearly limit). */
    MEDICARE("medicare"),
    /** Medicaid (rules differ by state). */
    MEDICAID("medicaid"),
    /** No health insurance: every session is self-pay. */
    NONE("none");

    private final String id;

    InsuranceKind(String id) {
        this.id = id;
    }

    /** The id written in plan files and used by the screening: {@code commercial}, {@code medicare}, ... */
    public String id() {
        return id;
    }

    /** The kind with this id, if there is one; the screening's "unsure" and a missing answer have none. */
    public static Optional<InsuranceKind> fromId(String id) {
        for (InsuranceKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
