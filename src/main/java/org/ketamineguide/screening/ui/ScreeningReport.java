package org.ketamineguide.screening.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Source;
import org.ketamineguide.content.Topic;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.screening.Finding;
import org.ketamineguide.screening.Question;
import org.ketamineguide.screening.ScreeningResult;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.Section;
import org.ketamineguide.screening.SummaryNote;
import org.ketamineguide.screening.Suitability;
import org.ketamineguide.screening.Treatment;
import org.ketamineguide.ui.Messages;

/**
 * Turns a screening result into the words the result page and the print-out show: per treatment
 * a suitability in plain words and its findings, with topic links and, for the counselor view,
 * the rule and source behind each. Reads source titles from the content. Plain Java; immutable.
 */
public final class ScreeningReport {

    /** A link to a topic page. */
    public record TopicLink(String topicId, String text) {
    }

    /** One finding in plain words, plus what a counselor needs to see. */
    public record FindingLine(String explanation, TopicLink link, String answered, String rule, String source) {
    }

    /** What the screening says about one treatment. */
    public record TreatmentPart(String treatmentId, String name, Suitability suitability, String headline,
                                String meaning, List<FindingLine> findings) {
    }

    /** A piece of information that is not a finding. */
    public record NoteLine(String text, TopicLink link) {
    }

    /** Everything the result page shows, in order. */
    public record Report(boolean urgent, boolean support, Optional<String> phq9Score, Optional<String> phq9Meaning,
                         List<TreatmentPart> treatments, List<NoteLine> notes, List<String> askClinician,
                         List<String> unanswered, List<String> notAsked) {
    }

    private final ScreeningRules rules;
    private final Messages messages;
    private final Optional<ContentRepository> content;

    public ScreeningReport(ScreeningRules rules, Messages messages, Optional<ContentRepository> content) {
        this.rules = rules;
        this.messages = messages;
        this.content = content;
    }

    /**
     * The report of a result.
     *
     * @param shown       the questions the wizard asks with these answers (the rest are "not asked")
     * @param myQuestions the questions the person collected while reading topics
     */
    public Report report(ScreeningResult result, Set<String> shown, List<String> myQuestions) {
        List<TreatmentPart> parts = new ArrayList<>();
        Set<String> asks = new LinkedHashSet<>();
        for (Treatment t : rules.treatments()) {
            Suitability s = result.suitability(t.id());
            List<FindingLine> lines = new ArrayList<>();
            for (Finding f : result.findings(t.id())) {
                lines.add(new FindingLine(f.explanation(), link(f.topicId()), answered(f.questionId(), f.optionId()),
                        f.rule(), citation(f.sourceId())));
                f.ask().ifPresent(asks::add);
            }
            parts.add(new TreatmentPart(t.id(), t.name(), s, messages.get("screening.suitability." + s.name()),
                    messages.get("screening.suitabilityText." + s.name()), lines));
        }
        List<NoteLine> notes = new ArrayList<>();
        for (SummaryNote n : result.notes()) {
            notes.add(new NoteLine(n.text(), link(n.topicId())));
        }
        asks.add(messages.get("screening.ask.fit"));
        asks.add(messages.get("screening.ask.sideEffects"));
        asks.add(messages.get("screening.ask.working"));
        asks.add(messages.get("screening.ask.cost"));
        asks.addAll(myQuestions);
        List<String> unanswered = new ArrayList<>();
        List<String> notAsked = new ArrayList<>();
        for (String id : result.unanswered()) {
            (shown.contains(id) ? unanswered : notAsked).add(rules.question(id).summary());
        }
        Optional<String> score = result.phq9Score().isPresent()
                ? Optional.of(messages.format("screening.phq9.score", result.phq9Score().getAsInt(),
                messages.get("screening.band." + result.phq9Band().orElseThrow())))
                : Optional.empty();
        Optional<String> meaning = result.phq9Band().map(b -> messages.get("screening.bandText." + b));
        return new Report(result.urgent(), result.support(), score, meaning, parts, notes, List.copyOf(asks),
                unanswered, notAsked);
    }

    /** The link to a topic, named by its title once the topic exists. */
    public TopicLink link(String topicId) {
        return new TopicLink(topicId, content.flatMap(c -> c.topic(topicId)).map(Topic::title)
                .map(title -> messages.format("screening.result.readTopic", title))
                .orElse(messages.get("screening.result.readMore")));
    }

    /** "Question: answer" in the words the person saw. */
    public String answered(String questionId, String optionId) {
        Question q = rules.question(questionId);
        return messages.format("screening.answered", q.summary(), q.option(optionId).orElseThrow().label());
    }

    /** The source's title, publisher and year, or its id when the content does not have it. */
    public String citation(String sourceId) {
        return content.flatMap(c -> c.source(sourceId))
                .map((Source s) -> messages.format("screening.source", s.title(), s.publisher(), s.year()))
                .orElse(messages.format("screening.source.id", sourceId));
    }

    /** The summary to print or save as a PDF: one or two pages. */
    public PrintDocument document(PrintDocument.Builder doc, Report report, Map<String, String> answers,
                                  boolean counselor) {
        if (report.urgent()) {
            doc.heading(messages.get("screening.urgent.title")).paragraph(messages.get("screening.urgent.text"));
        } else if (report.support()) {
            doc.heading(messages.get("screening.support.title")).paragraph(messages.get("screening.support.text"));
        }
        report.phq9Score().ifPresent(s -> doc.heading(messages.get("screening.phq9.heading")).paragraph(s
                + " " + report.phq9Meaning().orElse("") + " " + messages.get("screening.phq9.notDiagnosis")));
        for (TreatmentPart part : report.treatments()) {
            doc.heading(part.name()).subheading(part.headline()).paragraph(part.meaning());
            List<String> items = new ArrayList<>();
            for (FindingLine f : part.findings()) {
                items.add(counselor ? f.explanation() + " (" + f.answered() + ". " + f.rule() + " " + f.source() + ")"
                        : f.explanation() + " (" + f.answered() + ")");
            }
            doc.bullets(items);
        }
        if (!report.notes().isEmpty()) {
            doc.heading(messages.get("screening.notes.heading"))
                    .bullets(report.notes().stream().map(NoteLine::text).toList());
        }
        doc.heading(messages.get("screening.ask.heading")).bullets(report.askClinician());
        doc.heading(messages.get("screening.other.heading")).paragraph(messages.get("screening.other.text"));
        doc.heading(messages.get("screening.answers.heading"));
        List<List<String>> rows = new ArrayList<>();
        for (Section section : rules.sections()) {
            for (Question q : section.questions()) {
                String answer = answers.get(q.id());
                if (answer != null) {
                    rows.add(List.of(q.summary(), q.option(answer).orElseThrow().label()));
                }
            }
        }
        doc.table(List.of(messages.get("screening.answers.question"), messages.get("screening.answers.answer")), rows);
        if (!report.unanswered().isEmpty()) {
            doc.note(messages.format("screening.unanswered.list", String.join("; ", report.unanswered())));
        }
        if (answers.keySet().stream().anyMatch(rules.phq9Items()::contains)) {
            doc.note(rules.question(rules.phq9Items().get(0)).attribution().orElse(""));
        }
        return doc.build();
    }
}
