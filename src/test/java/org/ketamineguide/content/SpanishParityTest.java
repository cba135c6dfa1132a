package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spanish content says the same things as the English, in Spanish: for every JSON file under
 * {@code content/en/} (except {@code sources.json}, which both languages share) the file with the same
 * path under {@code content/es/} has exactly the same structure (the same keys in the same order, the
 * same array lengths), every value that is not reader-facing text identical (numbers, booleans, null,
 * ids, enum values, dates, source ids, conditions), and every text translated. The files are read
 * directly as JSON, so the check does not depend on how the app loads Spanish.
 *
 * <p>Whether a string is text or a value is decided by its key (for an array of strings, the
 * array's key), from the two explicit lists below; a key in neither list fails the test, so a new
 * field has to be classified here before it can ship.
 */
class SpanishParityTest {

    static final Path CONTENT = Path.of("src/main/resources/org/ketamineguide/content");
    static final Path EN = CONTENT.resolve("en");
    static final Path ES = CONTENT.resolve("es");

    /** Keys whose strings are ids, enum values, dates, source ids or conditions: identical in Spanish. */
    static final Set<String> VALUE_KEYS = Set.of(
            "id", "version", "lastReviewed", "nextReview", "validUntil", "asOf", "url",
            // references to other content and to sources
            "related", "topics", "topic", "action", "source", "sources", "sourceIds", "urgentSources",
            "supportSources",
            // enum values and conditions of the screening rules, the decision aid and the planner
            "option", "options", "question", "noFinding", "items", "suitability", "measure", "evidence",
            "comparedWith", "sharing");

    /** Keys whose strings a reader sees: translated in Spanish. */
    static final Set<String> TEXT_KEYS = Set.of(
            // topics, manifest, comparison
            "title", "summary", "keyPoints", "heading", "paragraphs", "bullets", "text", "clinicianQuestions",
            "updatePolicy", "authors", "funding", "intro", "label",
            // glossary
            "term", "forms", "definition",
            // screening rules
            "name", "help", "stem", "attribution", "ask", "rule", "explanation",
            // decision aid
            "visits", "time", "course", "how", "driving", "work", "benefits", "common", "serious", "unknowns",
            "cost", "speed", "session_effects", "memory", "needles", "controlled", "comparator", "population",
            "evidenceWhy", "study", "caution",
            // planner defaults
            "basis");

    /** Keys that are values under most parents but text under these ones (parent key, key). */
    static final Set<String> TEXT_UNDER = Set.of("factors/evidence");

    /**
     * Arrays whose length may differ: glossary search forms are the Spanish alternatives people type
     * (plurals and accents are left to the search code), not a copy of the English ones, and may be none.
     */
    static final Set<String> FREE_LENGTH = Set.of("forms");

    /** Texts that may stay the same in Spanish: names, acronyms and study names used as they are. */
    static final Set<String> SAME_IN_BOTH = Set.of(
            "Spravato", "Medicare", "Medicaid", "No", "REMS", "MADRS", "PHQ-9", "HSA", "ACLS",
            "ELEKT-D (2023)", "KetECT (2022)", "TRANSFORM-2 (2019)", "ESCAPE-TRD (2023)", "CoBalT (2013)");

    /**
     * Quotes kept in English (file, path): US regulatory texts with no official Spanish version, quoted
     * word for word, whose section says the same thing in plain Spanish. Each with its reason.
     */
    static final Map<String, String> ENGLISH_QUOTES = Map.of(
            "topics/forms-of-treatment.json /sections[1]/quote/text",
            "Spravato REMS requirement (FDA); the REMS is published in English only, and the section says the rule in Spanish",
            "topics/legal-status.json /sections[0]/quote/text",
            "DEA scheduling rule (Federal Register, 1999); no official Spanish text, the section explains it",
            "topics/side-effects.json /sections[0]/quote/text",
            "Spravato US Prescribing Information, published in English only (the EU's Spanish product information is a different text); the section lists the effects in Spanish",
            "topics/what-to-expect.json /sections[4]/quote/text",
            "Spravato US Prescribing Information (driving); no official Spanish label, the section says it in Spanish",
            "topics/who-may-be-a-candidate.json /sections[1]/quote/text",
            "Spravato Medication Guide; no official Spanish version found, the section says it in Spanish",
            "topics/who-may-be-a-candidate.json /sections[2]/quote/text",
            "Spravato US Prescribing Information (contraindication); no official Spanish label, the bullets say it in Spanish");

    static Stream<String> englishFiles() {
        return jsonFiles(EN).stream().filter(f -> !f.equals("sources.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishFiles")
    void theSpanishFileHasTheSameStructureValuesAndTranslatedTexts(String file) {
        assertTrue(Files.isRegularFile(ES.resolve(file)), "content/es/" + file + " is missing");
        List<String> problems = compare(file, read(EN.resolve(file)), read(ES.resolve(file)));
        assertTrue(problems.isEmpty(), () -> problems.size() + " differences in es/" + file + ":\n  "
                + String.join("\n  ", problems));
    }

    @Test
    void everySpanishFileHasAnEnglishCounterpartAndSourcesAreShared() {
        Set<String> orphans = new TreeSet<>(jsonFiles(ES));
        orphans.removeAll(jsonFiles(EN));
        assertTrue(orphans.isEmpty(), "Spanish files without an English file: " + orphans);
        assertFalse(Files.exists(ES.resolve("sources.json")), "sources are shared: no content/es/sources.json");
        assertTrue(jsonFiles(ES).size() > 20, "the Spanish content is there");
    }

    @Test
    void everyQuoteKeptInEnglishIsStillAQuoteAndStillTheSameAsTheEnglish() {
        List<String> stale = new ArrayList<>();
        for (String entry : ENGLISH_QUOTES.keySet()) {
            String file = entry.substring(0, entry.indexOf(' '));
            String path = entry.substring(entry.indexOf(' ') + 1);
            assertTrue(path.endsWith("/quote/text"), "only quotes may stay in English: " + entry);
            JsonElement en = at(read(EN.resolve(file)), path);
            JsonElement es = at(read(ES.resolve(file)), path);
            if (en == null || !en.equals(es)) {
                stale.add(entry);
            }
        }
        assertTrue(stale.isEmpty(), "remove from ENGLISH_QUOTES (gone or now translated): " + stale);
    }

    @Test
    void theTwoKeyListsDoNotOverlap() {
        Set<String> both = VALUE_KEYS.stream().filter(TEXT_KEYS::contains).collect(Collectors.toSet());
        assertTrue(both.isEmpty(), both.toString());
    }

    @Test
    void theCheckFindsEveryKindOfDifference() {
        String en = """
                {"id": "t", "title": "Side effects", "sources": ["a", "b"], "lastReviewed": "2026-11-29",
                 "keyPoints": ["One.", "Two."], "count": 3, "verbatim": true, "low": null,
                 "forms": ["side effect"], "study": "KetECT (2022)",
                 "sections": [{"heading": "Spravato", "quote": {"text": "Do not drive", "source": "x"}}]}""";
        assertEquals(List.of(), compare("planted.json", parse(en), parse("""
                {"id": "t", "title": "Efectos secundarios", "sources": ["a", "b"], "lastReviewed": "2026-11-29",
                 "keyPoints": ["Uno.", "Dos."], "count": 3, "verbatim": true, "low": null,
                 "forms": ["efecto secundario", "efectos adversos"], "study": "KetECT (2022)",
                 "sections": [{"heading": "Spravato", "quote": {"text": "No maneje", "source": "x"}}]}""")));
        List<String> found = compare("planted.json", parse(en), parse("""
                {"id": "u", "title": "Side effects", "sources": ["a"], "lastReviewed": "2026-11-30",
                 "keyPoints": ["Uno.", "Dos."], "count": 3.0, "verbatim": "true", "low": 0,
                 "forms": [" "], "study": "KetECT (2022)", "extra": "x",
                 "sections": [{"quote": {"text": "Do not drive", "source": "x"}, "heading": "Spravato"}]}"""));
        String all = String.join("\n", found);
        for (String expected : List.of("/id: value changed", "/title: not translated", "/sources: 1 items, English has 2",
                "/lastReviewed: value changed", "/count: value changed", "/verbatim: string, English has boolean",
                "/low: number, English has null", "/forms[0]: not a word", "keys [id, title, sources, lastReviewed, keyPoints, count, "
                        + "verbatim, low, forms, study, extra, sections]",
                "/sections[0]: keys [quote, heading]", "/sections[0]/quote/text: not translated")) {
            assertTrue(all.contains(expected), "missed '" + expected + "' in:\n" + all);
        }
        List<String> unknown = compare("planted.json", parse("{\"colour\": \"red\"}"), parse("{\"colour\": \"rojo\"}"));
        assertEquals(List.of("/colour: key 'colour' is in neither key list of SpanishParityTest"), unknown);
    }

    /** Every difference between an English file and its Spanish counterpart, one line each. */
    static List<String> compare(String file, JsonElement en, JsonElement es) {
        List<String> problems = new ArrayList<>();
        compare(file, "", "", "", en, es, problems);
        return problems;
    }

    private static void compare(String file, String path, String parent, String key, JsonElement en, JsonElement es,
                                List<String> problems) {
        if (!kind(en).equals(kind(es))) {
            problems.add(path + ": " + kind(es) + ", English has " + kind(en));
            return;
        }
        if (en.isJsonObject()) {
            JsonObject a = en.getAsJsonObject();
            JsonObject b = es.getAsJsonObject();
            if (!new ArrayList<>(a.keySet()).equals(new ArrayList<>(b.keySet()))) {
                problems.add((path.isEmpty() ? "/" : path) + ": keys " + b.keySet() + ", English has " + a.keySet());
            }
            for (String k : a.keySet()) {
                if (b.has(k)) {
                    compare(file, path + "/" + k, key, k, a.get(k), b.get(k), problems);
                }
            }
        } else if (en.isJsonArray()) {
            JsonArray a = en.getAsJsonArray();
            JsonArray b = es.getAsJsonArray();
            if (FREE_LENGTH.contains(key)) {
                for (int i = 0; i < b.size(); i++) {
                    if (!b.get(i).isJsonPrimitive() || b.get(i).getAsString().isBlank()) {
                        problems.add(path + "[" + i + "]: not a word");
                    }
                }
                return;
            }
            if (a.size() != b.size()) {
                problems.add(path + ": " + b.size() + " items, English has " + a.size());
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                compare(file, path + "[" + i + "]", parent, key, a.get(i), b.get(i), problems);
            }
        } else if (en.isJsonPrimitive() && en.getAsJsonPrimitive().isString()) {
            String english = en.getAsString();
            String spanish = es.getAsString();
            boolean text = TEXT_KEYS.contains(key) || TEXT_UNDER.contains(parent + "/" + key);
            if (!text && !VALUE_KEYS.contains(key)) {
                problems.add(path + ": key '" + key + "' is in neither key list of SpanishParityTest");
            } else if (!text && !english.equals(spanish)) {
                problems.add(path + ": value changed from '" + english + "' to '" + spanish + "'");
            } else if (text && spanish.isBlank()) {
                problems.add(path + ": empty text");
            } else if (text && english.equals(spanish) && !mayStayTheSame(file, path, english)) {
                problems.add(path + ": not translated: '" + shorten(english) + "'");
            }
        } else if (!sameValue(en, es)) {
            problems.add(path + ": value changed from " + en + " to " + es);
        }
    }

    private static boolean mayStayTheSame(String file, String path, String text) {
        return SAME_IN_BOTH.contains(text) || !text.matches("(?s).*\\p{L}.*")
                || ENGLISH_QUOTES.containsKey(file + " " + path);
    }

    /** Numbers as written (885 and 885.0 differ), booleans and null exactly. */
    private static boolean sameValue(JsonElement en, JsonElement es) {
        if (en.isJsonPrimitive() && en.getAsJsonPrimitive().isNumber()) {
            return en.getAsJsonPrimitive().getAsNumber().toString().equals(es.getAsJsonPrimitive().getAsNumber().toString());
        }
        return en.equals(es);
    }

    private static String kind(JsonElement e) {
        if (e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonObject()) {
            return "object";
        }
        if (e.isJsonArray()) {
            return "array";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isString() ? "string" : p.isNumber() ? "number" : "boolean";
    }

    /** The element at a path of the form the problems use ("/sections[1]/quote/text"), or null. */
    static JsonElement at(JsonElement root, String path) {
        JsonElement e = root;
        for (String step : path.substring(1).split("/")) {
            String name = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            if (e == null || !e.isJsonObject() || !e.getAsJsonObject().has(name)) {
                return null;
            }
            e = e.getAsJsonObject().get(name);
            for (String index : step.substring(name.length()).replace("]", "").split("\\[")) {
                if (index.isEmpty()) {
                    continue;
                }
                int i = Integer.parseInt(index);
                if (!e.isJsonArray() || i >= e.getAsJsonArray().size()) {
                    return null;
                }
                e = e.getAsJsonArray().get(i);
            }
        }
        return e;
    }

    /** The JSON files under a language folder, as paths relative to it with forward slashes, sorted. */
    static List<String> jsonFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonElement read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonElement parse(String json) {
        return JsonParser.parseString(json);
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
