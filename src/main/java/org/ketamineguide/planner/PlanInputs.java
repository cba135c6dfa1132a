package org.ketamineguide.planner;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.ketamineguide.content.Treatment;

/**
 * Everything the planner's form holds for one plan, as the person typed it: the treatment, the
 * text of each number field, and the choices made with buttons. {@code texts} holds the IV booster
 * interval under {@link PlanField#MAINTENANCE_INTERVAL_WEEKS}; SPRAVATO's interval is a choice of
 * 1 or 2 weeks and lives in {@code spravatoIntervalWeeks}. Plain Java. Immutable.
 *
 * @param treatment             which treatment
 * @param texts                 the text of every number field (missing entries count as empty)
 * @param spravatoIntervalWeeks SPRAVATO from week 9: 1 (weekly) or 2 (every 2 weeks)
 * @param coverage              "Does your plan pay for this treatment?": yes, no, or I don't know
 * @param kind                  the kind of insurance; {@link InsuranceKind#NONE} means every session is self-pay
 * @param useCopay              true = the plan charges a flat copay per session
 * @param hasCap                true = the plan has an out-of-pocket limit
 */
public record PlanInputs(Treatment treatment, Map<PlanField, String> texts, int spravatoIntervalWeeks, Coverage coverage,
                         InsuranceKind kind, boolean useCopay, boolean hasCap) {

    public PlanInputs {
        EnumMap<PlanField, String> copy = new EnumMap<>(PlanField.class);
        copy.putAll(texts);
        texts = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(kind, "kind");
        if (spravatoIntervalWeeks != 1 && spravatoIntervalWeeks != 2) {
            throw new IllegalArgumentException("spravatoIntervalWeeks must be 1 or 2, not " + spravatoIntervalWeeks);
        }
    }

    /** The text of one field, or "" when there is none. */
    public String text(PlanField field) {
        return texts.getOrDefault(field, "");
    }

    /** The coverage that counts: with no insurance the plan never pays, whatever was answered. */
    public Coverage effectiveCoverage() {
        return kind == InsuranceKind.NONE ? Coverage.NO : coverage;
    }

    public PlanInputs withText(PlanField field, String text) {
        EnumMap<PlanField, String> copy = new EnumMap<>(PlanField.class);
        copy.putAll(texts);
        copy.put(field, text);
        return new PlanInputs(treatment, copy, spravatoIntervalWeeks, coverage, kind, useCopay, hasCap);
    }

    public PlanInputs withTreatment(Treatment newTreatment) {
        return new PlanInputs(newTreatment, texts, spravatoIntervalWeeks, coverage, kind, useCopay, hasCap);
    }

    public PlanInputs withCoverage(Coverage newCoverage) {
        return new PlanInputs(treatment, texts, spravatoIntervalWeeks, newCoverage, kind, useCopay, hasCap);
    }

    public PlanInputs withKind(InsuranceKind newKind) {
        return new PlanInputs(treatment, texts, spravatoIntervalWeeks, coverage, newKind, useCopay, hasCap);
    }
}
