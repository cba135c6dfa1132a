package org.ketamineguide.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.json.JsonFields;

/**
 * Reads the screening rules file and checks it completely: every id unique, every reference
 * resolves, every option of every question is covered by a finding or marked "no finding", every
 * finding names a topic and a known source. The first problem stops loading with a
 * {@link org.ketamineguide.content.ContentException} naming file, item and field.
 */
final class RulesReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[_-][a-z0-9]+)*");

    private final Set<String> sourceIds;
    private final JsonFields root;
    /** The treatments the file speaks about, in its order, by id, with the name it gives each. */
    private final Map<String, Treatment> treatments = new LinkedHashMap<>();
    private final Map<Treatment, String> treatmentNames = new LinkedHashMap<>();
    private final Map<String, Question> questions = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, Set<String>> noFinding = new HashMap<>();

    RulesReader(String file, String text, Set<String> sourceIds) {
        this.sourceIds = Set.copyOf(sourceIds);
        this.root = JsonFields.parse(file, text, ContentException::new);
    }

    ScreeningRules read() {
        String version = root.text("version");
        for (JsonFields t : root.objects("treatments", true)) {
            String id = id(t, "id");
            Treatment treatment = Treatment.fromId(id).orElseThrow(
                    () -> t.withId(id).problem("id", "is not a treatment; use " + Treatment.ids()));
            if (treatments.put(id, treatment) != null) {
                throw t.withId(id).problem("id", "duplicate treatment id");
            }
            treatmentNames.put(treatment, t.withId(id).text("name"));
        }
        List<Section> sections = readSections();
        ScreeningRules.Phq9 phq9 = readPhq9(root.object("phq9"));
        List<Condition> urgentWhen = conditions(root, "urgentWhen");
        List<Condition> supportWhen = conditions(root, "supportWhen");
        List<String> urgentSources = sources(root.withId("urgentSources"), "urgentSources");
        List<String> supportSources = sources(root.withId("supportSources"), "supportSources");
        List<FindingRule> findings = readFindings();
        checkCoverage(findings);
        List<ScreeningRules.NoteRule> notes = new ArrayList<>();
        for (JsonFields n : root.objects("notes", false)) {
            Condition when = condition(n);
            JsonFields item = n.withId("note for " + when.questionId());
            Optional<String> source = item.optionalText("source");
            if (source.isPresent() && !sourceIds.contains(source.get())) {
                throw item.problem("source", "names source '" + source.get() + "', which is not in sources.json");
            }
            notes.add(new ScreeningRules.NoteRule(when, item.text("text"), topic(item), source));
        }
        return new ScreeningRules(version, treatmentNames, sections, phq9, urgentWhen,
                supportWhen, urgentSources, supportSources, findings, notes);
    }

    /** A required list of source ids, each in {@code sources.json}. */
    private List<String> sources(JsonFields parent, String field) {
        List<String> ids = parent.texts(field, true);
        for (String id : ids) {
            if (!sourceIds.contains(id)) {
                throw parent.problem(field, "names source '" + id + "', which is not in sources.json");
            }
        }
        return ids;
    }

    private List<Section> readSections() {
        List<Section> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        for (JsonFields s : root.objects("sections", true)) {
            String sectionId = id(s, "id");
            JsonFields section = s.withId(sectionId);
            if (!sectionIds.add(sectionId)) {
                throw section.problem("id", "duplicate section id");
            }
            Optional<Condition> showWhen = section.has("showWhen")
                    ? Optional.of(condition(section.object("showWhen"))) : Optional.empty();
            List<Question> list = new ArrayList<>();
            for (JsonFields q : section.objects("questions", true)) {
                list.add(readQuestion(sectionId, q));
            }
            sections.add(new Section(sectionId, section.text("title"), section.optionalText("intro"), showWhen,
                    section.flag("counselorCanOpen"), list));
        }
        return sections;
    }

    private Question readQuestion(String sectionId, JsonFields q) {
        String id = id(q, "id");
        JsonFields item = q.withId(id);
        if (questions.containsKey(id)) {
            throw item.problem("id", "duplicate question id");
        }
        Optional<Condition> showWhen = item.has("showWhen")
                ? Optional.of(condition(item.object("showWhen"))) : Optional.empty();
        List<Option> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        for (JsonFields o : item.objects("options", true)) {
            JsonFields option = o.withId(id);
            String optionId = id(option, "id");
            if (!optionIds.add(optionId)) {
                throw option.problem("options", "option '" + optionId + "' is listed twice");
            }
            OptionalInt score = option.optionalInteger("score").map(OptionalInt::of).orElse(OptionalInt.empty());
            options.add(new Option(optionId, option.text("label"), score));
        }
        Set<String> none = new LinkedHashSet<>(item.texts("noFinding", false));
        for (String optionId : none) {
            if (!optionIds.contains(optionId)) {
                throw item.problem("noFinding", "names option '" + optionId + "', which the question does not have");
            }
        }
        noFinding.put(id, none);
        Question question = new Question(id, sectionId, item.text("text"), item.optionalText("help"),
                item.optionalText("stem"), item.optionalText("attribution"), item.text("summary"),
                item.flag("verbatim"), options, showWhen);
        order.put(id, order.size());
        questions.put(id, question);
        return question;
    }

    private ScreeningRules.Phq9 readPhq9(JsonFields phq) {
        JsonFields item = phq.withId("phq9");
        List<String> items = item.texts("items", true);
        int max = 0;
        for (String id : items) {
            Question q = questions.get(id);
            if (q == null) {
                throw item.problem("items", "names question '" + id + "', which does not exist");
            }
            int top = 0;
            for (Option o : q.options()) {
                if (o.score().isEmpty()) {
                    throw item.problem("items", "question '" + id + "' option '" + o.id() + "' has no score");
                }
                top = Math.max(top, o.score().getAsInt());
            }
            max += top;
        }
        List<ScreeningRules.Band> bands = new ArrayList<>();
        int next = 0;
        for (JsonFields b : item.objects("bands", true)) {
            String id = id(b.withId("phq9"), "id");
            JsonFields band = b.withId("phq9 band " + id);
            int min = band.integer("min");
            int top = band.integer("max");
            if (min != next || top < min) {
                throw band.problem("min", "bands must run on from " + next + " without gaps or overlaps");
            }
            bands.add(new ScreeningRules.Band(id, min, top));
            next = top + 1;
        }
        if (next != max + 1) {
            throw item.problem("bands", "must cover every score from 0 to " + max);
        }
        return new ScreeningRules.Phq9(items, bands);
    }

    private List<FindingRule> readFindings() {
        List<FindingRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonFields f : root.objects("findings", true)) {
            String id = id(f, "id");
            JsonFields item = f.withId(id);
            if (!ids.add(id)) {
                throw item.problem("id", "duplicate finding id");
            }
            Condition when = condition(item);
            // one text for every treatment, or each treatment its own (which wins)
            Optional<String> shared = item.optionalText("explanation");
            Map<String, FindingRule.Effect> effects = new LinkedHashMap<>();
            JsonFields effectsJson = item.object("effects");
            for (String treatmentId : effectsJson.fieldNames()) {
                if (!treatments.containsKey(treatmentId)) {
                    throw item.problem("effects", "names treatment '" + treatmentId + "', which does not exist");
                }
                JsonFields effect = effectsJson.object(treatmentId);
                String field = "effects." + treatmentId;
                Suitability suitability = suitability(effect, field);
                String source = effect.text("source");
                if (!sourceIds.contains(source)) {
                    throw item.problem(field + ".source", "names source '" + source
                            + "', which is not in sources.json");
                }
                String explanation = effect.optionalText("explanation").or(() -> shared).orElseThrow(() ->
                        item.problem("explanation", "is missing: give one for the finding or one per treatment"));
                effects.put(treatmentId, new FindingRule.Effect(suitability, source, effect.text("rule"), explanation));
            }
            if (effects.isEmpty()) {
                throw item.problem("effects", "must name at least one treatment");
            }
            out.add(new FindingRule(id, when.questionId(), when.optionIds(), topic(item), item.optionalText("ask"),
                    effects));
        }
        return out;
    }

    private static Suitability suitability(JsonFields effect, String field) {
        String value = effect.text("suitability");
        try {
            return Suitability.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw effect.problem(field + ".suitability", "must be POSSIBLE, DISCUSS, NOT_YET or NOT_ADVISED, not '"
                    + value + "'");
        }
    }

    /** Every option of every question is either covered by a finding or marked "no finding", never both. */
    private void checkCoverage(List<FindingRule> findings) {
        Map<String, String> coveredBy = new HashMap<>();
        for (FindingRule f : findings) {
            for (String optionId : f.optionIds()) {
                String key = f.questionId() + "=" + optionId;
                String earlier = coveredBy.putIfAbsent(key, f.id());
                if (earlier != null) {
                    throw root.withId(f.id()).problem("options", "answer " + key + " is already covered by finding '"
                            + earlier + "'");
                }
                if (noFinding.get(f.questionId()).contains(optionId)) {
                    throw root.withId(f.questionId()).problem("noFinding", "marks '" + optionId
                            + "' as no finding, but finding '" + f.id() + "' covers it");
                }
            }
        }
        for (Question q : questions.values()) {
            for (Option o : q.options()) {
                if (!coveredBy.containsKey(q.id() + "=" + o.id()) && !noFinding.get(q.id()).contains(o.id())) {
                    throw root.withId(q.id()).problem("noFinding", "option '" + o.id()
                            + "' is neither covered by a finding nor marked as no finding");
                }
            }
        }
    }

    private List<Condition> conditions(JsonFields parent, String field) {
        List<Condition> out = new ArrayList<>();
        for (JsonFields c : parent.withId(field).objects(field, true)) {
            out.add(condition(c));
        }
        return out;
    }

    /** Reads {@code question} and {@code options}; both must exist, and the question must come earlier. */
    private Condition condition(JsonFields c) {
        String questionId = c.text("question");
        Question q = questions.get(questionId);
        if (q == null) {
            throw c.problem("question", "names question '" + questionId + "', which does not exist"
                    + " (or comes later in the file)");
        }
        List<String> optionIds = c.texts("options", true);
        for (String optionId : optionIds) {
            if (q.option(optionId).isEmpty()) {
                throw c.problem("options", "names option '" + optionId + "', which question '" + questionId
                        + "' does not have");
            }
        }
        return new Condition(questionId, new LinkedHashSet<>(optionIds));
    }

    private static String topic(JsonFields item) {
        String topic = item.text("topic");
        if (!ID.matcher(topic).matches()) {
            throw item.problem("topic", "'" + topic + "' is not a topic id (lower-case words joined by '-')");
        }
        return topic;
    }

    private static String id(JsonFields item, String field) {
        String id = item.text(field);
        if (!ID.matcher(id).matches()) {
            throw item.problem(field, "'" + id + "' is not a valid id (lower-case letters, digits, '_' or '-')");
        }
        return id;
    }
}
