package org.ketamineguide.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.json.JsonProblem.Kind;
import org.ketamineguide.testing.HostileFiles;

/** The strict reading layer itself: what it accepts, what it refuses, and how it names problems. */
class StrictJsonTest {
    @TempDir
    Path dir;

    private static JsonFields parse(String text) {
        return StrictJson.named("test.json").parse(text);
    }

    private static JsonProblem refused(String text) {
        return assertThrows(JsonProblem.class, () -> parse(text));
    }

    @Test
    void acceptsStrictJsonWithUnicodeTextAndEscapes() {
        JsonFields f = parse("{\"a\": \"caf\\u00e9 \u2014 \\\"ok\\\" \\/ \ud83d\ude00\", \"b\": [1, 2.50, -3e2], "
                + "\"c\": {\"d\": true, \"e\": null}}\n");
        assertEquals("café — \"ok\" / \ud83d\ude00", f.text("a"));
        assertTrue(f.object("c").bool("d"));
        assertFalse(f.object("c").has("e"));
        assertTrue(f.object("c").contains("e"));
        assertEquals(List.of("a", "b", "c"), List.copyOf(f.fieldNames()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"900.00, 900.00", "20, 20", "-0.5, -0.5", "1e3, 1E+3", "123456789012345, 123456789012345",
            "0.000000000000001, 1E-15", "1.50000000000000000000, 1.50000000000000000000", "0e-99999, 0E-99999"})
    void numbersAreExactDecimals(String literal, String exact) {
        assertEquals(new BigDecimal(exact), parse("{\"n\": " + literal + "}").number("n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1e99999", "-1e-99999", "1e9999999999", "1234567890123456", "0.0000000000000001", "1e16",
            "12345678901234567890123456789012345678901"})
    void numbersFarOutsideAnyFieldAreRefusedByName(String literal) {
        JsonFields f = parse("{\"outer\": {\"n\": " + literal + "}}");
        assertTrue(f.object("outer").has("n"), "a number no field reads costs nothing");
        JsonProblem e = assertThrows(JsonProblem.class, () -> f.objectAt("outer").number("n"));
        assertEquals("outer.n", e.field());
        assertEquals(Kind.OUT_OF_RANGE, e.kind());
        assertEquals("test.json, field 'outer.n': is a number far outside what this field allows", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"a\": 1, \"a\": 2}              | a         | is given twice",
            "{\"o\": {\"a\": 1, \"a\": 1}}     | o.a       | is given twice",
            "{\"l\": [{}, {\"x\": \"\\u0001\"}]} | l[1].x  | holds a control character",
            "{\"o\": {\"a\\u0000\": 1}}         | o         | holds a name with a control character",
            "{\"a\": \"\\udc00\"}              | a         | holds a broken character",
            "{\"a\": \"\\ud800x\"}             | a         | holds a broken character",
            "{\"a\": \"\\u007f\"}              | a         | holds a control character"})
    void problemsInsideTheTreeNameTheirPlace(String text, String field, String reason) {
        JsonProblem e = refused(text);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(reason, e.reason());
        assertEquals(Kind.DAMAGED, e.kind());
        assertEquals("test.json", e.file());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
            "''                    | is empty",
            "'  \n '               | is empty",
            "[1]                   | must hold one JSON object",
            "\"text\"              | must hold one JSON object",
            "null                  | must hold one JSON object",
            "{\"a\": 1}}           | not valid JSON (line 1, column 10)",
            "{\"a\": 01}           | not valid JSON",
            "{\"a\": .5}           | not valid JSON",
            "{\"a\": +1}           | not valid JSON",
            "{\"a\": 0x10}         | not valid JSON",
            "{\"a\": \"\\x\"}      | not valid JSON",
            "{\"a\" 1}             | not valid JSON",
            "{\"a\": [1 2]}        | not valid JSON",
            "{\"a\": True}         | not valid JSON",
            "# comment\\n{}        | not valid JSON"})
    void wholeFileProblemsSayWhatIsWrong(String text, String reason) {
        JsonProblem e = refused(text.replace("\\n", "\n"));
        assertNull(e.field());
        assertTrue(e.reason().contains(reason), e.getMessage());
        HostileInputTest.assertPlain(e.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsFineAndOneDeeperIsNot() {
        String ok = "{\"a\": " + "[".repeat(StrictJson.MAX_DEPTH - 1) + "]".repeat(StrictJson.MAX_DEPTH - 1) + "}";
        assertTrue(parse(ok).has("a"));
        String deep = "{\"a\": " + "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH) + "}";
        JsonProblem e = refused(deep);
        assertEquals("is nested too deeply", e.reason());
        assertTrue(e.field().startsWith("a[0][0]") && e.field().length() <= 80, e.field());
    }

    @Test
    void theSizeLimitIsCountedWhileReadingAStream() {
        InputStream zeros = new InputStream() {
            private long served;

            @Override
            public int read() {
                served++;
                return served > 1L << 40 ? -1 : 0;
            }
        };
        StrictJson small = StrictJson.named("s.json").maxBytes(1024);
        JsonProblem e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(JsonProblem.class, () -> small.readText(zeros)));
        assertEquals("is too large (more than 1 KB)", e.reason());
        assertEquals("{}", small.readText(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void textLongerThanTheLimitIsRefusedBeforeParsing() {
        StrictJson small = StrictJson.named(null).maxBytes(10);
        assertEquals("is too large (more than 10 bytes)", assertThrows(JsonProblem.class,
                () -> small.parse("{\"a\": \"12345\"}")).reason());
    }

    @Test
    void aFileOfExactlyTheLimitIsRead() throws Exception {
        Path file = dir.resolve("x.json");
        String text = "{\"a\": \"" + "x".repeat(100 - 9) + "\"}";
        Files.writeString(file, text);
        assertEquals(100, Files.size(file));
        assertEquals(text, StrictJson.named("x.json").maxBytes(100).readText(file));
        assertThrows(JsonProblem.class, () -> StrictJson.named("x.json").maxBytes(99).readText(file));
    }

    @Test
    void aLinkToARegularFileIsFollowedAndALinkToADeviceIsNot() throws Exception {
        Path target = dir.resolve("real.json");
        Files.writeString(target, "{\"a\": 1}");
        Path link = dir.resolve("link.json");
        Files.createSymbolicLink(link, target);
        assertEquals(BigDecimal.ONE, StrictJson.named("link.json").read(link).number("a"));
        HostileFiles.linkToDevZero(dir.resolve("zero.json"));
        JsonProblem e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(JsonProblem.class,
                () -> StrictJson.named("zero.json").read(dir.resolve("zero.json"))));
        assertTrue(e.reason().startsWith("is not a regular file"), e.reason());
    }

    @Test
    void devZeroItselfIsRefusedByType() throws Exception {
        HostileFiles.linkToDevZero(dir.resolve("probe"));
        JsonProblem e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(JsonProblem.class,
                () -> StrictJson.named("zero").read(Path.of("/dev/zero"))));
        assertEquals(Kind.DAMAGED, e.kind());
        assertEquals("zero: is not a regular file (it may be a device or a pipe)", e.getMessage());
    }

    @Test
    void missingAndUnreadableFilesAreNamed() throws Exception {
        assertEquals("gone.json: was not found", assertThrows(JsonProblem.class,
                () -> StrictJson.named("gone.json").read(dir.resolve("gone.json"))).getMessage());
        assertEquals("d: is a folder, not a file",
                assertThrows(JsonProblem.class, () -> StrictJson.named("d").read(dir)).getMessage());
    }

    @Test
    void fieldReadersSayWhatTheyExpected() {
        JsonFields f = parse("{\"n\": \"5\", \"t\": 5, \"b\": \"yes\", \"o\": [], \"l\": {}, \"blank\": \"  \", "
                + "\"whole\": 2.5, \"date\": \"2026-02-30\", \"texts\": [\"a\", 3], \"z\": null}");
        assertProblem(() -> f.number("n"), "n", Kind.NOT_NUMBER, "must be a number");
        assertProblem(() -> f.text("t"), "t", Kind.NOT_TEXT, "must be text");
        assertProblem(() -> f.bool("b"), "b", Kind.NOT_TRUE_FALSE, "must be true or false");
        assertProblem(() -> f.object("o"), "o", Kind.NOT_OBJECT, "must be an object");
        assertProblem(() -> f.texts("l", true), "l", Kind.NOT_LIST, "must be a list");
        assertProblem(() -> f.text("blank"), "blank", Kind.INVALID, "is blank");
        assertProblem(() -> f.integer("whole"), "whole", Kind.INVALID, "must be a whole number");
        assertProblem(() -> f.date("date"), "date", Kind.INVALID, "must be a date like 2026-11-23, not '2026-02-30'");
        assertProblem(() -> f.texts("texts", true), "texts[1]", Kind.NOT_TEXT, "must be non-blank text");
        assertProblem(() -> f.text("z"), "z", Kind.MISSING, "is missing");
        assertProblem(() -> f.objects("nothing", true), "nothing", Kind.MISSING, "is missing");
        assertEquals(Optional.empty(), f.optionalDate("nothing"));
        assertEquals("  ", f.string("blank"));
        assertFalse(f.flag("nothing"));
    }

    @Test
    void problemsNameTheItemAndThePath() {
        JsonFields f = parse("{\"price\": {\"low\": \"x\"}, \"list\": [{\"id\": 1}], \"date\": \"2026-01-05\"}");
        JsonProblem nested = assertThrows(JsonProblem.class, () -> f.withId("iv").objectAt("price").number("low"));
        assertEquals("test.json, item 'iv', field 'price.low': must be a number", nested.getMessage());
        JsonProblem listed = assertThrows(JsonProblem.class, () -> f.objectsAt("list", true).get(0).text("id"));
        assertEquals("list[0].id", listed.field());
        JsonProblem plain = assertThrows(JsonProblem.class, () -> f.object("price").number("low"));
        assertEquals("low", plain.field(), "object() keeps the content files' short names");
        assertEquals(LocalDate.of(2026, 1, 5), f.date("date"));
    }

    @Test
    void aReaderCanMakeItsOwnSubclass() {
        final class Mine extends JsonProblem {
            Mine(String file, String item, String field, Kind kind, String reason) {
                super("mine: " + reason, file, item, field, kind, reason);
            }
        }
        JsonFields f = StrictJson.named("m.json").problems(Mine::new).parse("{\"a\": 1}");
        JsonProblem e = assertThrows(Mine.class, () -> f.text("a"));
        assertEquals("mine: must be text", e.getMessage());
        assertThrows(Mine.class, () -> StrictJson.named("m.json").problems(Mine::new).parse("{"));
    }

    private static void assertProblem(Runnable read, String field, Kind kind, String reason) {
        JsonProblem e = assertThrows(JsonProblem.class, read::run);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(reason, e.reason());
    }
}
