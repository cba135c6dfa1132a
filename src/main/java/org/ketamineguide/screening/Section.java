package org.ketamineguide.screening;

import java.util.List;
import java.util.Optional;

/**
 * A group of questions the wizard asks together. Immutable.
 *
 * @param id               stable id
 * @param title            the heading shown to users
 * @param intro            a plain sentence that opens the section, or empty
 * @param showWhen         asked only when this holds (or a counselor opens it), or always when empty
 * @param counselorCanOpen true when a counselor may open the section even when its condition does not hold
 * @param questions        the questions, in order
 */
public record Section(String id, String title, Optional<String> intro, Optional<Condition> showWhen,
                      boolean counselorCanOpen, List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
    }
}
