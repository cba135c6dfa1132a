package org.ketamineguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One headed section of a topic page.
 *
 * @param heading    section heading
 * @param paragraphs the body, one string per paragraph
 * @param bullets    an optional list shown after the paragraphs (may be empty)
 * @param quote      optional word-for-word quotation, or {@code null}
 * @param sources    ids of the sources that back this section
 * @param validUntil the last day the section is known to be true (a rule with an end date), or
 *                   {@code null} when it has no end date; see {@link Validity}
 */
public record TopicSection(String heading, List<String> paragraphs, List<String> bullets, Quote quote,
                           List<String> sources, LocalDate validUntil) {

    public TopicSection {
        paragraphs = List.copyOf(paragraphs);
        bullets = List.copyOf(bullets);
        sources = List.copyOf(sources);
    }

    /** A section with no end date. */
    public TopicSection(String heading, List<String> paragraphs, List<String> bullets, Quote quote,
                        List<String> sources) {
        this(heading, paragraphs, bullets, quote, sources, null);
    }

    public Optional<Quote> optionalQuote() {
        return Optional.ofNullable(quote);
    }

    public Optional<LocalDate> optionalValidUntil() {
        return Optional.ofNullable(validUntil);
    }
}
