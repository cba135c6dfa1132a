package org.ketamineguide.screening;

import java.util.Map;
import java.util.Set;

/**
 * "This question has one of these answers": used for show-when rules and for the urgent and
 * support rules. An unanswered question never meets a condition. Immutable.
 *
 * @param questionId the question whose answer is tested
 * @param optionIds  the answers that meet the condition
 */
public record Condition(String questionId, Set<String> optionIds) {

    public Condition {
        optionIds = Set.copyOf(optionIds);
    }

    /** True when the answers give the question one of the listed options. */
    public boolean test(Map<String, String> answers) {
        String answer = answers.get(questionId);
        return answer != null && optionIds.contains(answer);
    }
}
