package org.ketamineguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A word or phrase explained in plain language.
 *
 * @param id         stable id
 * @param term       the word as shown in the glossary
 * @param forms      other spellings and word forms that should be marked in text (may be empty)
 * @param definition plain-language definition
 * @param sources    ids of sources that back the definition (may be empty for plain words)
 * @param validUntil the last day the definition is known to be true, or {@code null} when it has
 *                   no end date; see {@link Validity}
 */
public record GlossaryTerm(String id, String term, List<String> forms, String definition, List<String> sources,
                           LocalDate validUntil) {

    public GlossaryTerm {
        forms = List.copyOf(forms);
        sources = List.copyOf(sources);
    }

    /** A term with no end date. */
    public GlossaryTerm(String id, String term, List<String> forms, String definition, List<String> sources) {
        this(id, term, forms, definition, sources, null);
    }

    /** The term and every listed form, the term first. */
    public List<String> allForms() {
        var all = new java.util.ArrayList<String>();
        all.add(term);
        all.addAll(forms);
        return List.copyOf(all);
    }

    public Optional<LocalDate> optionalValidUntil() {
        return Optional.ofNullable(validUntil);
    }
}
