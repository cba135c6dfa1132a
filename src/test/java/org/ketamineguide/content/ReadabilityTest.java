package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadabilityTest {

    @Test
    void formulaMatchesThePublishedCheckValue() {
        // 1 sentence, 13 words, 26 syllables: 0.39 x 13 + 11.8 x 2 - 15.59 = 13.08
        assertEquals(13.08, Readability.fleschKincaidGrade(13, 1, 26), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({
            "cat, 1", "the, 1", "table, 2", "little, 2", "people, 2", "water, 2", "depression, 3",
            "medicine, 3", "ketamine, 3", "treatment, 2", "doctor, 2", "action, 2", "media, 3",
            "usual, 3", "quality, 3", "infusions, 3", "needed, 2", "asked, 1", "1970, 3", "2, 1"})
    void syllableCountsAreClose(String word, int expected) {
        assertEquals(expected, Readability.syllables(word), word);
    }

    @Test
    void countsWordsSentencesAndSyllables() {
        Readability.Score s = Readability.score("The cat sat. The dog ran away!");
        assertEquals(7, s.words());
        assertEquals(2, s.sentences());
        assertEquals(8, s.syllables());
    }

    @Test
    void decimalNumbersAndAbbreviationsDoNotEndSentences() {
        assertEquals(1, Readability.score("About 22.5% of people, e.g. adults, felt better.").sentences());
    }

    @Test
    void textWithoutEndMarkIsOneSentence() {
        assertEquals(1, Readability.score("Ketamine was first approved in 1970").sentences());
    }

    @Test
    void simpleTextScoresLowerThanDenseText() {
        double easy = Readability.grade("I feel sad. I went to see my doctor. She was kind to me.");
        double hard = Readability.grade("Esketamine administration necessitates comprehensive post-administration "
                + "hemodynamic monitoring in certified healthcare settings.");
        assertTrue(easy < 3, "easy text: " + easy);
        assertTrue(hard > 14, "hard text: " + hard);
    }

    @Test
    void emptyTextHasGradeZero() {
        assertEquals(0, Readability.grade("   "), 1e-9);
    }
}
