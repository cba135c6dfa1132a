package org.ketamineguide.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreeningSavedFileTest {
    private static ScreeningRules rules;
    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        rules = ScreeningRules.bundled();
    }

    @Test
    void savesAndReadsBackTheSameAnswersInQuestionOrder() throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("insurance", "medicare");
        answers.put("age", "65_plus");
        answers.put("phq9_9", "1");
        Path file = dir.resolve("mine.json");
        SavedScreening.write(file, rules, answers);

        Map<String, String> back = SavedScreening.read(file, rules);
        assertEquals(answers, back);
        assertEquals(List.of("age", "phq9_9", "insurance"), List.copyOf(back.keySet()));
        String text = Files.readString(file);
        assertTrue(text.contains("\"age\": \"65_plus\""), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON | {\"age\": | not valid JSON",
            "a list | [\"age\", \"18_64\"] | must hold one JSON object",
            "a number | {\"age\": 18} | 'age'",
            "a nested object | {\"age\": {\"id\": \"18_64\"}} | 'age'",
            "an unknown question | {\"age\": \"18_64\", \"shoe_size\": \"10\"} | shoe_size",
            "an unknown option | {\"age\": \"18_64\", \"has_ride\": \"bicycle\"} | bicycle",
            "empty | '' | is empty"})
    void damagedFilesAreRefusedWithAPlainReason(String what, String text, String named) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        SavedScreening.Refused e = assertThrows(SavedScreening.Refused.class, () -> SavedScreening.read(file, rules));
        assertTrue(e.getMessage().contains(named), what + ": " + e.getMessage());
        assertTrue(e.getMessage().startsWith("This file is not a saved screening"), e.getMessage());
    }

    @Test
    void binaryAndHugeFilesAreRefused() throws IOException {
        Path binary = dir.resolve("photo.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2});
        assertThrows(SavedScreening.Refused.class, () -> SavedScreening.read(binary, rules));

        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"age\": \"18_64\"" + " ".repeat((int) SavedScreening.MAX_BYTES) + "}");
        var e = assertThrows(SavedScreening.Refused.class, () -> SavedScreening.read(huge, rules));
        assertTrue(e.detail().contains("too large"));
    }

    @Test
    void aVersionOneFileWithPregnantOrPlanningOpensAsPregnantAndSaysWhichAnswerChanged() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, "{\"age\": \"18_64\", \"pregnancy\": \"pregnant_or_planning\", \"has_ride\": \"yes\"}");

        SavedScreening.Opened opened = SavedScreening.open(file, rules);
        assertEquals(Map.of("age", "18_64", "pregnancy", "pregnant", "has_ride", "yes"), opened.answers());
        assertEquals(List.of(new SavedScreening.Changed("pregnancy", "pregnant_or_planning", "pregnant")),
                opened.changed());
        assertEquals(opened.answers(), SavedScreening.read(file, rules));
        assertEquals(Suitability.NOT_ADVISED, rules.evaluate(opened.answers()).suitability("iv_ketamine"));
    }

    @Test
    void aCurrentFileOpensWithNothingChanged() throws Exception {
        for (String option : List.of("pregnant", "planning")) {
            SavedScreening.Opened opened = SavedScreening.parseOpened("{\"pregnancy\": \"" + option + "\"}", rules);
            assertEquals(Map.of("pregnancy", option), opened.answers());
            assertTrue(opened.changed().isEmpty());
        }
    }

    @Test
    void theOldAnswerIsRenamedOnlyForItsOwnQuestion() {
        var e = assertThrows(SavedScreening.Refused.class,
                () -> SavedScreening.parse("{\"age\": \"pregnant_or_planning\"}", rules));
        assertTrue(e.detail().contains("pregnant_or_planning"), e.detail());
    }

    @Test
    void missingFileIsRefused() {
        assertThrows(SavedScreening.Refused.class, () -> SavedScreening.read(dir.resolve("gone.json"), rules));
    }

    @Test
    void writingUnknownIdsIsRefusedBeforeTouchingTheFile() throws IOException {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, "{\"age\": \"18_64\"}");
        assertThrows(IllegalArgumentException.class,
                () -> SavedScreening.write(file, rules, Map.of("age", "ancient")));
        assertEquals("{\"age\": \"18_64\"}", Files.readString(file));
    }
}
