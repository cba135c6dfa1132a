package org.ketamineguide.screening;

import java.util.Optional;

/**
 * A finding that applied to one treatment in one screening: which answer triggered which rule,
 * and where the rule comes from. Immutable.
 *
 * @param ruleId      the id of the findings-table row
 * @param treatmentId the treatment it is about
 * @param questionId  the question answered
 * @param optionId    the answer given
 * @param suitability the suitability this finding gives the treatment
 * @param explanation what it means, in plain words
 * @param topicId     the topic that explains it
 * @param sourceId    the source the rule rests on
 * @param rule        the rule in a clinician's words
 * @param ask         a question for the clinician, or empty
 */
public record Finding(String ruleId, String treatmentId, String questionId, String optionId, Suitability suitability,
                      String explanation, String topicId, String sourceId, String rule, Optional<String> ask) {
}
