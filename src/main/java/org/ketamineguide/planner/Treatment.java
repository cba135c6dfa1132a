package org.ketamineguide.planner;

import java.util.Optional;

/** The two treatments the planner knows, with the ids the plan file uses. Immutable. */
public enum Treatment {
    /** Racemic ketamine by IV infusion (off-label; usually self-pay). */
    IV_KETAMINE("iv_ketamine"),
    /** Esketamine nasal spray (SPRAVATO), given at a certified center under the label's schedule. */
    SPRAVATO("spravato");

    private final String id;

    Treatment(String id) {
        this.id = id;
    }

    /** The id written in plan files: {@code iv_ketamine} or {@code spravato}. */
    public String id() {
        return id;
    }

    /** The treatment with this file id, if there is one (exact, case-sensitive match). */
    public static Optional<Treatment> fromId(String id) {
        for (Treatment t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
