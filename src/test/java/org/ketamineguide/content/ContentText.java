package org.ketamineguide.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Collects the reader-facing text of content items, for the content tests. */
final class ContentText {

    private ContentText() {
    }

    /** Every piece of text a reader sees on a topic page, quotes included. */
    static List<String> of(Topic topic) {
        List<String> parts = new ArrayList<>();
        parts.add(topic.title());
        parts.add(topic.summary());
        parts.addAll(topic.keyPoints());
        for (TopicSection section : topic.sections()) {
            parts.add(section.heading());
            parts.addAll(section.paragraphs());
            parts.addAll(section.bullets());
            section.optionalQuote().ifPresent(q -> parts.add(q.text()));
        }
        parts.addAll(topic.clinicianQuestions());
        return parts;
    }

    /** The body of a section as the readability limit sees it: paragraphs, then bullets. */
    static String body(TopicSection section) {
        List<String> parts = new ArrayList<>(section.paragraphs());
        parts.addAll(section.bullets());
        return String.join(" ", parts);
    }

    /** Every piece of reader-facing text in the comparison table. */
    static List<String> of(ComparisonTable table) {
        List<String> parts = new ArrayList<>();
        parts.add(table.title());
        parts.add(table.intro());
        table.options().forEach(o -> parts.add(o.title()));
        for (ComparisonTable.Row row : table.rows()) {
            parts.add(row.label());
            row.cells().forEach(c -> parts.add(c.text()));
        }
        return parts;
    }

    /**
     * True when {@code phrase} occurs in {@code text} as a whole word or words, ignoring case: not as
     * part of a longer word ("infusion" is not found in "infusions").
     */
    static boolean containsWord(String text, String phrase) {
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(text).find();
    }

    /** True when {@code fragment} occurs anywhere in {@code text}, ignoring case. */
    static boolean containsIgnoringCase(String text, String fragment) {
        return text.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
    }
}
