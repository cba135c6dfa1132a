package org.ketamineguide.decision;

import java.util.Optional;

/** How much trust a number deserves, in the four GRADE levels. Ids are used in {@code outcomes.json}. */
public enum Evidence {
    HIGH("high"),
    MODERATE("moderate"),
    LOW("low"),
    VERY_LOW("very_low");

    private final String id;

    Evidence(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Evidence> fromId(String id) {
        for (Evidence e : values()) {
            if (e.id.equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
