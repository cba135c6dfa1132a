package org.ketamineguide.decision;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one person said while weighing their options: how much each factor matters, anything else
 * that matters in their own words, the option they lean towards, their SURE answers and the
 * questions they want to ask. Saved as ids (plus their own words), never as screen text. Plain
 * Java; immutable.
 *
 * @param ratings     how much each factor matters (factors not rated are absent)
 * @param otherFactor something else that matters, in the person's words ("" when none)
 * @param leaning     an option id, {@link #UNSURE}, or empty when not chosen
 * @param sure        the SURE answers given (true = yes)
 * @param questions   questions the person wrote on this screen
 */
public record DecisionRecord(Map<Factor, Importance> ratings, String otherFactor, Optional<String> leaning,
                             Map<SureQuestion, Boolean> sure, List<String> questions) {
    /** The leaning value for "I am not sure yet". */
    public static final String UNSURE = "unsure";

    public DecisionRecord {
        ratings = ratings.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ratings));
        otherFactor = otherFactor == null ? "" : otherFactor.strip();
        sure = sure.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(sure));
        questions = List.copyOf(questions);
    }

    /** A record with nothing in it. */
    public static DecisionRecord empty() {
        return new DecisionRecord(Map.of(), "", Optional.empty(), Map.of(), List.of());
    }

    public boolean isEmpty() {
        return ratings.isEmpty() && otherFactor.isEmpty() && leaning.isEmpty() && sure.isEmpty()
                && questions.isEmpty();
    }

    /** True when every SURE question was answered yes (the SURE test's "no conflict" result). */
    public boolean allSure() {
        return sure.size() == SureQuestion.values().length && sure.values().stream().allMatch(b -> b);
    }
}
