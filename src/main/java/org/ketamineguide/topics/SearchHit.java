package org.ketamineguide.topics;

import java.util.List;

/**
 * One search result: a topic page or a glossary term, with the words that matched marked in its
 * title and in a short piece of text from where it matched. Immutable.
 *
 * @param kind         a topic page or a glossary term
 * @param id           the topic id or glossary term id
 * @param title        the topic title or the glossary term
 * @param titleSpans   the matched words in the title
 * @param context      the heading of the section the snippet comes from, or empty
 * @param snippet      a short piece of text around the best match (the summary when only the title matched)
 * @param snippetSpans the matched words in the snippet
 */
public record SearchHit(Kind kind, String id, String title, List<Span> titleSpans, String context, String snippet,
                        List<Span> snippetSpans) {

    /** What a result leads to. */
    public enum Kind { TOPIC, GLOSSARY }

    public SearchHit {
        titleSpans = List.copyOf(titleSpans);
        snippetSpans = List.copyOf(snippetSpans);
        context = context == null ? "" : context;
    }
}
