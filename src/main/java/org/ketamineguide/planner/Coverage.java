package org.ketamineguide.planner;

import java.util.Optional;

/**
 * The person's answer to "Does your plan pay for this treatment?", with the id the plan file
 * uses. With {@link #UNSURE} the planner shows two estimates: if the plan pays and if it does not.
 * Immutable.
 */
public enum Coverage {
    /** The plan pays its share as the insurance fields say. */
    YES("yes"),
    /** The plan does not pay: the person pays every session in full. */
    NO("no"),
    /** The person does not know yet: show both estimates. */
    UNSURE("unsure");

    private final String id;

    Coverage(String id) {
        this.id = id;
    }

    /** The id written in plan files: {@code yes}, {@code no} or {@code unsure}. */
    public String id() {
        return id;
    }

    /** The coverage with this file id, if there is one (exact, case-sensitive match). */
    public static Optional<Coverage> fromId(String id) {
        for (Coverage c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
