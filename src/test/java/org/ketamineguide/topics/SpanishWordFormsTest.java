package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanishWordFormsTest {

    /** Folds as the Spanish search does: no accents, lower case, "\u00f1" kept. */
    private static String stem(String word) {
        return SpanishWordForms.stem(SearchLanguage.SPANISH.tokens(word).get(0).word());
    }

    @ParameterizedTest(name = "{0} and {1} are the same word")
    @CsvSource({
            // plurals: -s, -es, -ces/-z, words ending in a consonant that looks like a verb ending
            "efectos, efecto", "infusiones, infusi\u00f3n", "dolores, dolor", "meses, mes", "clientes, cliente",
            "veces, vez", "ra\u00edces, ra\u00edz", "luces, luz", "cabezas, cabeza", "ex\u00e1menes, examen",
            "j\u00f3venes, joven", "lugares, lugar", "mujeres, mujer", "planes, plan", "usos, uso",
            "farmacias, farmacia", "medios, medio", "leyes, ley", "se\u00f1ales, se\u00f1al", "a\u00f1os, a\u00f1o",
            // masculine and feminine
            "sedado, sedada", "sedados, sedadas", "embarazada, embarazadas", "secundario, secundaria",
            "racemico, rac\u00e9mica", "enfermero, enfermera", "necesario, necesarias", "primero, primera",
            // -ar verbs
            "manejar, maneja", "manejar, manejamos", "manejar, manejan", "manejar, manej\u00e9", "manejar, manej\u00f3",
            "manejar, manejaba", "manejar, manejaban", "manejar, manejar\u00e1", "manejar, manejar\u00eda",
            "manejar, maneje", "manejar, manejen", "manejar, manejando", "manejar, manejado", "manejar, manejaron",
            "manejar, manejara",
            // -er and -ir verbs
            "comer, come", "comer, comemos", "comer, comen", "comer, comi\u00f3", "comer, comiendo", "comer, comido",
            "comer, com\u00eda", "comer, comieron", "vivir, vive", "vivir, vivimos", "vivir, viven", "vivir, vivi\u00f3",
            "vivir, viviendo", "vivir, vivido", "vivir, vivir\u00e1", "vivir, viviera",
            // a pronoun attached to an infinitive or gerund
            "tomarla, tomar", "tomarlo, tomar", "tom\u00e1ndola, tomando", "suicidarme, suicidar", "hacerse, hacer",
            "dejarlo, deja",
            // adverbs
            "generalmente, general"})
    void wordFormsShareAStem(String a, String b) {
        assertEquals(stem(b), stem(a));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({"dosis, dos", "a\u00f1o, ano", "a\u00f1os, anos", "pe\u00f1a, pena", "da\u00f1o, dan", "crisis, cris",
            "disociaci\u00f3n, disociado", "mes, mas", "parte, par", "suerte, suero", "vida, vivir", "suero, su", "lee, le", "sea, se",
            "una, un"})
    void differentWordsStayApart(String a, String b) {
        assertNotEquals(stem(b), stem(a));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"de, de", "mi, mi", "dosis, dosis", "crisis, crisis", "psicosis, psicosis", "virus, virus",
            "phq9, phq9", "100mg, 100mg", "plan, plan", "planes, plan", "vez, vec", "usos, uso", "suero, suer",
            "lee, lee", "a\u00f1os, a\u00f1o", "tomar, tom", "vida, vid",
            "morirme, mor", "sobredosis, sobredosis"})
    void stems(String word, String stem) {
        assertEquals(stem, stem(word));
    }
}
