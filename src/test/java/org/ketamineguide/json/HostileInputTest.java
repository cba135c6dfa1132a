package org.ketamineguide.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineguide.config.ClinicConfigLoader;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.decision.DecisionFile;
import org.ketamineguide.decision.DecisionRecord;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.screening.SavedScreening;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.testing.BundledContent;
import org.ketamineguide.testing.HostileFiles;

/**
 * Every file reader of the app against what an attacker would hand it: pipes, devices, folders,
 * sparse files of gigabytes, and JSON that lenient parsers accept (comments, unquoted names,
 * duplicate names, trailing data, NUL characters, huge exponents, deep nesting, a byte order mark,
 * bytes that are not UTF-8). Each is refused with the one problem type, naming the file and, where
 * one applies, the field, and in bounded time (the timeout only guards against a hang).
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final ContentRepository CONTENT = ContentRepository.bundled();
    private static final ScreeningRules RULES = ScreeningRules.bundled();
    private static final Set<String> SOURCE_IDS = ScreeningRules.sourceIds(ContentFiles.bundled().read("sources.json"));

    @TempDir
    Path dir;

    /** Loads what the reader reads from a folder, after the hostile file was put at {@code file}. */
    @FunctionalInterface
    interface Load {
        void load(Path dir, Path file) throws Exception;
    }

    /** A place for a number in a valid file ({@code %N%}) and the field a refusal must then name. */
    record NumberSlot(String template, String field) {
    }

    /**
     * One reader: its file, a valid text, a name that is already in the text's root object (with a
     * value that is fine on its own), and where numbers go.
     */
    record Reader(String name, String file, boolean needsContent, String valid, String duplicate,
                  String duplicateField, List<NumberSlot> numbers, Load load) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * One hostile input: how to put it where the reader looks, the field the refusal must name (or
     * null) and words its reason must hold (or null).
     */
    record Hostile(String name, Place place, String field, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Place {
        void at(Path file, Reader reader) throws IOException;
    }

    private static String bundled(String file) {
        return ContentFiles.bundled().read(file);
    }

    static List<Reader> readers() {
        String sources = bundled("sources.json");
        String rules = bundled(ScreeningRules.FILE);
        String defaults = bundled(PlannerDefaults.FILE);
        String plan = """
                {"version": 1, "treatment": "spravato", "horizonWeeks": 26, "pricePerSession": 900.00,
                 "inductionSessions": 6, "inductionWeeks": 3, "maintenanceIntervalWeeks": 2, "oneTimeFees": 350.00,
                 "extraPerSession": 25.00, "insurance": {"covered": false}}
                """;
        String decision = DecisionFile.toJson(DecisionRecord.empty());
        String config = """
                {"clinicName": "Test Clinic", "kiosk": true, "idleTimeoutSeconds": 120, "warningSeconds": 30,
                 "defaultPrices": {"spravato": 850.00}, "staffPin": "4826"}
                """;
        return List.of(
                new Reader("content loader", "sources.json", true, sources, "\"sources\": [],", "sources",
                        List.of(new NumberSlot(sources.replaceFirst("\"year\": \\d+", "\"year\": %N%"), "year")),
                        (d, f) -> ContentRepository.load(ContentFiles.folder(d))),
                new Reader("screening rules", ScreeningRules.FILE, false, rules, "\"version\": \"0\",", "version",
                        List.of(new NumberSlot(rules.replaceFirst("\"score\": \\d+", "\"score\": %N%"), "score")),
                        (d, f) -> ScreeningRules.load(ScreeningRules.FILE,
                                ContentFiles.folder(d).read(ScreeningRules.FILE), SOURCE_IDS)),
                new Reader("planner defaults", PlannerDefaults.FILE, false, defaults, "\"version\": 1,", "version",
                        List.of(new NumberSlot(defaults.replaceFirst("\"value\": \\d+", "\"value\": %N%"),
                                "horizonWeeks.value")),
                        (d, f) -> PlannerDefaults.load(ContentFiles.folder(d).read(PlannerDefaults.FILE),
                                CONTENT::source)),
                new Reader("plan file", "plan.json", false, plan, "\"version\": 1,", "version",
                        List.of(new NumberSlot(plan.replace("900.00", "%N%"), "pricePerSession"),
                                new NumberSlot(plan.replace("\"horizonWeeks\": 26", "\"horizonWeeks\": %N%"),
                                        "horizonWeeks")),
                        (d, f) -> CostPlan.fromFile(f)),
                new Reader("saved screening", "screening.json", false, "{\"age\": \"18_64\", \"diagnosis\": \"mdd\"}",
                        "\"age\": \"65_plus\",", "age",
                        List.of(new NumberSlot("{\"age\": %N%}", "age")),
                        (d, f) -> SavedScreening.read(f, RULES)),
                new Reader("clinic configuration", "clinic.json", false, config, "\"kiosk\": false,", "kiosk",
                        List.of(new NumberSlot(config.replace("120", "%N%"), "idleTimeoutSeconds"),
                                new NumberSlot(config.replace(": 30", ": %N%"), "warningSeconds"),
                                new NumberSlot(config.replace("850.00", "%N%"), "defaultPrices.spravato")),
                        (d, f) -> ClinicConfigLoader.load(f)),
                new Reader("saved decision guide", "decision.json", false, decision, "\"version\": 1,", "version",
                        List.of(new NumberSlot(decision.replace("\"version\": 1", "\"version\": %N%"), "version")),
                        (d, f) -> DecisionFile.read(f)));
    }

    private static Place text(java.util.function.UnaryOperator<String> change) {
        return (file, reader) -> Files.writeString(file, change.apply(reader.valid()), StandardCharsets.UTF_8);
    }

    /** The valid text with {@code inserted} just after its first '{'. */
    private static Place insert(String inserted) {
        return text(s -> s.replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement("{" + inserted)));
    }

    static List<Hostile> hostiles() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        return List.of(
                new Hostile("named pipe", (f, r) -> HostileFiles.namedPipe(f), null, "not a regular file"),
                new Hostile("link to /dev/zero", (f, r) -> HostileFiles.linkToDevZero(f), null, "not a regular file"),
                new Hostile("folder", (f, r) -> Files.createDirectory(f), null, "folder"),
                new Hostile("sparse 3 GB file", (f, r) -> HostileFiles.sparse(f, r.valid()), null, "too large"),
                new Hostile("line comment", text(s -> "// note\n" + s), null, "not valid JSON"),
                new Hostile("block comment", insert("/* note */"), null, "not valid JSON"),
                new Hostile("unquoted name", insert("note: 1,"), null, "not valid JSON"),
                new Hostile("single quotes", insert("'note': 'x',"), null, "not valid JSON"),
                new Hostile("trailing comma", text(s -> s.substring(0, s.lastIndexOf('}')) + ",}"), null,
                        "not valid JSON"),
                new Hostile("trailing object", text(s -> s + " {}"), null, "not valid JSON"),
                new Hostile("trailing word", text(s -> s + " x"), null, "not valid JSON"),
                new Hostile("NaN", insert("\"note\": NaN,"), null, "not valid JSON"),
                new Hostile("Infinity", insert("\"note\": -Infinity,"), null, "not valid JSON"),
                new Hostile("raw NUL in text", insert("\"note\": \"a\u0000b\","), null, "not valid JSON"),
                new Hostile("escaped NUL in text", insert("\"note\": \"a\\u0000b\","), "note", "control character"),
                new Hostile("escaped line break in text", insert("\"note\": \"a\\nb\","), "note", "control character"),
                new Hostile("broken surrogate in text", insert("\"note\": \"\\ud800\","), "note", "broken character"),
                new Hostile("NUL after the end", text(s -> s + "\u0000"), null, "not valid JSON"),
                new Hostile("duplicate name", (f, r) -> insert(r.duplicate()).at(f, r), "$duplicate", "given twice"),
                new Hostile("10,000 nested lists", insert("\"note\": " + deep + ","), "note", "nested too deeply"),
                new Hostile("10,000 open brackets", text(s -> "[".repeat(10_000)), null, "one JSON object"),
                new Hostile("byte order mark", text(s -> "\uFEFF" + s), null, "byte order mark"),
                new Hostile("bytes that are not UTF-8", (f, r) -> {
                    byte[] valid = r.valid().getBytes(StandardCharsets.UTF_8);
                    byte[] bad = new byte[valid.length + 2];
                    bad[0] = valid[0];
                    bad[1] = (byte) 0xFF;
                    bad[2] = (byte) 0xC3;
                    System.arraycopy(valid, 1, bad, 3, valid.length - 1);
                    Files.write(f, bad);
                }, null, "UTF-8"),
                new Hostile("empty file", text(s -> ""), null, "is empty"));
    }

    /** Numbers that must be refused by the field's name, never expanded. */
    static final List<String> HUGE_NUMBERS = List.of("1e99999", "-1e-99999", "1e9999999999", "9".repeat(400),
            "0." + "0".repeat(300) + "1");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Reader reader : readers()) {
            for (NumberSlot slot : reader.numbers()) {
                for (String literal : HUGE_NUMBERS) {
                    String filled = slot.template().replace("%N%", literal);
                    String name = (literal.length() > 20 ? literal.length() + "-character number" : literal) + " in "
                            + slot.field();
                    out.add(Arguments.of(reader, new Hostile(name,
                            (f, r) -> Files.writeString(f, filled, StandardCharsets.UTF_8), slot.field(), null)));
                }
            }
            for (Hostile h : hostiles()) {
                if ("$duplicate".equals(h.field())) {
                    out.add(Arguments.of(reader, new Hostile(h.name(), h.place(), reader.duplicateField(), h.reason())));
                } else {
                    out.add(Arguments.of(reader, h));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void hostileInputIsRefusedWithTheOneProblemType(Reader reader, Hostile hostile) throws Exception {
        if (reader.needsContent()) {
            BundledContent.copyTo(dir);
        }
        Path file = dir.resolve(reader.file());
        Files.deleteIfExists(file);
        try {
            hostile.place().at(file, reader);
            JsonProblem e = assertTimeoutPreemptively(HANG_GUARD,
                    () -> assertThrows(JsonProblem.class, () -> reader.load().load(dir, file)));
            String message = e.getMessage();
            assertEquals(reader.file(), e.file(), message);
            assertTrue(message.contains(reader.file()), () -> "names the file: " + message);
            if (hostile.field() != null) {
                assertTrue(message.contains("'" + hostile.field()), () -> "names '" + hostile.field() + "': " + message);
            }
            if (hostile.reason() != null) {
                assertTrue(e.reason().contains(hostile.reason()), () -> "says '" + hostile.reason() + "': " + message);
            }
            assertPlain(message);
        } finally {
            if (Files.isRegularFile(file)) {
                Files.delete(file);
            }
        }
    }

    static void assertPlain(String message) {
        assertFalse(message.isBlank());
        assertTrue(message.length() < 300, () -> "short: " + message);
        for (String technical : List.of("Exception", "com.google", "gson", "$.", "\tat ", "Strictness", "http")) {
            assertFalse(message.contains(technical), () -> "plain, without '" + technical + "': " + message);
        }
    }
}
