package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Topic;
import org.ketamineguide.safety.CrisisLanguage;

/**
 * The topic search on the real Spanish content ({@code content/es/}, loaded and validated by the
 * content loader, with the shared {@code sources.json} from {@code content/en/}): accents optional,
 * plurals, masculine and feminine, verb forms, one typo, "\u00f1", the glossary's forms and crisis help.
 */
class SpanishSearchTest {
    private static final Path CONTENT = Path.of("src/main/resources/org/ketamineguide/content");
    static final ContentRepository SPANISH = spanishContent();
    private static final SearchIndex INDEX = SearchIndex.build(SPANISH.topics(), SPANISH.glossary(),
            CrisisLanguage::matches, SearchLanguage.forLanguage("es"));

    /** The Spanish folder, with the sources both languages share. */
    static ContentRepository spanishContent() {
        ContentFiles en = ContentFiles.folder(CONTENT.resolve("en"));
        ContentFiles es = ContentFiles.folder(CONTENT.resolve("es"));
        return ContentRepository.load(path -> path.equals("sources.json") ? en.read(path) : es.read(path));
    }

    private static List<String> topicIds(SearchResults results) {
        return results.hits(SearchHit.Kind.TOPIC).stream().map(SearchHit::id).toList();
    }

    private static List<String> glossaryIds(SearchResults results) {
        return results.hits(SearchHit.Kind.GLOSSARY).stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            // accents optional, any case
            "disociaci\u00f3n | side-effects",
            "disociacion | side-effects",
            "DISOCIACI\u00d3N | side-effects",
            "dolor de cabeza | side-effects",
            "nauseas | side-effects",
            "presion arterial | side-effects",
            "adiccion | addiction-and-misuse",
            "mal uso | addiction-and-misuse",
            "autorizacion previa | denials-and-appeals",
            "cuanto cuesta | costs-and-insurance",
            "seguro medico | costs-and-insurance",
            "ketamina racemica | what-is-ketamine",
            "receptor nmda | how-it-works",
            "mania | who-may-be-a-candidate",
            "cirugia | what-is-ketamine",
            "jovenes | myths-and-facts",
            // plurals (-s, -es, -ces) and singulars, masculine and feminine
            "efecto secundario | side-effects",
            "efectos secundarios | side-effects",
            "n\u00e1usea | side-effects",
            "cabezas | side-effects",
            "embarazada | pregnancy-and-breastfeeding",
            "embarazadas | pregnancy-and-breastfeeding",
            "embarazo | pregnancy-and-breastfeeding",
            "mareada | side-effects",
            "precio | costs-and-insurance",
            "precios | costs-and-insurance",
            "costo | costs-and-insurance",
            "ley | legal-status",
            "leyes | legal-status",
            "mito | myths-and-facts",
            "mitos | myths-and-facts",
            "apelacion | denials-and-appeals",
            "apelaciones | denials-and-appeals",
            "proveedor | finding-a-provider",
            "proveedores | finding-a-provider",
            "clinica | checking-a-clinic",
            "cl\u00ednicas | checking-a-clinic",
            "convulsi\u00f3n | who-may-be-a-candidate",
            "convulsiones | who-may-be-a-candidate",
            "veterano | insurance-programs",
            "veteranos | insurance-programs",
            "reembolso | checking-a-clinic",
            "reembolsos | checking-a-clinic",
            "joven | myths-and-facts",
            "pastilla para chupar | forms-of-treatment",
            "benzodiazepinas | your-medicines",
            "opioides | your-medicines",
            // verb forms: infinitive, present, past, gerund, subjunctive, attached pronouns
            "manejar | what-to-expect",
            "maneje | what-to-expect",
            "manejando | what-to-expect",
            "funciona | does-it-work",
            "funcion\u00f3 | does-it-work",
            "funcionar | does-it-work",
            "no funciona | if-it-does-not-work",
            "apelar | denials-and-appeals",
            "dejar | if-it-does-not-work",
            "dejarlo | if-it-does-not-work",
            "deja | if-it-does-not-work",
            "recetar | legal-status",
            "receta | legal-status",
            "tomar | at-home-ketamine",
            "tomarla | at-home-ketamine",
            "tomo | at-home-ketamine",
            "cuestan | costs-and-insurance",
            "vigilar | checking-a-clinic",
            "vigilan | checking-a-clinic",
            "llenela | denials-and-appeals",
            "imprimala | denials-and-appeals",
            "recaer | does-it-work",
            "reca\u00edda | does-it-work",
            // one typo in a word of five letters or more
            "disosiacion | side-effects",
            "embarasada | pregnancy-and-breastfeeding",
            "lamotrijina | your-medicines",
            "apelasion | denials-and-appeals",
            "reembolzo | checking-a-clinic",
            "esketamian | forms-of-treatment",
            "ketamnia | what-is-ketamine",
            // \u00f1 typed or left out on a keyboard without it
            "a\u00f1adir | other-options",
            "anadir | other-options",
            "da\u00f1os | other-options",
            "danos | other-options",
            "dano | other-options",
            "ni\u00f1os | who-may-be-a-candidate",
            "ninos | who-may-be-a-candidate",
            "sue\u00f1o | side-effects",
            "sueno | side-effects",
            "se\u00f1al | checking-a-clinic",
            "senales | checking-a-clinic",
            // the word being typed is completed
            "disocia | side-effects",
            "embara | pregnancy-and-breastfeeding",
    })
    void spanishQueriesFindTheirTopic(String query, String expected) {
        assertTrue(topicIds(INDEX.search(query)).contains(expected), query + " -> " + topicIds(INDEX.search(query)));
    }

    @ParameterizedTest(name = "\"{0}\" puts {1} first")
    @CsvSource(delimiter = '|', value = {
            "efectos secundarios | side-effects",
            "disociacion | side-effects",
            "embarazo | pregnancy-and-breastfeeding",
            "lactancia | pregnancy-and-breastfeeding",
            "mitos | myths-and-facts",
            "medicaid | insurance-programs",
            "apelaciones | denials-and-appeals",
            "adicci\u00f3n | addiction-and-misuse",
            "ley | legal-status",
            "proveedores | finding-a-provider",
            "glutamato | how-it-works",
            "lamotrigina | your-medicines",
            "telesalud | at-home-ketamine",
            "manejar | what-to-expect",
            "no funciona | if-it-does-not-work",
            "funciona | does-it-work",
            "otras opciones | other-options",
    })
    void titleAndHeadingMatchesComeFirst(String query, String expected) {
        List<String> ids = topicIds(INDEX.search(query));
        assertFalse(ids.isEmpty(), query);
        assertEquals(expected, ids.get(0), query + " -> " + ids);
    }

    @ParameterizedTest(name = "\"{0}\" finds the glossary term {1}")
    @CsvSource(delimiter = '|', value = {
            "goteo | infusion",
            "infusiones | infusion",
            "esquetamina | esketamine",
            "electrochoque | ect",
            "terapia electroconvulsiva | ect",
            "benzodiacepina | benzodiazepine",
            "telemedicina | telehealth",
            "terapia de conversacion | psychotherapy",
            "coaseguro | coinsurance",
            "psicotico | psychosis",
            "sustancias controladas | schedule-iii",
            "akatisia | akathisia",
            "recay\u00f3 | relapse",
            "racemica | racemic",
            "receptores nmda | nmda-receptor",
            "sinapsis | synapse",
            "pastillas para chupar | lozenge",
            "apelar | appeal",
            "a\u00f1adidos | augmentation",
    })
    void glossaryFormsAreSearched(String query, String termId) {
        assertTrue(glossaryIds(INDEX.search(query)).contains(termId), query + " -> " + glossaryIds(INDEX.search(query)));
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @ValueSource(strings = {"mtio", "dolr", "disosiasion", "xilofono", "embarasadaz"})
    void shortWordsAndTwoTyposAreNotForgiven(String query) {
        assertEquals(List.of(), INDEX.search(query).hits(), query);
    }

    @Test
    void everySpanishTopicIsFoundByItsTitle() {
        for (Topic topic : SPANISH.topics()) {
            SearchResults results = INDEX.search(topic.title());
            assertTrue(topicIds(results).contains(topic.id()), topic.id());
            assertFalse(results.hits().get(0).titleSpans().isEmpty(), topic.id());
        }
    }

    @Test
    void theSpanishIndexHoldsTheSpanishContent() {
        assertEquals(SearchLanguage.SPANISH, INDEX.language());
        assertEquals(List.of(), INDEX.search("side effects").hits(), "English words are not in the Spanish pages");
        assertEquals("Efectos secundarios", INDEX.search("efectos").hits().get(0).title());
    }

    @Test
    void matchedSpanishWordsAreHighlightedAsWritten() {
        SearchHit hit = INDEX.search("disociacion").hits(SearchHit.Kind.TOPIC).get(0);
        assertFalse(hit.snippetSpans().isEmpty());
        List<String> marked = hit.snippetSpans().stream().map(s -> hit.snippet().substring(s.start(), s.end())).toList();
        assertTrue(marked.stream().allMatch(w -> Words.fold(w).startsWith("disociaci")), marked.toString());
    }

    // --- the letter \u00f1, on small hand-made pages: "pena" (sorrow) and "pe\u00f1a" (a rock) are different words

    private static final SearchIndex PENA = SearchIndex.build(List.of(
            TopicFixtures.topic("worth", "Vale la pena", "Lo que vale la pena saber.", "Penas", "Vale la pena preguntar."),
            TopicFixtures.topic("rock", "La pe\u00f1a", "Una pe\u00f1a grande.", "Pe\u00f1as", "Subimos a la pe\u00f1a."),
            TopicFixtures.topic("doses", "Dosis", "Una dosis por semana.", "Semanas", "Una vez por semana."),
            TopicFixtures.topic("hours", "Horas", "La sesi\u00f3n dura dos horas.", "Tiempo", "Dos horas o m\u00e1s.")),
            List.of(), CrisisLanguage::matches, SearchLanguage.SPANISH);

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            "pe\u00f1a | rock",
            "PE\u00d1A | rock",
            "pen\u0303a | rock",          // n followed by a combining tilde
            "pe\u00f1as | rock",
            "pena | worth rock",          // typed without the tilde: both, the word spelled that way first
            "penas | worth rock",
            "dosis | doses",
            "'dos ' | hours",     // finished: the prefix "dos" would also complete to "dosis"
            "horas | hours",
    })
    void enyeIsKeptApartFromN(String query, String expected) {
        assertEquals(List.of(expected.split(" ")), topicIds(PENA.search(query)), query);
    }

    @Test
    void aWordWithEnyeNeverMatchesTheWordWithoutIt() {
        assertEquals(List.of("rock"), topicIds(PENA.search("pe\u00f1a ")));
        assertEquals(List.of("rock"), topicIds(PENA.search("pe\u00f1")), "completing a word keeps the \u00f1 too");
        assertEquals(List.of("worth", "rock"), topicIds(PENA.search("pen")), "but a word typed without it finds both");
    }

    // --- crisis help

    @ParameterizedTest(name = "\"{0}\" -> crisis help {1}")
    @CsvSource(delimiter = '|', value = {
            "quiero morirme | true",
            "me quiero matar | true",
            "no quiero vivir | true",
            "quiero suicidarme | true",
            "pensamientos suicidas | true",
            // a question about a side effect that names suicide gets help too, as "suicide risk" does in English
            "riesgo de suicidio | true",
            "efectos secundarios | false",
            "dolor de cabeza | false",
            "cortarme el pelo | false",
            "'' | false",
    })
    void spanishResultsSayWhenToShowCrisisHelp(String query, boolean crisis) {
        assertEquals(crisis, INDEX.search(query).crisis(), query);
    }

    // --- choosing the language

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(value = {"es, SPANISH", "ES, SPANISH", "es-US, SPANISH", "es_MX, SPANISH", "' es ', SPANISH",
            "en, ENGLISH", "en-US, ENGLISH", "'', ENGLISH", "fr, ENGLISH", "est, ENGLISH", "e, ENGLISH"})
    void theLanguageIsChosenByItsCode(String code, SearchLanguage expected) {
        assertEquals(expected, SearchLanguage.forLanguage(code));
    }

    @Test
    void theLanguageIsChosenByLocaleAndDefaultsToEnglish() {
        assertEquals(SearchLanguage.SPANISH, SearchLanguage.of(Locale.forLanguageTag("es-US")));
        assertEquals(SearchLanguage.SPANISH, SearchLanguage.of(new Locale("es")));
        assertEquals(SearchLanguage.ENGLISH, SearchLanguage.of(Locale.US));
        assertEquals(SearchLanguage.ENGLISH, SearchLanguage.of(null));
        assertEquals(SearchLanguage.ENGLISH, SearchLanguage.forLanguage(null));
        assertEquals("es", SearchLanguage.SPANISH.code());
        assertEquals(SearchLanguage.ENGLISH, SearchIndex.build(List.of(), List.of(), t -> false).language());
    }
}
