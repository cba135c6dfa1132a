package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reader-facing text the app ships, in English and in Spanish (every content file, the source titles
 * and publishers the About page lists, and both message bundles), is free of three classes of error that previous
 * rounds found in one file or one language at a time:
 * <ul>
 *   <li>a phone number other than 988 and 911 (numbers go stale and the seed pages carry lead-capture
 *       hotlines); the exceptions are public lines from the fact sheet, each listed with its reason in
 *       {@link #ALLOWED_NUMBERS};</li>
 *   <li>"eligible" in either language ("eligib", "elegib");</li>
 *   <li>the seed pages' numbers and the watch-list claims, in their English and Spanish forms;</li>
 *   <li>promotional words with no number behind them ("works well", "proven"), in either language.</li>
 * </ul>
 * {@link ContentCompletenessTest} checks the English topics, glossary and comparison for the last two;
 * this scan covers the other files and the Spanish text as well.
 */
class ReaderTextScanTest {

    static final Path CONTENT = Path.of("src/main/resources/org/ketamineguide/content");
    static final Path I18N = Path.of("src/main/resources/org/ketamineguide/i18n");

    /**
     * A North American number (with or without a leading 1, with a vanity word such as HELP), any
     * 1-8xx toll-free start, or a 5- or 6-digit short code after "text", "call", "to", "al" and the like
     * (text lines such as 741741). Money ($10,600), counts (2,342), decimals (0.5), years, ISO dates and
     * citations (90 FR 61301) do not match.
     */
    static final Pattern PHONE = Pattern.compile(
            "(?<![\\w$])(?:\\+?1[-. ]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[-. ])[0-9A-Z]{3}[-. ][0-9A-Z]{4}(?!\\w)"
                    + "|(?<!\\w)1-8\\d\\d-[0-9A-Z]"
                    + "|(?<=(?i:text|call|dial|to|at|al|texto|llame|marque|number|número) )\\d{5,6}(?![\\w,]|[.]\\d)");

    /** Numbers that may be shown, each with its reason. 988 and 911 are too short to match at all. */
    static final Map<String, String> ALLOWED_NUMBERS = Map.of(
            "838255", "Veterans Crisis Line text number, offered by the 988 Lifeline itself (988lifeline.org,"
                    + " 'what to expect'); shown only in the crisis panel next to 'dial 988 then press 1'",
            "1-800-662-HELP", "SAMHSA's National Helpline, for finding treatment for drug or alcohol use (not a"
                    + " crisis line); in clinical-facts.md from SAMHSA's own 988 press guidance (source"
                    + " samhsa-988-messaging), shown once on the addiction topic");

    /** "Eligible" in English and Spanish. */
    static final List<String> ELIGIBLE = List.of("eligib", "elegib");

    /** The watch-list fragments in Spanish (the English ones are ContentCompletenessTest.FORBIDDEN). */
    static final List<String> FORBIDDEN_ES = List.of(
            "85 %", "85 por ciento", "70 por ciento", "hasta un 70", "hasta el 70", "oprima el 3",
            "marque el 3", "50 % de los pacientes", "50% de los pacientes");

    /**
     * Promotional words with no number behind them (issue 11: "works well", "help many people"), and
     * the overclaims the brief rules out ("proven", "miracle"), in English and Spanish. "Cure" is not
     * here: the red-flag lists rightly warn about clinics that promise one.
     */
    static final List<String> PROMOTIONAL = List.of(
            "works well", "help many people", "helps many people", "helped many people", "proven", "miracle",
            "breakthrough", "funciona bien", "ayuda a muchas personas", "ayudó a muchas personas", "comprobad",
            "milagro");

    private static List<String[]> texts;

    @BeforeAll
    static void collect() {
        texts = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            for (Path file : jsonFiles(CONTENT.resolve(language))) {
                String name = language + "/" + CONTENT.resolve(language).relativize(file);
                JsonElement json = JsonParser.parseString(read(file));
                if (file.getFileName().toString().equals("sources.json")) {
                    // the About page lists each source's title and publisher; its ids, years, kinds and urls are values
                    for (JsonElement source : json.getAsJsonObject().getAsJsonArray("sources")) {
                        for (String field : List.of("title", "publisher")) {
                            texts.add(new String[] {name + " " + source.getAsJsonObject().get("id").getAsString()
                                    + "/" + field, source.getAsJsonObject().get(field).getAsString()});
                        }
                    }
                    continue;
                }
                walk(name, "", "", json);
            }
        }
        for (String bundle : List.of("messages.properties", "messages_es.properties")) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(I18N.resolve(bundle))) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                texts.add(new String[] {bundle + " " + key, p.getProperty(key)});
            }
        }
    }

    @Test
    void theScanSeesBothLanguagesEveryKindOfFileAndBothBundles() {
        Set<String> seen = new TreeSet<>();
        for (String[] t : texts) {
            String where = t[0];
            seen.add(where.startsWith("messages") ? where.substring(0, where.indexOf(' '))
                    : where.substring(0, where.indexOf(' ')).replaceAll("topics/.*", "topics"));
        }
        for (String expected : List.of("en/outcomes.json", "es/outcomes.json", "en/screening-rules.json",
                "es/screening-rules.json", "en/comparison.json", "es/glossary.json", "en/planner-defaults.json",
                "es/topics", "en/topics", "en/sources.json", "messages.properties", "messages_es.properties")) {
            assertTrue(seen.contains(expected), "the scan does not read " + expected + ": " + seen);
        }
    }

    @Test
    void noTextShowsAPhoneNumberOtherThan988And911() {
        List<String> hits = new ArrayList<>();
        for (String[] t : texts) {
            for (String number : phoneNumbers(t[1])) {
                if (!ALLOWED_NUMBERS.containsKey(number)) {
                    hits.add(t[0] + ": " + number);
                }
            }
        }
        assertTrue(hits.isEmpty(), "only 988 and 911 may be shown: " + hits);
    }

    @Test
    void everyAllowedNumberIsStillShownSomewhere() {
        for (String number : ALLOWED_NUMBERS.keySet()) {
            assertTrue(texts.stream().anyMatch(t -> phoneNumbers(t[1]).contains(number)),
                    number + " is no longer shown: take it off the allowed list");
        }
    }

    @Test
    void noTextSaysEligibleInEitherLanguage() {
        List<String> hits = offenders(ELIGIBLE);
        assertTrue(hits.isEmpty(), "never say eligible / elegible: " + hits);
    }

    @Test
    void noTextRepeatsTheSeedNumbersOrWatchListClaimsInEitherLanguage() {
        List<String> fragments = new ArrayList<>(ContentCompletenessTest.FORBIDDEN);
        fragments.addAll(FORBIDDEN_ES);
        List<String> hits = offenders(fragments);
        assertTrue(hits.isEmpty(), "forbidden text found: " + hits);
    }

    @Test
    void noTextUsesPromotionalWordsWithoutANumber() {
        List<String> hits = offenders(PROMOTIONAL);
        assertTrue(hits.isEmpty(), "say what a study found, with its number, instead of: " + hits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"It works well for many people with severe depression.", "A proven treatment.",
        "Funciona bien en muchas personas.", "Un tratamiento comprobado."})
    void thePromotionalScanFindsPlantedWords(String planted) {
        assertTrue(PROMOTIONAL.stream().anyMatch(f -> ContentText.containsIgnoringCase(planted, f)), planted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the SAMHSA National Helpline is free: 1-800-662-HELP (4357).",
        "Call (877) 378-4154 today",
        "Hotline 866-415-6313",
        "at 1-844-405-6185 or online",
        "Text HOME to 741741.",
        "Llame al 1-800-273-8255.",
        "call 1-844-4S-WITHME"})
    void thePhoneCheckFindsPlantedNumbers(String planted) {
        assertTrue(!phoneNumbers(planted).isEmpty(), planted);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Call or text 988, or call 911 in an emergency.",
        "For 2026, the federal limit is $10,600 for one person and $21,200 for a family.",
        "In one study of 2,342 drips, very high blood pressure happened in about 1 in 100.",
        "0.5 mg for each kilogram over 40 minutes, 1,148 adults, 22.5 and 7.6 out of 100",
        "Temporary rules run through December 31, 2026 (90 FR 61301).",
        "Last checked 2026-11-30.",
        "G2082 for doses up to 56 mg"})
    void thePhoneCheckLeavesOtherNumbersAlone(String text) {
        assertEquals(List.of(), phoneNumbers(text), text);
    }

    @Test
    void theAllowedVeteransNumberIsFoundAsANumber() {
        assertEquals(List.of("838255"), phoneNumbers("Veterans: dial 988 then press 1, or text 838255."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"¿Es usted elegible?", "You may be eligible.", "Funciona en el 85 % de los casos",
        "Oprima el 3 para jóvenes"})
    void theWordScanFindsPlantedText(String planted) {
        List<String> all = new ArrayList<>(ELIGIBLE);
        all.addAll(ContentCompletenessTest.FORBIDDEN);
        all.addAll(FORBIDDEN_ES);
        assertTrue(all.stream().anyMatch(f -> ContentText.containsIgnoringCase(planted, f)), planted);
    }

    static List<String> phoneNumbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static List<String> offenders(List<String> fragments) {
        List<String> hits = new ArrayList<>();
        for (String[] t : texts) {
            String lower = t[1].toLowerCase(Locale.ROOT);
            fragments.stream().filter(f -> lower.contains(f.toLowerCase(Locale.ROOT)))
                    .forEach(f -> hits.add(t[0] + ": '" + f + "'"));
        }
        return hits;
    }

    /** Collects every string except ids, dates, source ids and other values (SpanishParityTest.VALUE_KEYS). */
    private static void walk(String file, String path, String key, JsonElement e) {
        if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(en -> walk(file, path + "/" + en.getKey(), en.getKey(), en.getValue()));
        } else if (e.isJsonArray()) {
            for (int i = 0; i < e.getAsJsonArray().size(); i++) {
                walk(file, path + "[" + i + "]", key, e.getAsJsonArray().get(i));
            }
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()
                && !SpanishParityTest.VALUE_KEYS.contains(key)) {
            texts.add(new String[] {file + " " + path, e.getAsString()});
        }
    }

    private static List<Path> jsonFiles(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
