package org.ketamineguide.screening.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ketamineguide.screening.Option;
import org.ketamineguide.screening.Question;

/**
 * The one order in which the wizard shows a question's answers: the answers that say yes (or name
 * something) first, then the answer that says no, then the honest ways out ("I am not sure", "I
 * would rather not say", "This does not apply to me"). Within each group the rules file's order
 * (the specification's) stays, so scales (age, counts, the PHQ-9) keep theirs. The rules file keeps
 * the specification's order, which puts No first in two questions. Plain Java: any thread.
 */
final class AnswerOrder {
    /** Option ids that answer no. */
    static final Set<String> NO = Set.of("no", "none", "not_diagnosed");
    /** Option ids that let a person not answer the question itself. */
    static final Set<String> WAY_OUT = Set.of("unsure", "prefer_not", "not_applicable");

    private AnswerOrder() {
    }

    /** The question's answers in the order the wizard shows them. */
    static List<Option> shown(Question question) {
        return question.options().stream().sorted(Comparator.comparingInt(AnswerOrder::group)).toList();
    }

    private static int group(Option option) {
        return WAY_OUT.contains(option.id()) ? 2 : NO.contains(option.id()) ? 1 : 0;
    }
}
