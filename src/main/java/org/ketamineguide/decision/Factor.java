package org.ketamineguide.decision;

import java.util.Optional;

/**
 * The things people weigh when they choose a treatment for depression that has not improved
 * enough (values clarification). The order here is the order every screen and print-out uses; it
 * never changes with a person's ratings. Ids are written in saved files and in
 * {@code outcomes.json}. Immutable.
 */
public enum Factor {
    /** How fast it might help. */
    SPEED("speed"),
    /** How many visits and hours it takes, and whether I need a ride home. */
    VISITS("visits"),
    /** What it may cost me. */
    COST("cost"),
    /** Side effects during or right after a session. */
    SESSION_EFFECTS("session_effects"),
    /** Effects on memory. */
    MEMORY("memory"),
    /** Needles, a nasal spray, or being put to sleep. */
    NEEDLES("needles"),
    /** How strong the evidence is. */
    EVIDENCE("evidence"),
    /** Not taking a controlled drug. */
    CONTROLLED("controlled");

    private final String id;

    Factor(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Factor> fromId(String id) {
        for (Factor f : values()) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
