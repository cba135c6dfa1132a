package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Spanish text gives the same numbers as the English at the same place: a count per 100, a dose,
 * a price, a number of weeks or a date that differs between the two languages is a different fact.
 * {@link SpanishParityTest} checks the structure and that every text is translated; this checks the
 * figures inside the texts. The Spanish crisis lines may add "oprima el 2" (the Lifeline's Spanish
 * option); any other difference must be listed below with its reason.
 */
class SpanishNumbersTest {

    static final Path CONTENT = SpanishParityTest.CONTENT;

    /** "1,371", "$2,400", "22.5", "0.5", "2026": grouping commas dropped, decimals kept. */
    static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:[.]\\d+)?");

    /** Places where the two languages may differ in their figures (file and path), with the reason. */
    static final Map<String, String> KNOWN = Map.of(
            "outcomes.json /options[3]/benefits[2]",
            "English '3 times as many', Spanish 'el triple': the same figure in words",
            "topics/what-is-ketamine.json /sections[2]/paragraphs[1]",
            "the Spanish adds a one-line definition of treatment-resistant depression (at least 2 antidepressants)");

    @Test
    void everySpanishTextGivesTheSameFiguresAsTheEnglish() {
        List<String> problems = new ArrayList<>();
        for (String file : files()) {
            JsonElement en = parse(CONTENT.resolve("en").resolve(file));
            JsonElement es = parse(CONTENT.resolve("es").resolve(file));
            compare(file, "", "", en, es, problems);
        }
        assertTrue(problems.isEmpty(), "Spanish figures differ from the English: " + problems);
    }

    @Test
    void everyKnownDifferenceIsStillADifference() {
        for (String place : KNOWN.keySet()) {
            String file = place.substring(0, place.indexOf(' '));
            List<String> problems = new ArrayList<>();
            compare(file, "", "", parse(CONTENT.resolve("en").resolve(file)), parse(CONTENT.resolve("es").resolve(file)),
                    problems, Set.of());
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(place.substring(place.indexOf(' ') + 1) + ":")),
                    place + " no longer differs: take it off the list");
        }
    }

    @Test
    void theCheckSeesChangedMissingAndAddedFigures() {
        assertEquals("", difference("About 23 in 100 at 4 weeks.", "Unas 23 de cada 100 a las 4 semanas."));
        assertEquals("", difference("$2,400 to $4,800, 0.5 mg", "de $2,400 a $4,800, 0.5 mg"));
        assertEquals("", difference("Call or text 988.", "Llame al 988 y oprima el 2, o envíe AYUDA al 988."));
        assertEquals("English [100, 27], Spanish [100, 72]", difference("About 27 in 100", "Unas 72 de cada 100"));
        assertEquals("English [4], Spanish []", difference("after 4 weeks", "después de unas semanas"));
        assertEquals("English [], Spanish [2]", difference("Ask first.", "Pregunte primero 2 veces."));
    }

    /** "" when the figures agree, else what each language says. */
    static String difference(String english, String spanish) {
        Set<String> a = numbers(english);
        Set<String> b = numbers(spanish.replaceAll("(?i)oprima el 2", ""));
        return a.equals(b) ? "" : "English " + a + ", Spanish " + b;
    }

    static Set<String> numbers(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(",", ""));
        }
        return found;
    }

    private static void compare(String file, String path, String key, JsonElement en, JsonElement es,
                                List<String> problems) {
        compare(file, path, key, en, es, problems, KNOWN.keySet());
    }

    private static void compare(String file, String path, String key, JsonElement en, JsonElement es,
                                List<String> problems, Set<String> known) {
        if (en == null || es == null) {
            return; // structure differences are SpanishParityTest's to report
        }
        if (en.isJsonObject() && es.isJsonObject()) {
            for (String k : en.getAsJsonObject().keySet()) {
                compare(file, path + "/" + k, k, en.getAsJsonObject().get(k), es.getAsJsonObject().get(k), problems, known);
            }
        } else if (en.isJsonArray() && es.isJsonArray()) {
            if (SpanishParityTest.FREE_LENGTH.contains(key)) {
                return;
            }
            int n = Math.min(en.getAsJsonArray().size(), es.getAsJsonArray().size());
            for (int i = 0; i < n; i++) {
                compare(file, path + "[" + i + "]", key, en.getAsJsonArray().get(i), es.getAsJsonArray().get(i),
                        problems, known);
            }
        } else if (en.isJsonPrimitive() && en.getAsJsonPrimitive().isString() && es.isJsonPrimitive()
                && !SpanishParityTest.VALUE_KEYS.contains(key) && !known.contains(file + " " + path)) {
            String d = difference(en.getAsString(), es.getAsString());
            if (!d.isEmpty()) {
                problems.add(path + ": " + d + " in " + file);
            }
        }
    }

    private static List<String> files() {
        Path root = CONTENT.resolve("en");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("sources.json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonElement parse(Path file) {
        try {
            return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
