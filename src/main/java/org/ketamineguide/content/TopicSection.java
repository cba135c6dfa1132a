package org.ketamineguide.content;

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
 */
public record TopicSection(String heading, List<String> paragraphs, List<String> bullets, Quote quote,
                           List<String> sources) {

    public TopicSection {
        paragraphs = List.copyOf(paragraphs);
        bullets = List.copyOf(bullets);
        sources = List.copyOf(sources);
    }

    public Optional<Quote> optionalQuote() {
        return Optional.ofNullable(quote);
    }
}
