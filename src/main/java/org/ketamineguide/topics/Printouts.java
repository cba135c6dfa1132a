package org.ketamineguide.topics;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.ketamineguide.content.ComparisonTable;
import org.ketamineguide.content.Source;
import org.ketamineguide.content.Topic;
import org.ketamineguide.content.TopicSection;
import org.ketamineguide.content.Validity;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.print.PrintDocument;

/**
 * Turns a topic page, the comparison table and the user's questions into printable documents,
 * in the same order as the screen shows them. The caller supplies a builder that already carries
 * the title, date, disclaimer and crisis line ({@code PrintService.document}). Plain Java; immutable.
 */
public final class Printouts {

    private final Messages messages;
    private final Function<String, Source> sources;
    private final Function<String, String> topicTitles;
    private final Validity validity;

    /**
     * @param sources     finds a source by id
     * @param topicTitles finds a topic's title by id (for the related-topics list)
     */
    public Printouts(Messages messages, Function<String, Source> sources, Function<String, String> topicTitles) {
        this(messages, sources, topicTitles, new Validity(Clock.systemDefaultZone()));
    }

    /**
     * @param validity decides whether a section with an end date has passed it, so the printout
     *                 carries the same notice as the screen
     */
    public Printouts(Messages messages, Function<String, Source> sources, Function<String, String> topicTitles,
                     Validity validity) {
        this.validity = validity;
        this.messages = messages;
        this.sources = sources;
        this.topicTitles = topicTitles;
    }

    /** A topic page: summary, key points, sections with their source numbers, questions, related, sources. */
    public PrintDocument topic(PrintDocument.Builder doc, Topic topic) {
        SourceList numbered = SourceList.of(topic, sources);
        doc.paragraph(topic.summary());
        doc.heading(messages.get("topics.page.keyPoints")).bullets(topic.keyPoints());
        for (TopicSection section : topic.sections()) {
            doc.heading(section.heading());
            validity.ended(section).ifPresent(end -> doc.paragraph(
                    messages.format("topics.page.validUntil.ended", messages.date(end))));
            section.paragraphs().forEach(doc::paragraph);
            doc.bullets(section.bullets());
            section.optionalQuote().ifPresent(q -> doc.paragraph(messages.format("topics.page.quotePrint",
                    q.text(), numbered.number(q.source()), sources.apply(q.source()).title())));
            if (!section.sources().isEmpty()) {
                doc.note(messages.format(section.sources().size() == 1 ? "topics.page.sectionSource"
                        : "topics.page.sectionSources", numbered.numbers(section.sources())));
            }
        }
        doc.heading(messages.get("topics.page.questions")).bullets(topic.clinicianQuestions());
        if (!topic.related().isEmpty()) {
            doc.heading(messages.get("topics.page.related"))
                    .bullets(topic.related().stream().map(topicTitles).toList());
        }
        sourcesAndDate(doc, numbered, topic.lastReviewed());
        return doc.build();
    }

    /** The comparison: every cell with its source numbers, then the numbered sources. */
    public PrintDocument comparison(PrintDocument.Builder doc, ComparisonTable table) {
        SourceList numbered = SourceList.of(table, sources);
        doc.paragraph(table.intro());
        List<String> header = new java.util.ArrayList<>();
        header.add("");
        table.options().forEach(o -> header.add(o.title()));
        List<List<String>> rows = table.rows().stream().map(row -> {
            List<String> cells = new java.util.ArrayList<>();
            cells.add(row.label());
            for (ComparisonTable.Option option : table.options()) {
                ComparisonTable.Cell cell = row.cell(option.id()).orElseThrow();
                cells.add(messages.format(cell.sources().size() == 1 ? "topics.comparison.cellPrint"
                        : "topics.comparison.cellPrintMany", cell.text(), numbered.numbers(cell.sources())));
            }
            return cells;
        }).toList();
        doc.table(header, rows);
        sourcesAndDate(doc, numbered, table.lastReviewed());
        return doc.build();
    }

    /** The questions the user collected, to bring to a clinician. */
    public PrintDocument questions(PrintDocument.Builder doc, List<String> questions) {
        doc.paragraph(messages.get(questions.isEmpty() ? "topics.questions.empty" : "topics.questions.printIntro"));
        doc.bullets(questions);
        return doc.build();
    }

    private void sourcesAndDate(PrintDocument.Builder doc, SourceList numbered, java.time.LocalDate reviewed) {
        doc.heading(messages.get("topics.page.sources"));
        numbered.citations().forEach(doc::note);
        doc.note(messages.format("topics.page.reviewed", messages.date(reviewed)));
    }
}
