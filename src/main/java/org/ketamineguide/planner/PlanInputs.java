package org.ketamineguide.planner;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything the planner's form holds for one plan, as the person typed it: the treatment, the
 * text of each number field, and the choices made with buttons. {@code texts} holds the IV booster
 * interval under {@link PlanField#MAINTENANCE_INTERVAL_WEEKS}; SPRAVATO's interval is a choice of
 * 1 or 2 weeks and lives in {@code spravatoIntervalWeeks}. Plain Java. Immutable.
 *
 * @param treatment             which treatment
 * @param texts                 the text of every number field (missing entries count as empty)
 * @param spravatoIntervalWeeks SPRAVATO from week 9: 1 (weekly) or 2 (every 2 weeks)
 * @param covered               false = "I don't have insurance / I'll pay myself"
 * @param useCopay              true = the plan charges a flat copay per session
 * @param hasCap                true = the plan has an out-of-pocket limit
 */
public record PlanInputs(Treatment treatment, Map<PlanField, String> texts, int spravatoIntervalWeeks, boolean covered,
                         boolean useCopay, boolean hasCap) {

    public PlanInputs {
        EnumMap<PlanField, String> copy = new EnumMap<>(PlanField.class);
        copy.putAll(texts);
        texts = Collections.unmodifiableMap(copy);
        if (spravatoIntervalWeeks != 1 && spravatoIntervalWeeks != 2) {
            throw new IllegalArgumentException("spravatoIntervalWeeks must be 1 or 2, not " + spravatoIntervalWeeks);
        }
    }

    /** The text of one field, or "" when there is none. */
    public String text(PlanField field) {
        return texts.getOrDefault(field, "");
    }

    public PlanInputs withText(PlanField field, String text) {
        EnumMap<PlanField, String> copy = new EnumMap<>(PlanField.class);
        copy.putAll(texts);
        copy.put(field, text);
        return new PlanInputs(treatment, copy, spravatoIntervalWeeks, covered, useCopay, hasCap);
    }

    public PlanInputs withTreatment(Treatment newTreatment) {
        return new PlanInputs(newTreatment, texts, spravatoIntervalWeeks, covered, useCopay, hasCap);
    }

    public PlanInputs withCovered(boolean isCovered) {
        return new PlanInputs(treatment, texts, spravatoIntervalWeeks, isCovered, useCopay, hasCap);
    }
}
