package org.ketamineguide.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ketamineguide.content.Source;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.print.PrintDocument;

/**
 * "My decision guide": the one- or two-page print-out a person takes to their clinician. It states
 * the decision, what matters to them, how each option stands on it, where they stand (the option
 * they lean towards and their SURE answers), their questions, the sources and the date the numbers
 * were checked. Plain Java; immutable.
 */
public final class DecisionGuide {

    private final Messages messages;
    private final DecisionContent content;
    private final Function<String, Optional<Source>> sources;

    public DecisionGuide(Messages messages, DecisionContent content, Function<String, Optional<Source>> sources) {
        this.messages = messages;
        this.content = content;
        this.sources = sources;
    }

    /**
     * Fills a document (made by the print service, with its date and footer) with the guide.
     *
     * @param myQuestions questions collected on other screens ("My questions"), added after the person's own
     */
    public PrintDocument document(PrintDocument.Builder doc, DecisionRecord record, List<String> myQuestions) {
        doc.heading(messages.get("decision.guide.decision.heading"));
        doc.paragraph(messages.get("decision.statement"));

        doc.heading(messages.get("decision.guide.values.heading"));
        List<String> values = new ArrayList<>();
        for (Factor f : Factor.values()) {
            Importance i = record.ratings().get(f);
            if (i != null) {
                values.add(messages.format("decision.guide.values.line", factorName(f), importanceName(i)));
            }
        }
        if (!record.otherFactor().isEmpty()) {
            values.add(messages.format("decision.guide.values.other", record.otherFactor()));
        }
        if (values.isEmpty()) {
            doc.paragraph(messages.get("decision.guide.values.none"));
        } else {
            doc.bullets(values);
        }
        doc.heading(messages.get("decision.guide.stand.heading"));
        doc.paragraph(leaning(record));
        List<List<String>> sure = new ArrayList<>();
        for (SureQuestion q : SureQuestion.values()) {
            Boolean answer = record.sure().get(q);
            sure.add(List.of(messages.get("decision.sure." + q.id()), messages.get(answer == null
                    ? "decision.guide.sure.unanswered" : answer ? "decision.sure.yes" : "decision.sure.no")));
        }
        doc.table(List.of(messages.get("decision.guide.sure.question"), messages.get("decision.guide.sure.answer")),
                sure);
        doc.paragraph(messages.get(record.allSure() ? "decision.sure.allYes" : "decision.sure.someNo"));
        doc.note(messages.get("decision.sure.credit"));

        doc.heading(messages.get("decision.guide.questions.heading"));
        LinkedHashSet<String> questions = new LinkedHashSet<>(record.questions());
        questions.addAll(myQuestions);
        if (questions.isEmpty()) {
            doc.paragraph(messages.get("decision.guide.questions.none"));
        } else {
            doc.bullets(List.copyOf(questions));
        }

        ValuesTable table = ValuesTable.of(content, record.ratings());
        if (!table.isEmpty()) {
            doc.subheading(messages.get("decision.guide.table.heading." + table.level().orElseThrow().id()));
            for (ValuesTable.Row row : table.rows()) {
                doc.table(List.of(messages.get("decision.guide.table.option"), factorName(row.factor())), row.cells().stream()
                        .map(c -> List.of(c.optionName(), c.text())).toList());
            }
        }

        doc.heading(messages.get("decision.guide.sources.heading"));
        // the numbers' sources; every other source is listed on the About screen
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        content.outcomes().forEach(o -> ids.addAll(o.sourceIds()));
        ids.add(SURE_SOURCE);
        // one small-print block with the sources run together (numbered), so the guide stays within two pages
        List<String> cited = new ArrayList<>();
        for (String id : ids) {
            sources.apply(id).ifPresent(s -> cited.add("[" + (cited.size() + 1) + "] " + s.title().replaceAll("\\.$", "") + ". "
                    + s.publisher() + ", " + s.year() + "."));
        }
        doc.note(String.join("  ", cited));
        doc.note(messages.get("decision.guide.sources.more") + " "
                + messages.format("decision.guide.checked", messages.date(content.lastReviewed())));
        return doc.build();
    }

    /** A short, plain account of what the guide will hold, shown before printing. */
    public String summary(DecisionRecord record, int collectedQuestions) {
        long marked = record.ratings().values().stream().filter(i -> i != Importance.NOT).count();
        int questions = new LinkedHashSet<>(record.questions()).size() + collectedQuestions;
        return messages.format("decision.guide.summary", marked, leaning(record), record.sure().size(), questions);
    }

    /** The source id of the SURE test, cited wherever its questions appear. */
    public static final String SURE_SOURCE = "legare-2010-sure";

    public String factorName(Factor f) {
        return messages.get("decision.factor." + f.id());
    }

    public String importanceName(Importance i) {
        return messages.get("decision.importance." + i.id());
    }

    /** "I lean towards: ECT", "I am not sure yet", or "I have not chosen yet". */
    public String leaning(DecisionRecord record) {
        if (record.leaning().isEmpty()) {
            return messages.get("decision.guide.leaning.none");
        }
        String l = record.leaning().get();
        return l.equals(DecisionRecord.UNSURE) ? messages.get("decision.guide.leaning.unsure")
                : messages.format("decision.guide.leaning.option", content.name(l));
    }
}
