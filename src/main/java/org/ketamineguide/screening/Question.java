package org.ketamineguide.screening;

import java.util.List;
import java.util.Optional;

/**
 * One screening question, as the rules file defines it. Immutable.
 *
 * @param id          stable id
 * @param sectionId   the section it belongs to
 * @param text        the question in plain words (PHQ-9 items: the instrument's own words)
 * @param help        one more plain sentence under the question, or empty
 * @param stem        words shared by a run of questions (the PHQ-9 "Over the last 2 weeks..."), or empty
 * @param attribution a credit line shown with the question (the PHQ-9 authors), or empty
 * @param summary     a short label for the review list and print-outs
 * @param verbatim    true for items of a validated instrument, which are shown word for word
 * @param options     the answers, in the order shown
 * @param showWhen    asked only when this holds, or always when empty
 */
public record Question(String id, String sectionId, String text, Optional<String> help, Optional<String> stem,
                       Optional<String> attribution, String summary, boolean verbatim, List<Option> options,
                       Optional<Condition> showWhen) {

    public Question {
        options = List.copyOf(options);
    }

    /** The option with this id, if the question has one. */
    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
