package org.ketamineguide.screening;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketamineguide.json.JsonFields;
import org.ketamineguide.json.JsonProblem;
import org.ketamineguide.json.StrictJson;
import org.ketamineguide.storage.AtomicFiles;

/**
 * A screening saved on a laptop: one JSON object of question id to option id, nothing else.
 * Reading goes through the app's one strict JSON reader and checks the whole file before returning
 * anything, so a damaged file is refused whole and never half-loaded. Writing is atomic. Plain Java; any thread.
 */
public final class SavedScreening {
    /** Larger files cannot be a saved screening; the limit is counted while reading. */
    static final long MAX_BYTES = 64 * 1024;

    /**
     * Answers that earlier versions of the rules had and the option each opens as now. Version 2
     * split "pregnant or planning" in two; an old file opens with the safer of the two, "pregnant",
     * and says so, so the person can change it.
     */
    static final Map<String, Map<String, String>> RENAMED = Map.of(
            "pregnancy", Map.of("pregnant_or_planning", "pregnant"));

    /** An answer an older file holds that now opens as another option. */
    public record Changed(String questionId, String savedOptionId, String newOptionId) {
    }

    /** A saved screening as opened: its answers, and the answers changed on the way in. */
    public record Opened(Map<String, String> answers, List<Changed> changed) {
        public Opened {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
            changed = List.copyOf(changed);
        }
    }

    private SavedScreening() {
    }

    /**
     * Why a file was refused: the saved screening's flavour of the app's one {@link JsonProblem}, in
     * plain words for the user, plus a one-line detail for staff.
     */
    public static final class Refused extends JsonProblem {
        private static final long serialVersionUID = 1L;

        Refused(String file, String item, String field, Kind kind, String reason) {
            super("This file is not a saved screening we can open: " + describe(file, item, field, reason),
                    file, item, field, kind, reason);
        }

        /** The specific problem, such as "mine.json, field 'age': must be text". */
        public String detail() {
            return describe(file(), itemId(), field(), reason());
        }
    }

    /** The answers as the file text: one JSON object, questions in wizard order. */
    public static String toJson(ScreeningRules rules, Map<String, String> answers) {
        rules.checkAnswers(answers);
        JsonObject out = new JsonObject();
        for (Question q : rules.questions()) {
            String answer = answers.get(q.id());
            if (answer != null) {
                out.addProperty(q.id(), answer);
            }
        }
        return new GsonBuilder().setPrettyPrinting().create().toJson(out) + "\n";
    }

    /** Saves the answers atomically: a failed save leaves any earlier file as it was. */
    public static void write(Path file, ScreeningRules rules, Map<String, String> answers) throws IOException {
        AtomicFiles.writeString(file, toJson(rules, answers));
    }

    /**
     * Reads a saved screening and checks every id against the rules. Only a regular file of at most
     * {@link #MAX_BYTES} is read (a pipe or a device is refused before it is opened).
     *
     * @throws Refused when the file cannot be read, is not one JSON object of text values, or names a
     *                 question or option the rules do not know
     */
    public static Map<String, String> read(Path file, ScreeningRules rules) throws Refused {
        return open(file, rules).answers();
    }

    /**
     * Reads a saved screening like {@link #read}, and also says which answers of an older version
     * were changed to today's options.
     *
     * @throws Refused as {@link #read}
     */
    public static Opened open(Path file, ScreeningRules rules) throws Refused {
        StrictJson json = json(String.valueOf(file.getFileName()));
        return parse(json, json.readText(file), rules);
    }

    /**
     * Parses the text of a saved screening; see {@link #read}.
     *
     * @throws Refused when the text is not a valid saved screening
     */
    public static Map<String, String> parse(String text, ScreeningRules rules) throws Refused {
        return parseOpened(text, rules).answers();
    }

    /**
     * Parses the text of a saved screening like {@link #parse}, and says which answers were changed.
     *
     * @throws Refused when the text is not a valid saved screening
     */
    public static Opened parseOpened(String text, ScreeningRules rules) throws Refused {
        return parse(json(null), text, rules);
    }

    private static StrictJson json(String file) {
        return StrictJson.named(file).maxBytes(MAX_BYTES).problems(Refused::new);
    }

    private static Opened parse(StrictJson json, String text, ScreeningRules rules) {
        JsonFields root = json.parse(text);
        Map<String, String> answers = new LinkedHashMap<>();
        for (String question : root.fieldNames()) {
            answers.put(question, root.string(question));
        }
        List<Changed> changed = new ArrayList<>();
        answers.replaceAll((question, option) -> {
            String now = RENAMED.getOrDefault(question, Map.of()).get(option);
            if (now == null) {
                return option;
            }
            changed.add(new Changed(question, option, now));
            return now;
        });
        try {
            rules.checkAnswers(answers);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage();
            throw new Refused(json.file(), null, null, JsonProblem.Kind.INVALID,
                    why.length() > 120 ? why.substring(0, 117) + "..." : why);
        }
        return new Opened(answers, changed);
    }
}
