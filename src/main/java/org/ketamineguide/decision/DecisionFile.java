package org.ketamineguide.decision;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ketamineguide.json.JsonFields;
import org.ketamineguide.json.JsonProblem;
import org.ketamineguide.json.StrictJson;
import org.ketamineguide.storage.AtomicFiles;

/**
 * A decision guide saved on a laptop: one JSON object of ids (factor, importance, option and SURE
 * ids) plus the person's own words, never screen text, so the file reads the same in any language.
 * Reading checks the whole file before returning anything; writing is atomic. Plain Java; any thread.
 */
public final class DecisionFile {
    static final String FORMAT = "ketamine-guide-decision";
    static final int VERSION = 1;
    /** Larger files cannot be a saved guide; they are refused without being read. */
    /**
     * Room for the largest guide the screen lets a person write (51 texts of {@link #MAX_TEXT}
     * characters at up to 3 bytes each in UTF-8, about 77 KB), so every guide saved opens again.
     */
    static final long MAX_BYTES = 128 * 1024;
    /** Longest text of the person's own that a file may hold. */
    public static final int MAX_TEXT = 500;
    /** Most questions a file may hold. */
    public static final int MAX_QUESTIONS = 50;
    private static final Set<String> FIELDS = Set.of("format", "version", "ratings", "otherFactor", "leaning",
            "sure", "questions");

    private DecisionFile() {
    }

    /** Why a file was refused, with a one-line detail for the message and the log. */
    public static final class Refused extends JsonProblem {
        private static final long serialVersionUID = 1L;

        Refused(String file, String item, String field, Kind kind, String reason) {
            super("This file is not a saved decision guide we can open: " + describe(file, item, field, reason),
                    file, item, field, kind, reason);
        }

        /** A problem found after the JSON itself was read (an unknown id, a wrong format). */
        Refused(String reason) {
            this(null, null, null, Kind.INVALID, reason);
        }

        /** The specific problem, such as "guide.json, field 'sure': must be an object". */
        public String detail() {
            return describe(file(), itemId(), field(), reason());
        }
    }

    /** The file text for a record. */
    public static String toJson(DecisionRecord record) {
        JsonObject out = new JsonObject();
        out.addProperty("format", FORMAT);
        out.addProperty("version", VERSION);
        JsonObject ratings = new JsonObject();
        for (Factor f : Factor.values()) {
            Importance i = record.ratings().get(f);
            if (i != null) {
                ratings.addProperty(f.id(), i.id());
            }
        }
        out.add("ratings", ratings);
        if (!record.otherFactor().isEmpty()) {
            out.addProperty("otherFactor", record.otherFactor());
        }
        record.leaning().ifPresent(l -> out.addProperty("leaning", l));
        JsonObject sure = new JsonObject();
        for (SureQuestion q : SureQuestion.values()) {
            Boolean answer = record.sure().get(q);
            if (answer != null) {
                sure.addProperty(q.id(), answer ? "yes" : "no");
            }
        }
        out.add("sure", sure);
        JsonArray questions = new JsonArray();
        record.questions().forEach(questions::add);
        out.add("questions", questions);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(out) + "\n";
    }

    /** Saves atomically: a failed save leaves any earlier file as it was. */
    public static void write(Path file, DecisionRecord record) throws IOException {
        AtomicFiles.writeString(file, toJson(record));
    }

    /** Reads and checks a saved guide: regular files only, the size counted while reading. */
    public static DecisionRecord read(Path file) throws Refused {
        StrictJson json = json(String.valueOf(file.getFileName()));
        return parse(json, json.readText(file));
    }

    /** Parses the text of a saved guide; see {@link #read}. */
    public static DecisionRecord parse(String text) throws Refused {
        return parse(json(null), text);
    }

    private static StrictJson json(String file) {
        return StrictJson.named(file).maxBytes(MAX_BYTES).problems(Refused::new);
    }

    private static DecisionRecord parse(StrictJson json, String text) throws Refused {
        JsonFields root = json.parse(text);
        for (String field : root.fieldNames()) {
            if (!FIELDS.contains(field)) {
                throw new Refused("unknown field '" + field + "'");
            }
        }
        if (!FORMAT.equals(root.text("format")) || root.integer("version") != VERSION) {
            throw new Refused("it is not a decision guide of this app (format or version)");
        }
        Map<Factor, Importance> ratings = new EnumMap<>(Factor.class);
        if (root.has("ratings")) {
            JsonFields r = root.object("ratings");
            for (String key : r.fieldNames()) {
                Factor f = Factor.fromId(key).orElseThrow(() -> new Refused("unknown factor '" + key + "'"));
                String value = r.text(key);
                ratings.put(f, Importance.fromId(value)
                        .orElseThrow(() -> new Refused("unknown rating '" + value + "' for " + key)));
            }
        }
        String other = root.optionalText("otherFactor").orElse("");
        Optional<String> leaning = root.optionalText("leaning");
        if (leaning.isPresent() && !leaning.get().equals(DecisionRecord.UNSURE)
                && !DecisionContent.OPTION_IDS.contains(leaning.get())) {
            throw new Refused("unknown option '" + leaning.get() + "'");
        }
        Map<SureQuestion, Boolean> sure = new EnumMap<>(SureQuestion.class);
        if (root.has("sure")) {
            JsonFields s = root.object("sure");
            for (String key : s.fieldNames()) {
                SureQuestion q = SureQuestion.fromId(key)
                        .orElseThrow(() -> new Refused("unknown question '" + key + "'"));
                String value = s.text(key);
                if (!value.equals("yes") && !value.equals("no")) {
                    throw new Refused("the answer to '" + key + "' must be yes or no");
                }
                sure.put(q, value.equals("yes"));
            }
        }
        List<String> questions = new ArrayList<>(root.texts("questions", false));
        if (questions.size() > MAX_QUESTIONS) {
            throw new Refused("it has more than " + MAX_QUESTIONS + " questions");
        }
        for (String t : questions) {
            checkLength(t);
        }
        checkLength(other);
        return new DecisionRecord(ratings, other, leaning, sure, questions);
    }

    private static void checkLength(String text) throws Refused {
        if (text.length() > MAX_TEXT) {
            throw new Refused("a text is longer than " + MAX_TEXT + " characters");
        }
    }
}
