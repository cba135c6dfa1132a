package org.ketamineguide.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A saved decision guide holds ids, not screen words, reads back the same, and a damaged one is refused whole. */
class DecisionFileTest {
    @TempDir
    Path dir;

    @Test
    void aSavedRecordReadsBackTheSame() throws Exception {
        Path file = dir.resolve("answers.json");
        DecisionFile.write(file, DecisionFixtures.filledIn());
        assertEquals(DecisionFixtures.filledIn(), DecisionFile.read(file));
    }

    @Test
    void theFileHoldsIdsNotScreenWords() {
        String json = DecisionFile.toJson(DecisionFixtures.filledIn());
        assertTrue(json.contains("\"speed\": \"very\""), json);
        assertTrue(json.contains("\"leaning\": \"tms\""), json);
        assertTrue(json.contains("\"sure\": \"no\""), json);
        assertFalse(json.contains("Very important"), json);
        assertFalse(json.contains("How fast"), json);
    }

    @Test
    void anEmptyRecordRoundTrips() throws Exception {
        assertEquals(DecisionRecord.empty(), DecisionFile.parse(DecisionFile.toJson(DecisionRecord.empty())));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json",
            "[]",
            "{\"format\":\"ketamine-guide-decision\",\"version\":2}",
            "{\"format\":\"something-else\",\"version\":1}",
            "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"ratings\":{\"speed\":\"extremely\"}}",
            "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"ratings\":{\"looks\":\"very\"}}",
            "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"leaning\":\"surgery\"}",
            "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"sure\":{\"sure\":\"maybe\"}}",
            "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"sure\":{\"happy\":\"yes\"}}",
            "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"questions\":[3]}",
            "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"extra\":true}"})
    void damagedFilesAreRefused(String text) {
        DecisionFile.Refused e = assertThrows(DecisionFile.Refused.class, () -> DecisionFile.parse(text));
        assertFalse(e.detail().isBlank());
    }

    @Test
    void aTooLongTextIsRefused() {
        String json = "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"otherFactor\":\"" + "x".repeat(501) + "\"}";
        assertThrows(DecisionFile.Refused.class, () -> DecisionFile.parse(json));
    }

    @Test
    void theLargestGuideTheScreenAllowsOpensAgain() throws Exception {
        // 3 bytes per character in UTF-8, the most any character a text field keeps can take
        String longest = "\u6211".repeat(DecisionFile.MAX_TEXT);
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < DecisionFile.MAX_QUESTIONS; i++) {
            questions.add(i + longest.substring(String.valueOf(i).length()));
        }
        DecisionRecord record = new DecisionRecord(Map.of(), longest, Optional.of(DecisionRecord.UNSURE), Map.of(),
                questions);
        Path file = dir.resolve("largest.json");
        DecisionFile.write(file, record);
        assertEquals(record, DecisionFile.read(file));
    }

    @Test
    void aHugeFileIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.json");
        Files.writeString(file, " ".repeat(130 * 1024));
        assertThrows(DecisionFile.Refused.class, () -> DecisionFile.read(file));
    }
}
