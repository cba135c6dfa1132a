package org.ketamineguide.decision;

import java.util.Optional;

/**
 * What a study counted: response (felt much better: symptoms at least halved on the study's
 * scale) or remission (nearly symptom-free). Ids are used in {@code outcomes.json}.
 */
public enum Measure {
    RESPONSE("response"),
    REMISSION("remission");

    private final String id;

    Measure(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Measure> fromId(String id) {
        for (Measure m : values()) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
