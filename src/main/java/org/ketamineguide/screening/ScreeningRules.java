package org.ketamineguide.screening;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.json.JsonFields;

/**
 * The screening rules shipped in {@code content/en/screening-rules.json}: the questions, when
 * each is asked, the findings table, the PHQ-9 scoring and the urgent and support rules. The
 * engine knows no question by name; everything it does comes from the file. Loaded and checked
 * once, then immutable and safe on any thread. Plain Java.
 */
public final class ScreeningRules {
    /** The rules file, relative to the bundled content folder. */
    public static final String FILE = "screening-rules.json";
    static final String SOURCES_FILE = "sources.json";

    /** The PHQ-9 items, in order, and the severity bands of their total. */
    record Phq9(List<String> items, List<Band> bands) {
        Phq9 {
            items = List.copyOf(items);
            bands = List.copyOf(bands);
        }
    }

    /** A PHQ-9 severity band, from {@code min} to {@code max} points inclusive. */
    record Band(String id, int min, int max) {
    }

    /** An answer that adds information to the summary without being a finding. */
    record NoteRule(Condition when, String text, String topicId, Optional<String> sourceId) {
    }

    private final String version;
    private final List<Treatment> treatments;
    private final Map<Treatment, String> treatmentNames;
    private final List<Section> sections;
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Phq9 phq9;
    private final List<Condition> urgentWhen;
    private final List<Condition> supportWhen;
    private final List<String> urgentSources;
    private final List<String> supportSources;
    private final List<FindingRule> findings;
    private final List<NoteRule> notes;

    ScreeningRules(String version, Map<Treatment, String> treatmentNames, List<Section> sections, Phq9 phq9,
                   List<Condition> urgentWhen, List<Condition> supportWhen, List<String> urgentSources,
                   List<String> supportSources, List<FindingRule> findings, List<NoteRule> notes) {
        this.version = version;
        this.treatments = List.copyOf(treatmentNames.keySet());
        this.treatmentNames = Map.copyOf(treatmentNames);
        this.sections = List.copyOf(sections);
        sections.forEach(s -> s.questions().forEach(q -> questions.put(q.id(), q)));
        this.phq9 = phq9;
        this.urgentWhen = List.copyOf(urgentWhen);
        this.supportWhen = List.copyOf(supportWhen);
        this.urgentSources = List.copyOf(urgentSources);
        this.supportSources = List.copyOf(supportSources);
        this.findings = List.copyOf(findings);
        this.notes = List.copyOf(notes);
    }

    /**
     * The rules shipped in the app's resources, checked against the bundled {@code sources.json}.
     *
     * @throws ContentException naming the file, item and field of the first problem found
     */
    public static ScreeningRules bundled() {
        ContentFiles files = ContentFiles.bundled();
        return load(FILE, files.read(FILE), sourceIds(files.read(SOURCES_FILE)));
    }

    /**
     * Reads and checks a rules file.
     *
     * @param fileName  the name to use in problem messages
     * @param json      the file's text
     * @param sourceIds the ids a finding may cite
     * @throws ContentException naming the file, item and field of the first problem found
     */
    public static ScreeningRules load(String fileName, String json, Set<String> sourceIds) {
        return new RulesReader(fileName, json, sourceIds).read();
    }

    /**
     * The ids of every source in a {@code sources.json} text.
     *
     * @throws ContentException naming the field when the text holds no list of sources with ids
     */
    public static Set<String> sourceIds(String sourcesJson) {
        Set<String> ids = new HashSet<>();
        for (JsonFields source : ContentFiles.json(SOURCES_FILE).parse(sourcesJson).objects("sources", true)) {
            ids.add(source.text("id"));
        }
        return ids;
    }

    /** Reads the rules file from a stream (for tools), within the content size limit; see {@link #load}. */
    public static ScreeningRules load(String fileName, InputStream in, Set<String> sourceIds) throws IOException {
        return load(fileName, ContentFiles.json(fileName).readText(in), sourceIds);
    }

    /**
     * Applies the rules to exactly the answers given (question id to option id). Hiding questions
     * and removing answers to hidden questions is the wizard's job, so a safety answer counts even
     * when the safety section would not have been shown.
     *
     * @throws IllegalArgumentException naming the question or option when an id is unknown
     */
    public ScreeningResult evaluate(Map<String, String> answers) {
        checkAnswers(answers);
        Map<String, String> ordered = new LinkedHashMap<>();
        List<String> unanswered = new ArrayList<>();
        for (String id : questions.keySet()) {
            if (answers.containsKey(id)) {
                ordered.put(id, answers.get(id));
            } else {
                unanswered.add(id);
            }
        }
        Map<String, List<Finding>> byTreatment = new LinkedHashMap<>();
        treatments.forEach(t -> byTreatment.put(t.id(), new ArrayList<>()));
        for (FindingRule rule : findings) {
            String answer = ordered.get(rule.questionId());
            if (answer == null || !rule.optionIds().contains(answer)) {
                continue;
            }
            for (Treatment t : treatments) {
                FindingRule.Effect effect = rule.effects().get(t.id());
                if (effect != null) {
                    byTreatment.get(t.id()).add(new Finding(rule.id(), t.id(), rule.questionId(), answer,
                            effect.suitability(), effect.explanation(), rule.topicId(), effect.sourceId(),
                            effect.rule(), rule.ask()));
                }
            }
        }
        OptionalInt score = phq9Score(ordered);
        Optional<String> band = score.isPresent() ? band(score.getAsInt()) : Optional.empty();
        boolean urgent = urgentWhen.stream().anyMatch(c -> c.test(ordered));
        boolean support = !urgent && supportWhen.stream().anyMatch(c -> c.test(ordered));
        List<SummaryNote> summaryNotes = new ArrayList<>();
        for (NoteRule n : notes) {
            if (n.when().test(ordered)) {
                summaryNotes.add(new SummaryNote(n.when().questionId(), ordered.get(n.when().questionId()), n.text(),
                        n.topicId(), n.sourceId()));
            }
        }
        return new ScreeningResult(ordered, urgent, support, score, band, byTreatment, unanswered, summaryNotes);
    }

    /**
     * Checks that every question id and option id is known.
     *
     * @throws IllegalArgumentException naming the first unknown question or option
     */
    public void checkAnswers(Map<String, String> answers) {
        for (Map.Entry<String, String> e : answers.entrySet()) {
            Question q = questions.get(e.getKey());
            if (q == null) {
                throw new IllegalArgumentException("unknown question id: '" + e.getKey() + "'");
            }
            if (e.getValue() == null || q.option(e.getValue()).isEmpty()) {
                throw new IllegalArgumentException("unknown option id '" + e.getValue() + "' for question '"
                        + e.getKey() + "'");
            }
        }
    }

    /**
     * Whether the wizard asks a question, given the answers so far and the sections a counselor
     * opened by hand.
     */
    public boolean isShown(String questionId, Map<String, String> answers, Set<String> openedSections) {
        Question q = question(questionId);
        Section s = section(q.sectionId());
        boolean sectionShown = s.showWhen().map(c -> c.test(answers)).orElse(true)
                || (s.counselorCanOpen() && openedSections.contains(s.id()));
        return sectionShown && q.showWhen().map(c -> c.test(answers)).orElse(true);
    }

    /** The answers without those to questions the wizard would not ask. */
    public Map<String, String> withoutHidden(Map<String, String> answers, Set<String> openedSections) {
        // show-when rules only look at earlier questions, so one pass in order is enough
        Map<String, String> kept = new LinkedHashMap<>();
        for (String id : questions.keySet()) {
            if (answers.containsKey(id) && isShown(id, kept, openedSections)) {
                kept.put(id, answers.get(id));
            }
        }
        return kept;
    }

    /** True when this answer on its own meets an urgent rule. */
    public boolean isUrgentAnswer(String questionId, String optionId) {
        return urgentWhen.stream().anyMatch(c -> c.questionId().equals(questionId) && c.optionIds().contains(optionId));
    }

    /** True when this answer on its own meets a support rule (the 988 message). */
    public boolean isSupportAnswer(String questionId, String optionId) {
        return supportWhen.stream().anyMatch(c -> c.questionId().equals(questionId) && c.optionIds().contains(optionId));
    }

    /**
     * The questions whose answers say whether a person is safe, in wizard order: those the urgent
     * and support rules read, and those of any section that only shows when a safety answer calls
     * for it (the safety questions).
     */
    public List<String> safetyQuestionIds() {
        Set<String> ids = new java.util.HashSet<>();
        urgentWhen.forEach(c -> ids.add(c.questionId()));
        supportWhen.forEach(c -> ids.add(c.questionId()));
        sections.stream().filter(Section::counselorCanOpen).forEach(s -> s.questions().forEach(q -> ids.add(q.id())));
        return questions.keySet().stream().filter(ids::contains).toList();
    }

    /** The sources behind the urgent rules (when to send a person to help at once). */
    public List<String> urgentSourceIds() {
        return urgentSources;
    }

    /** The sources behind the support rules (when to show the 988 message). */
    public List<String> supportSourceIds() {
        return supportSources;
    }

    public String version() {
        return version;
    }

    /** The treatments the rules speak about, in the order the result shows them. */
    public List<Treatment> treatments() {
        return treatments;
    }

    /** The name the rules give a treatment ("Esketamine nasal spray (Spravato)"). */
    public String treatmentName(Treatment treatment) {
        return treatmentName(treatment.id());
    }

    /**
     * The name the rules give the treatment with this id.
     *
     * @throws IllegalArgumentException naming the id when the rules do not speak about such a treatment
     */
    public String treatmentName(String id) {
        return Treatment.fromId(id).map(treatmentNames::get)
                .orElseThrow(() -> new IllegalArgumentException("unknown treatment id: '" + id + "'"));
    }

    public List<Section> sections() {
        return sections;
    }

    /**
     * @throws IllegalArgumentException naming the id when the section is unknown
     */
    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown section id: '" + id + "'"));
    }

    /** Every question, in wizard order. */
    public Collection<Question> questions() {
        return questions.values();
    }

    /**
     * @throws IllegalArgumentException naming the id when the question is unknown
     */
    public Question question(String id) {
        Question q = questions.get(id);
        if (q == null) {
            throw new IllegalArgumentException("unknown question id: '" + id + "'");
        }
        return q;
    }

    /** The findings table, in order. */
    public List<FindingRule> findingRules() {
        return findings;
    }

    /** The ids of the PHQ-9 items, in order. */
    public List<String> phq9Items() {
        return phq9.items();
    }

    /** The ids of the PHQ-9 bands, from lowest to highest. */
    public List<String> phq9Bands() {
        return phq9.bands().stream().map(Band::id).toList();
    }

    private OptionalInt phq9Score(Map<String, String> answers) {
        int total = 0;
        for (String item : phq9.items()) {
            String answer = answers.get(item);
            if (answer == null) {
                return OptionalInt.empty();
            }
            total += questions.get(item).option(answer).orElseThrow().score().orElseThrow();
        }
        return OptionalInt.of(total);
    }

    private Optional<String> band(int score) {
        return phq9.bands().stream().filter(b -> score >= b.min() && score <= b.max()).map(Band::id).findFirst();
    }
}
