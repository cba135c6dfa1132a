package org.ketamineguide.decision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.json.JsonFields;

/**
 * Reads {@code outcomes.json} and checks all of it before returning anything: the seven options
 * each once with every field, numbers in range, every option with at least one outcome, every
 * source id known. The first problem stops reading with a {@link ContentException} that names the
 * file, the item and the field. Plain Java; any thread.
 */
public final class OutcomesReader {
    /** The file's name in the content folder. */
    public static final String FILE = "outcomes.json";

    private static final Set<String> OPTION_FIELDS = Set.of("id", "name", "summary", "whatItIsLike", "benefits",
            "harms", "unknowns", "cost", "factors", "sourceIds");
    private static final Set<String> EXPERIENCE_FIELDS = Set.of("visits", "time", "course", "how", "driving", "work");
    private static final Set<String> HARMS_FIELDS = Set.of("common", "serious");
    private static final Set<String> OUTCOME_FIELDS = Set.of("id", "option", "measure", "perHundred",
            "comparatorPerHundred", "comparator", "comparedWith", "weeks", "population", "low", "high", "evidence",
            "evidenceWhy", "study", "caution", "sourceIds");
    private static final int MAX_WEEKS = 520;

    private OutcomesReader() {
    }

    /**
     * Reads and checks the file's text.
     *
     * @param sourceExists tells whether a source id is in {@code sources.json}
     * @throws ContentException naming file, item and field of the first problem
     */
    public static DecisionContent read(String text, Predicate<String> sourceExists) {
        JsonFields root = JsonFields.parse(FILE, text, ContentException::new);
        Map<String, DecisionOption> byId = new LinkedHashMap<>();
        for (JsonFields o : root.objects("options", true)) {
            DecisionOption option = option(o, sourceExists);
            if (byId.putIfAbsent(option.id(), option) != null) {
                throw o.withId(option.id()).problem("id", "option '" + option.id() + "' is listed twice");
            }
        }
        List<DecisionOption> options = new ArrayList<>();
        for (String id : DecisionContent.OPTION_IDS) {
            DecisionOption option = byId.get(id);
            if (option == null) {
                throw root.problem("options", "option '" + id + "' is missing");
            }
            options.add(option);
        }
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> outcomeIds = new HashSet<>();
        for (JsonFields o : root.objects("outcomes", true)) {
            String id = o.text("id");
            if (!outcomeIds.add(id)) {
                throw o.withId(id).problem("id", "outcome '" + id + "' is listed twice");
            }
            outcomes.add(outcome(o.withId(id), sourceExists));
        }
        for (String id : DecisionContent.OPTION_IDS) {
            if (outcomes.stream().noneMatch(o -> o.option().equals(id))) {
                throw root.problem("outcomes", "option '" + id + "' has no outcome");
            }
        }
        return new DecisionContent(options, outcomes, root.date("lastReviewed"));
    }

    private static DecisionOption option(JsonFields raw, Predicate<String> sourceExists) {
        String id = raw.text("id");
        JsonFields o = raw.withId(id);
        if (!DecisionContent.OPTION_IDS.contains(id)) {
            throw o.problem("id", "unknown option '" + id + "'; the options are " + DecisionContent.OPTION_IDS);
        }
        onlyKnownFields(o, OPTION_FIELDS);
        JsonFields like = o.object("whatItIsLike");
        onlyKnownFields(like, EXPERIENCE_FIELDS);
        DecisionOption.Experience experience = new DecisionOption.Experience(like.text("visits"), like.text("time"),
                like.text("course"), like.text("how"), like.text("driving"), like.text("work"));
        JsonFields harms = o.object("harms");
        onlyKnownFields(harms, HARMS_FIELDS);
        JsonFields f = o.object("factors");
        Map<Factor, String> factors = new EnumMap<>(Factor.class);
        for (String key : f.fieldNames()) {
            Factor factor = Factor.fromId(key).orElseThrow(() -> o.problem("factors." + key, "unknown factor"));
            factors.put(factor, f.text(key));
        }
        for (Factor factor : Factor.values()) {
            if (!factors.containsKey(factor)) {
                throw o.problem("factors." + factor.id(), "is missing");
            }
        }
        return new DecisionOption(id, o.text("name"), o.text("summary"), experience, o.texts("benefits", true),
                harms.texts("common", true), harms.texts("serious", true), o.texts("unknowns", true), o.text("cost"),
                factors, sources(o, sourceExists));
    }

    private static Outcome outcome(JsonFields o, Predicate<String> sourceExists) {
        onlyKnownFields(o, OUTCOME_FIELDS);
        String option = o.text("option");
        if (!DecisionContent.OPTION_IDS.contains(option)) {
            throw o.problem("option", "unknown option '" + option + "'");
        }
        String measureId = o.text("measure");
        Measure measure = Measure.fromId(measureId)
                .orElseThrow(() -> o.problem("measure", "must be response or remission, not '" + measureId + "'"));
        int perHundred = perHundred(o, "perHundred");
        if (!o.fieldNames().contains("comparatorPerHundred")) {
            throw o.problem("comparatorPerHundred", "is missing (write null when the study had no comparison group)");
        }
        OptionalInt comparatorPerHundred = o.has("comparatorPerHundred")
                ? OptionalInt.of(perHundred(o, "comparatorPerHundred")) : OptionalInt.empty();
        Optional<String> comparedWith = o.optionalText("comparedWith");
        if (comparedWith.isPresent()) {
            String other = comparedWith.get();
            if (!DecisionContent.OPTION_IDS.contains(other) || other.equals(option)) {
                throw o.problem("comparedWith", "must be another option's id, not '" + other + "'");
            }
            if (comparatorPerHundred.isEmpty()) {
                throw o.problem("comparatorPerHundred", "is needed when the study compared two options");
            }
        }
        int weeks = o.integer("weeks");
        if (weeks <= 0 || weeks > MAX_WEEKS) {
            throw o.problem("weeks", "must be more than 0 and at most " + MAX_WEEKS + ", not " + weeks);
        }
        OptionalInt low = o.has("low") ? OptionalInt.of(perHundred(o, "low")) : OptionalInt.empty();
        OptionalInt high = o.has("high") ? OptionalInt.of(perHundred(o, "high")) : OptionalInt.empty();
        if (low.isPresent() != high.isPresent()) {
            throw o.problem(low.isPresent() ? "high" : "low", "low and high come together: give both or neither");
        }
        if (low.isPresent() && (low.getAsInt() > perHundred || high.getAsInt() < perHundred)) {
            throw o.problem("low", "the range " + low.getAsInt() + " to " + high.getAsInt()
                    + " must include perHundred " + perHundred);
        }
        String evidenceId = o.text("evidence");
        Evidence evidence = Evidence.fromId(evidenceId).orElseThrow(() -> o.problem("evidence",
                "must be high, moderate, low or very_low, not '" + evidenceId + "'"));
        return new Outcome(option, measure, perHundred, comparatorPerHundred, o.text("comparator"), comparedWith,
                weeks, o.text("population"), low, high, evidence, o.text("evidenceWhy"), o.text("study"),
                o.optionalText("caution"), sources(o, sourceExists));
    }

    private static int perHundred(JsonFields o, String field) {
        int value = o.integer(field);
        if (value < 0 || value > 100) {
            throw o.problem(field, "must be from 0 to 100 (people out of 100), not " + value);
        }
        return value;
    }

    private static List<String> sources(JsonFields o, Predicate<String> sourceExists) {
        List<String> ids = o.texts("sourceIds", true);
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!sourceExists.test(id)) {
                throw o.problem("sourceIds", "unknown source '" + id + "'");
            }
            if (!seen.add(id)) {
                throw o.problem("sourceIds", "source '" + id + "' is listed twice");
            }
        }
        return ids;
    }

    private static void onlyKnownFields(JsonFields o, Set<String> known) {
        for (String field : o.fieldNames()) {
            if (!known.contains(field)) {
                throw o.problem(field, "is not a field of this item (a typo?)");
            }
        }
    }
}
