package org.ketamineguide.decision;

import java.util.Optional;

/**
 * The four questions of the SURE test of decisional conflict (Légaré et al., 2010): Sure of
 * myself, Understand the information, Risk-benefit ratio, Encouragement. A "no" to any of them
 * suggests the person is not yet ready to decide. Ids are written in saved files.
 */
public enum SureQuestion {
    SURE("sure"),
    UNDERSTAND("understand"),
    RISK_BENEFIT("risk_benefit"),
    ENCOURAGEMENT("encouragement");

    private final String id;

    SureQuestion(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<SureQuestion> fromId(String id) {
        for (SureQuestion q : values()) {
            if (q.id.equals(id)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }
}
