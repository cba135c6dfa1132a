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
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.screening.Finding;
import org.ketamineguide.screening.Question;
import org.ketamineguide.screening.ScreeningResult;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.Suitability;
import org.ketamineguide.screening.SummaryNote;

/**
 * Turns a screening result into the words the result page and the print-out show: the safety
 * answers first when a person may be in danger, per treatment a suitability in plain words and its
 * findings, with topic links and, for the counselor view, the rule and source behind each. Reads
 * source titles from the content. Plain Java; immutable.
 */
public final class ScreeningReport {

    /** A link to a topic page. */
    public record TopicLink(String topicId, String text) {
    }

    /** One finding in plain words, plus what a counselor needs to see. */
    public record FindingLine(String ruleId, String explanation, TopicLink link, String answered, String rule,
                              String source) {
    }

    /**
     * What the screening says about one treatment.
     *
     * @param tone how the card is marked: the suitability in lower case, or {@code neutral} when the
     *             person may be in danger, so nothing on the page looks like an all-clear
     */
    public record TreatmentPart(String treatmentId, String name, Suitability suitability, String headline,
                                String meaning, String tone, List<FindingLine> findings) {
    }

    /**
     * One safety question and what was answered, for the box a counselor sees first.
     *
     * @param question the question in short
     * @param answer   the answer given, "Not asked" or "Not answered"
     * @param flag     why this answer matters ("Needs help now", "988 message"), or empty
     */
    public record SafetyLine(String question, String answer, String flag) {
    }

    /**
     * A piece of information that is not a finding.
     *
     * @param source the citation of the source behind it, or empty
     */
    public record NoteLine(String text, TopicLink link, String source) {
    }

    /**
     * Everything the result page shows, in order.
     *
     * @param safetyAnswers  the safety questions (PHQ-9 item 9 and the safety section) and their answers
     * @param safetySources  citations of the rules that decide urgent help and the 988 message
     */
    public record Report(boolean urgent, boolean support, List<SafetyLine> safetyAnswers,
                         List<String> safetySources, Optional<String> phq9Score, Optional<String> phq9Meaning,
                         List<TreatmentPart> treatments, List<NoteLine> notes, List<String> askClinician,
                         List<String> unanswered, List<String> notAsked) {

        /** True when the person may be in danger: the page opens with help and reassures no one. */
        public boolean safetyFirst() {
            return urgent || support;
        }
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
        boolean safetyFirst = result.urgent() || result.support();
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
            String meaning = messages.get("screening.suitabilityText." + s.name());
            String tone = s.name().toLowerCase(java.util.Locale.ROOT);
            if (safetyFirst && s == Suitability.POSSIBLE) {
                tone = "neutral";
                meaning = meaning + " " + messages.get("screening.suitabilityText.safetyFirst");
            }
            parts.add(new TreatmentPart(t.id(), rules.treatmentName(t), s, messages.get(headline), meaning, tone, lines));
        }
        List<NoteLine> notes = new ArrayList<>();
        for (SummaryNote n : result.notes()) {
            notes.add(new NoteLine(n.text(), link(n.topicId()), n.sourceId().map(this::citation).orElse("")));
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
        List<String> safetySources = new ArrayList<>();
        if (safetyFirst) {
            (result.urgent() ? rules.urgentSourceIds() : rules.supportSourceIds()).stream().map(this::citation)
                    .forEach(safetySources::add);
        }
        return new Report(result.urgent(), result.support(), safetyAnswers(result, shown), safetySources, score,
                meaning, parts, notes, List.copyOf(asks), unanswered, notAsked);
    }

    /** Every safety question with its answer, or why it has none. */
    private List<SafetyLine> safetyAnswers(ScreeningResult result, Set<String> shown) {
        List<SafetyLine> lines = new ArrayList<>();
        for (String id : rules.safetyQuestionIds()) {
            Question q = rules.question(id);
            String answer = result.answers().get(id);
            String text = answer != null ? q.option(answer).orElseThrow().label()
                    : messages.get(shown.contains(id) ? "screening.safety.notAnswered" : "screening.safety.notAsked");
            String flag = answer == null ? "" : rules.isUrgentAnswer(id, answer) ? messages.get("screening.safety.flagUrgent")
                    : rules.isSupportAnswer(id, answer) ? messages.get("screening.safety.flagSupport") : "";
            lines.add(new SafetyLine(q.summary(), text, flag));
        }
        return lines;
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

    /**
     * The summary to print or save as a PDF: one or two pages. When the person may be in danger it
     * opens with the help message and a table of the safety answers, before anything else.
     */
    public PrintDocument document(PrintDocument.Builder doc, Report report, Map<String, String> answers,
                                  boolean counselor) {
        if (report.safetyFirst()) {
            doc.heading(messages.get(report.urgent() ? "screening.urgent.title" : "screening.support.title"))
                    .paragraph(messages.get(report.urgent() ? "screening.urgent.text" : "screening.support.text"));
            doc.table(List.of(messages.get("screening.safety.heading"), messages.get("screening.answers.answer")),
                    report.safetyAnswers().stream().map(l -> List.of(l.question(), l.flag().isEmpty() ? l.answer()
                            : messages.format("screening.safety.answerFlagged", l.answer(), l.flag()))).toList());
            report.safetySources().forEach(doc::note);
        }
        doc.heading(messages.get("screening.print.suggest"));
        doc.table(List.of(messages.get("screening.print.treatment"), messages.get("screening.print.meaning")),
                report.treatments().stream().map(t -> List.of(t.name(), t.headline() + ". " + t.meaning())).toList());
        for (TreatmentPart part : report.treatments()) {
            if (part.findings().isEmpty()) {
                continue;
            }
            // each item keeps the plain words, the person's answer and the source on lines of their own
            List<String> items = new ArrayList<>();
            for (FindingLine f : part.findings()) {
                StringBuilder item = new StringBuilder(f.explanation());
                item.append('\n').append(messages.format("screening.print.youAnswered", f.answered()));
                if (counselor) {
                    item.append('\n').append(messages.format("screening.counselor.rule", f.rule()));
                }
                item.append('\n').append(f.source());
                items.add(item.toString());
            }
            doc.subheading(messages.format("screening.print.whyFor", part.name())).bullets(items);
        }
        report.phq9Score().ifPresent(s -> doc.heading(messages.get("screening.phq9.heading")).paragraph(s
                + " " + report.phq9Meaning().orElse("") + " " + messages.get("screening.phq9.notDiagnosis")));
        if (!report.notes().isEmpty()) {
            doc.heading(messages.get("screening.notes.heading"))
                    .bullets(report.notes().stream().map(n -> n.source().isEmpty() ? n.text()
                            : n.text() + "\n" + n.source()).toList());
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
