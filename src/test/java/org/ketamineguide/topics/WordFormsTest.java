package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordFormsTest {

    @ParameterizedTest(name = "{0} and {1} are the same word")
    @CsvSource({"effects, effect", "infusions, infusion", "driving, drive", "drives, drive", "doses, dose",
            "dosing, dose", "dosed, dose", "therapies, therapy", "studied, study", "stopping, stop",
            "feelings, feeling", "needed, need", "clinics, clinic", "sessions, session", "classes, class",
            "patches, patch", "falling, fall"})
    void wordFormsShareAStem(String a, String b) {
        assertEquals(WordForms.stem(b), WordForms.stem(a));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({"being, bee", "thing, the", "bus, but", "status, state", "dissociation, dissociative",
            "less, le", "this, thi"})
    void differentWordsStayApart(String a, String b) {
        assertNotEquals(WordForms.stem(b), WordForms.stem(a));
    }

    @ParameterizedTest
    @CsvSource({"is", "was", "its", "bus", "ect"})
    void shortWordsAreLeftAlone(String word) {
        assertEquals(word, WordForms.stem(word));
    }
}
