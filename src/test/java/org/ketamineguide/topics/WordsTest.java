package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest
    @CsvSource({"Caf\u00e9, cafe", "NA\u00cfVE, naive", "\u00c9l\u00e8ve, eleve", "Spravato, spravato"})
    void foldingIgnoresCaseAndAccentsAndKeepsLength(String text, String folded) {
        assertEquals(folded, Words.fold(text));
        assertEquals(text.length(), Words.fold(text).length());
    }

    @Test
    void tokensKnowWhereTheyAre() {
        String text = "Ketamine's effects, off-label; don\u2019t drive.";
        List<Words.Token> tokens = Words.tokens(text);
        assertEquals(List.of("ketamine", "effects", "off", "label", "don't", "drive"),
                tokens.stream().map(Words.Token::word).toList());
        for (Words.Token t : tokens) {
            assertEquals(t.word(), Words.fold(text.substring(t.start(), t.end())).replace('\u2019', '\''));
        }
    }

    @Test
    void decomposedAccentsAreDroppedFromTheWord() {
        String text = "cafe\u0301 open";
        assertEquals(List.of("cafe", "open"), Words.words(text));
        assertEquals(5, Words.tokens(text).get(0).end());
    }
}
