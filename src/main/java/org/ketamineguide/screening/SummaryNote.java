package org.ketamineguide.screening;

/**
 * Information for the summary that an answer brings up without being a finding (for example, age
 * 65 or older). Immutable.
 *
 * @param questionId the question answered
 * @param optionId   the answer given
 * @param text       what to tell the person, in plain words
 * @param topicId    the topic that explains it
 * @param sourceId   the source that backs the text, when it makes a medical claim
 */
public record SummaryNote(String questionId, String optionId, String text, String topicId,
                          java.util.Optional<String> sourceId) {
}
