package org.ketamineguide.screening;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the findings table: when a question has one of the listed answers, each listed
 * treatment gets a suitability and its own words. Immutable.
 *
 * @param id          stable id of the row
 * @param questionId  the question
 * @param optionIds   the answers that trigger it
 * @param topicId     the topic that explains it
 * @param ask         a question the person could ask their clinician, or empty
 * @param effects     per treatment id, what the row does; treatments not listed are not affected
 */
public record FindingRule(String id, String questionId, Set<String> optionIds, String topicId, Optional<String> ask,
                          Map<String, Effect> effects) {

    public FindingRule {
        optionIds = Set.copyOf(optionIds);
        effects = Map.copyOf(effects);
    }

    /**
     * What a finding does to one treatment.
     *
     * @param suitability the suitability it gives
     * @param sourceId    the source (in {@code sources.json}) the rule rests on
     * @param rule        the rule in a clinician's words, for the counselor view
     * @param explanation what it means for this treatment, in plain words; it says only what this
     *                    treatment's source says, so one treatment's card never shows another's text
     */
    public record Effect(Suitability suitability, String sourceId, String rule, String explanation) {
    }
}
