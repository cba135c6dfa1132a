package org.ketamineguide.decision;

import java.util.Optional;

/** How much a factor matters to the person, on a three-step scale. Ids are written in saved files. */
public enum Importance {
    NOT("not"),
    SOMEWHAT("somewhat"),
    VERY("very");

    private final String id;

    Importance(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Importance> fromId(String id) {
        for (Importance i : values()) {
            if (i.id.equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
