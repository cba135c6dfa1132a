package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Glossary terms of the real Spanish glossary found in Spanish text, with their word forms. */
class SpanishGlossaryMatcherTest {
    private static final GlossaryMatcher MATCHER = GlossaryMatcher.of(SpanishSearchTest.SPANISH.glossary(),
            SearchLanguage.SPANISH);

    @ParameterizedTest(name = "\"{0}\" marks {1}")
    @CsvSource(delimiter = '|', value = {
            "Las infusiones duran unos 40 minutos. | infusion",
            "Una infusi\u00f3n por vena. | infusion",
            "Le ponen un suero. | infusion",
            "Hubo dos reca\u00eddas en un a\u00f1o. | relapse",
            "Puede apelar la decisi\u00f3n. | appeal",
            "Su plan rechaz\u00f3 las apelaciones. | appeal",
            "Se sinti\u00f3 desconectada. | dissociation",
            "La disociaci\u00f3n pasa pronto. | dissociation",
            "La esquetamina es la forma S. | esketamine",
            "Los receptores NMDA del cerebro. | nmda-receptor",
            "Es una mezcla rac\u00e9mica. | racemic",
            "Una terapia de conversaci\u00f3n. | psychotherapy",
            "La TEC y la EMT. | ect tms",
            "Un medicamento a\u00f1adido y dos medicamentos a\u00f1adidos. | augmentation augmentation",
            "Los antidepresivos y la antidepresiva. | antidepressant antidepressant",
            "Su plan paga su parte. | ''",
            "Lee su lista de medicinas. | ''",
            "El a\u00f1o pasado fue dif\u00edcil. | ''",
    })
    void spanishTermsAreMarkedInTheirWordForms(String text, String expected) {
        List<String> ids = MATCHER.find(text).stream().map(GlossaryMatcher.Match::termId).toList();
        assertEquals(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")), ids, text);
    }
}
