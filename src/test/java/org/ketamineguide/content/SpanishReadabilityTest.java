package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spanish syllables follow the diphthong and hiatus rules; the formula is Fernández-Huerta's. */
class SpanishReadabilityTest {

    @ParameterizedTest(name = "{0} has {1}")
    @CsvSource({
            "casa, 2", "médico, 3", "tratamiento, 4", "ciudad, 2", "día, 2", "país, 2", "poeta, 3", "leer, 2",
            "cuidado, 3", "muy, 1", "hoy, 1", "ahora, 3", "que, 1", "guitarra, 3", "pingüino, 3", "Uruguay, 3",
            "ketamina, 4", "esketamina, 5", "depresión, 3", "antidepresivo, 6", "aerosol, 4", "oído, 3",
            "buey, 1", "2026, 3", "a, 1", "y, 1"})
    void syllables(String word, int expected) {
        assertEquals(expected, SpanishReadability.syllables(word));
    }

    @Test
    void formulaMatchesItsDefinition() {
        // 100 words, 5 sentences (20 words each), 180 syllables: 206.84 - 0.60*180 - 1.02*20 = 78.44
        assertEquals(78.44, SpanishReadability.fernandezHuerta(100, 5, 180), 1e-9);
        // the same words in 10 shorter sentences read more easily: 206.84 - 108 - 10.2 = 88.64
        assertEquals(88.64, SpanishReadability.fernandezHuerta(100, 10, 180), 1e-9);
        assertEquals(100, SpanishReadability.fernandezHuerta(0, 0, 0), 1e-9);
    }

    @Test
    void shortPlainSentencesScoreEasierThanLongTechnicalOnes() {
        double plain = SpanishReadability.ease("Este es un remedio para la tristeza. Se da en la clínica. Usted se sienta.");
        double hard = SpanishReadability.ease("La administración intravenosa de ketamina racémica constituye una "
                + "intervención farmacológica considerablemente investigada en depresiones resistentes.");
        assertTrue(plain >= 80, "plain: " + plain);
        assertTrue(hard < 50, "hard: " + hard);
    }

    @Test
    void questionAndExclamationMarksCount() {
        SpanishReadability.Score s = SpanishReadability.score("¿Qué es? ¡Ayuda! Llame al 988.");
        assertEquals(3, s.sentences());
        assertEquals(6, s.words());
    }
}
