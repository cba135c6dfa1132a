package org.ketamineguide.screening.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The five parts the wizard's progress shows: "About you · Your depression · Health · Practical ·
 * Review". Every question of the screening specification belongs to one part, so the progress
 * stays the same while answers bring questions in or take them out: the safety questions, which
 * appear after PHQ-9 item 9, belong to "Your depression", where they are asked. Plain Java, no
 * JavaFX: any thread.
 */
public enum WizardPart {
    ABOUT_YOU, DEPRESSION, HEALTH, PRACTICAL, REVIEW;

    /** Question id to part, in the order of the screening specification (version 2). */
    private static final Map<String, WizardPart> BY_QUESTION = table();

    private static Map<String, WizardPart> table() {
        Map<String, WizardPart> t = new LinkedHashMap<>();
        for (String q : List.of("age", "pregnancy")) {
            t.put(q, ABOUT_YOU);
        }
        for (String q : List.of("diagnosis", "antidepressant_trials", "psychotherapy_tried", "phq9_1", "phq9_2",
                "phq9_3", "phq9_4", "phq9_5", "phq9_6", "phq9_7", "phq9_8", "phq9_9",
                "safety_thoughts", "safety_intent", "safety_recent_action")) {
            t.put(q, DEPRESSION);
        }
        for (String q : List.of("vascular_aneurysm_avm", "brain_bleed_history", "ketamine_allergy",
                "high_blood_pressure", "heart_disease", "stroke_or_brain_injury", "psychosis_history", "substance_use",
                "liver_disease", "thyroid_untreated", "bladder_problems", "interacting_meds")) {
            t.put(q, HEALTH);
        }
        for (String q : List.of("can_stay_2h", "has_ride", "insurance")) {
            t.put(q, PRACTICAL);
        }
        return Map.copyOf(t);
    }

    /** The part a question belongs to, or empty for a question the specification does not name. */
    public static Optional<WizardPart> ofQuestion(String questionId) {
        return Optional.ofNullable(BY_QUESTION.get(questionId));
    }

    /** Every question id the table knows. */
    static java.util.Set<String> questionIds() {
        return BY_QUESTION.keySet();
    }

    /**
     * The part a page belongs to: a question page by its first question, the review page to
     * "Review"; empty for the welcome page (before the first part) and the result (after the last).
     *
     * @throws IllegalArgumentException for a question the table does not know (a new question in
     *                                  the rules needs a part before it can be asked)
     */
    static Optional<WizardPart> of(WizardStep step) {
        return switch (step.kind()) {
            case WELCOME, RESULT -> Optional.empty();
            case REVIEW -> Optional.of(REVIEW);
            case QUESTIONS -> {
                String first = step.questionIds().get(0);
                yield Optional.of(ofQuestion(first).orElseThrow(
                        () -> new IllegalArgumentException("no progress part for question " + first)));
            }
        };
    }

    /** 1 for the first part, 5 for Review. */
    public int number() {
        return ordinal() + 1;
    }

    /** How many parts there are. */
    public static int count() {
        return values().length;
    }
}
