package org.ketamineguide.screening.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    public record FindingLine(String ruleId, String explanation, TopicLink link, String answered, String rule,
                              String source) {
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
                lines.add(new FindingLine(f.ruleId(), f.explanation(), link(f.topicId()),
                        answered(f.questionId(), f.optionId()), f.rule(), citation(f.sourceId())));
                f.ask().ifPresent(asks::add);
            }
            String headline = "screening.suitability." + s.name();
            String meaning = "screening.suitabilityText." + s.name();
            parts.add(new TreatmentPart(t.id(), t.name(), s, messages.get(headline), messages.get(meaning), lines));
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
        Optional<String> score = Optional.empty();
        Optional<String> meaning = Optional.empty();
        if (result.phq9Band().isPresent()) {
            String band = "screening.band." + result.phq9Band().get();
            String bandText = "screening.bandText." + result.phq9Band().get();
            score = Optional.of(messages.format("screening.phq9.score", result.phq9Score().getAsInt(),
                    messages.get(band)));
            meaning = Optional.of(messages.get(bandText));
        }
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
        doc.heading(messages.get("screening.print.suggest"));
        doc.table(List.of(messages.get("screening.print.treatment"), messages.get("screening.print.meaning")),
                report.treatments().stream().map(t -> List.of(t.name(), t.headline() + ". " + t.meaning())).toList());
        // a finding that applies to both treatments is listed once
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        Map<String, List<String>> detail = new LinkedHashMap<>();
        Map<String, FindingLine> first = new LinkedHashMap<>();
        for (TreatmentPart part : report.treatments()) {
            for (FindingLine f : part.findings()) {
                first.putIfAbsent(f.ruleId(), f);
                byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(part.name());
                detail.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f.rule() + " " + f.source());
            }
        }
        if (!first.isEmpty()) {
            List<String> items = new ArrayList<>();
            first.forEach((id, f) -> {
                String who = byRule.get(id).size() == report.treatments().size() ? ""
                        : " " + messages.format("screening.print.only", String.join(", ", byRule.get(id)));
                String more = counselor ? " " + String.join(" ", detail.get(id)) : "";
                items.add(f.explanation() + " (" + f.answered() + ")" + who + more);
            });
            doc.subheading(messages.get("screening.result.why")).bullets(items);
        }
        report.phq9Score().ifPresent(s -> doc.heading(messages.get("screening.phq9.heading")).paragraph(s
                + " " + report.phq9Meaning().orElse("") + " " + messages.get("screening.phq9.notDiagnosis")));
        if (!report.notes().isEmpty()) {
            doc.heading(messages.get("screening.notes.heading"))
                    .bullets(report.notes().stream().map(NoteLine::text).toList());
        }
        doc.heading(messages.get("screening.ask.heading")).bullets(report.askClinician());
        doc.heading(messages.get("screening.other.heading")).paragraph(messages.get("screening.other.text"));
        answersTable(doc, answers);
        if (!report.unanswered().isEmpty()) {
            doc.note(messages.format("screening.unanswered.list", String.join("; ", report.unanswered())));
        }
        return doc.build();
    }

    /** The answers in two pairs of columns, with the PHQ-9 items as one row of points. */
    private void answersTable(PrintDocument.Builder doc, Map<String, String> answers) {
        doc.heading(messages.get("screening.answers.heading"));
        List<String> cells = new ArrayList<>();
        for (Question q : rules.questions()) {
            String answer = answers.get(q.id());
            if (answer != null && !rules.phq9Items().contains(q.id())) {
                cells.add(q.summary());
                cells.add(q.option(answer).orElseThrow().label());
            }
        }
        if (cells.size() % 4 != 0) {
            cells.add("");
            cells.add("");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i += 4) {
            rows.add(cells.subList(i, i + 4));
        }
        String q = messages.get("screening.answers.question");
        String a = messages.get("screening.answers.answer");
        if (!rows.isEmpty()) {
            doc.table(List.of(q, a, q, a), rows);
        }
        List<String> items = rules.phq9Items();
        if (items.stream().anyMatch(answers::containsKey)) {
            List<String> header = new ArrayList<>(List.of(messages.get("screening.print.phq9Item")));
            List<String> points = new ArrayList<>(List.of(messages.get("screening.print.phq9Points")));
            for (int i = 0; i < items.size(); i++) {
                header.add(String.valueOf(i + 1));
                String answer = answers.get(items.get(i));
                points.add(answer == null ? "-" : String.valueOf(rules.question(items.get(i)).option(answer)
                        .orElseThrow().score().orElse(0)));
            }
            doc.table(header, List.of(points));
            Question item = rules.question(items.get(0));
            doc.note(messages.format("screening.print.phq9Key", String.join(", ", item.options().stream()
                    .map(o -> o.score().orElse(0) + " = " + o.label()).toList())) + " "
                    + item.attribution().orElse(""));
        }
    }
}
