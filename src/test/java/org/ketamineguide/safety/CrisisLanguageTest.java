package org.ketamineguide.safety;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which typed words count as danger language, as a table, plus the limits: null, huge and odd input. */
class CrisisLanguageTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            // plain danger language
            "i want to kill myself | true",
            "I want to kill myself. | true",
            "suicide | true",
            "Suicide? | true",
            "suicidal | true",
            "i feel suicidal tonight | true",
            "kill my self | true",
            "killing myself | true",
            "end my life | true",
            "I want to end my life | true",
            "i just want to die | true",
            "i wanna die | true",
            "everyone would be better off dead without me | true",
            "I'd be better off dead | true",
            "i keep wanting to hurt myself | true",
            "self harm | true",
            "self-harm | true",
            "selfharm | true",
            "i might overdose on purpose | true",
            "there is no reason to live | true",
            "I can't go on | true",
            "i cant go on like this | true",
            "I cannot go on | true",
            "i don't want to live anymore | true",
            "i do not want to be alive | true",
            "thinking of taking my own life | true",
            "how do i unalive myself | true",
            "ending it all | true",
            "nothing to live for | true",
            "i wish i was dead | true",
            "i'm going to take all my pills | true",
            // misspellings, run-together words, shouting, spacing
            "sucide | true",
            "suicde | true",
            "siucide | true",
            "suiside | true",
            "suicidel | true",
            "SUICIDE | true",
            "suiiiiicide | true",
            "killmyself | true",
            "kil myself | true",
            "kill myslef | true",
            "kill mysef | true",
            "kill my slef | true",
            "wanttodie | true",
            "i want 2 die | true",
            "endmylife | true",
            "s u i c i d e | true",
            "k i l l myself | true",
            "su1c1de | true",
            "k1ll mys3lf | true",
            // a 1 may stand for an l too, and doubled digits are read as letters one after the other
            "ki11 myself | true",
            "i want to ki11 mys3lf | true",
            "su11c1de | true",
            "I need 11 more sessions | false",
            "is 911 free | false",
            "mp3 of a guided meditation | false",
            "#suicide | true",
            "better of dead | true",
            // slang, split reflexives and plans that an audit found missing
            "i want to kms | true",
            "gonna kms | true",
            "sewer slide | true",
            "I want to hurt my self | true",
            "cut my self | true",
            "i want to not exist | true",
            "I want to not be alive | true",
            "i plan to die this week | true",
            "deseo morir | true",
            "quiero dejar de vivir | true",
            "i deserve to die | true",
            "I'd rather die | true",
            "i dont see a way out | true",
            "I can't live like this anymore | true",
            "i want it all to end | true",
            "thinking of ending things | true",
            "nobody cares if i die | true",
            "how much ketamine to die | true",
            "what is the lethal dose | true",
            "painless way to die | true",
            "easiest way to die | true",
            "how many pills to overdose | true",
            "mejor me muero | true",
            "quiero dormir y no despertar | true",
            "no puedo vivir as\u00ed | true",
            "dosis letal de ketamina | true",
            "\u00bfcu\u00e1nta ketamina para morir? | true",
            "me corto | true",
            "me corto los brazos cuando estoy triste | true",
            "i cnat go on | true",
            // borderline questions get help too: it costs little
            "suicidal thoughts side effect? | true",
            "does esketamine cause suicidal thoughts | true",
            "can ketamine stop suicide | true",
            // Spanish
            "quiero morirme | true",
            "Quiero morir | true",
            "quiero suicidarme | true",
            "suicidarme | true",
            "voy a matarme | true",
            "me quiero matar | true",
            "no quiero vivir | true",
            "ya no quiero vivir mas | true",
            "pienso en quitarme la vida | true",
            "suicidio | true",
            // ordinary questions
            "does ketamine cause bladder damage | false",
            "ketamine dose | false",
            "side effects | false",
            "killer prices | false",
            "how much does spravato cost | false",
            "is ketamine addictive | false",
            "what happens if i miss a dose | false",
            "can i drive after treatment | false",
            "how long does the high last | false",
            "dissociation | false",
            "blood pressure | false",
            "I live 20 km away from the clinic | false",
            "I live 20 kms away from the clinic | false",
            "skill myself up for the job | false",
            "i die my hair, is that ok | false",
            "pregnancy and breastfeeding | false",
            "how do i end my treatment | false",
            "what if i want to stop | false",
            "self pay price | false",
            "diet and alcohol | false",
            "quiero saber el precio | false",
            "cortarme el pelo | false",
            "me corto el pelo cada mes | false",
            "for how many weeks do i take it | false",
            "can i overdose on ketamine | false",
            "988 | false",
            "i dont want to be here for 2 hours | false",
            "how long until it starts to work | false",
            "do i need to stop my antidepressant | false",
            "can i drink alcohol the day before | false",
            "what are the risks for my heart | false",
            "killing pain with ketamine | false",
            "the price is killing me | false",
            "dead sea salt | false",
            "my dog died last year | false",
            // more danger language, as people write it
            "how to kill yourself | true",
            "i feel like dying | true",
            "I don't want to be here anymore | true",
            "life isn't worth living | true",
            "i have a plan to end it | true",
            "i want to disappear | true",
            "tired of living | true",
            "nobody would miss me | true",
            "i've been cutting again | true",
            "no quiero seguir viviendo | true",
            "me quiero suicidar | true",
    })
    void recognisesDangerLanguage(String text, boolean danger) {
        assertEquals(danger, CrisisLanguage.matches(text), "\"" + text + "\" folded to \""
                + CrisisLanguage.foldedWords(text) + "\"");
    }

    /**
     * Spanish, side by side with the English rule each row follows. A question naming suicide gets
     * help in both languages ("suicide risk", "riesgo de suicidio"); an overdose only with intent
     * ("overdose on purpose", "sobredosis a prop\u00f3sito"), not as a question about a side effect.
     */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            // named outright, with and without accents, misspelled
            "quiero morirme | true",
            "Quiero morirme. | true",
            "me quiero morir | true",
            "kiero morirme | true",
            "quiero morirrrme | true",
            "suicidarme | true",
            "suisidarme | true",
            "quiero suicidarme | true",
            "me voy a suicidar | true",
            "pienso en el suicidio | true",
            "suisidio | true",
            "me quiero matar | true",
            "me kiero matar | true",
            "mequieromatar | true",
            "voy a matarme | true",
            "no quiero vivir | true",
            "ya no quiero vivir m\u00e1s | true",
            "no quiero bivir | true",
            "quitarme la vida | true",
            "pienso en quitarme la vida | true",
            "quitarme la bida | true",
            "me quiero quitar la vida | true",
            "quiero acabar con mi vida | true",
            "quiero acabar con todo | true",
            "quisiera estar muerta | true",
            "quiero estar muerto | true",
            "ojal\u00e1 estuviera muerta | true",
            "estar\u00edan mejor sin m\u00ed | true",
            "no tengo raz\u00f3n para vivir | true",
            "estoy cansada de vivir | true",
            "ya no puedo m\u00e1s | true",
            "no aguanto m\u00e1s | true",
            "odio mi vida | true",
            "quiero dormir para siempre | true",
            "nadie me extra\u00f1ar\u00eda | true",
            "soy una carga para mi familia | true",
            "quiero ahorcarme | true",
            "pegarme un tiro | true",
            "tirarme de un puente | true",
            // self-harm
            "hacerme da\u00f1o | true",
            "hacerme dano | true",
            "aserme da\u00f1o | true",
            "quiero hacerme da\u00f1o | true",
            "me hago da\u00f1o | true",
            "lastimarme | true",
            "cortarme | true",
            "quiero cortarme | true",
            "volv\u00ed a cortarme | true",
            "cortarme las venas | true",
            "cortarme las mu\u00f1ecas | true",
            "me estoy cortando otra vez | true",
            "autolesiones | true",
            "quiero autolesionarme | true",
            // overdose with intent; the English twins
            "sobredosis a prop\u00f3sito | true",
            "sobredosis a proposito | true",
            "quiero una sobredosis | true",
            "voy a tomar una sobredosis | true",
            "tomarme todas las pastillas | true",
            "i might overdose on purpose | true",
            "i want to overdose | true",
            // a question that names suicide gets help, as in English
            "riesgo de suicidio | true",
            "suicide risk | true",
            "la esketamina causa pensamientos suicidas | true",
            "does esketamine cause suicidal thoughts | true",
            "ideas suicidas como efecto secundario | true",
            // an overdose named as a side effect is a question, as in English
            "sobredosis | false",
            "riesgo de sobredosis | false",
            "qu\u00e9 pasa con una sobredosis de ketamina | false",
            "ketamine overdose | false",
            "risk of overdose | false",
            // everyday Spanish
            "quiero saber el precio | false",
            "efectos secundarios | false",
            "dolor de cabeza | false",
            "\u00bfcu\u00e1nto cuesta Spravato? | false",
            "\u00bfpuedo manejar despu\u00e9s? | false",
            "vivir con depresi\u00f3n | false",
            "quiero vivir mejor | false",
            "quiero saber m\u00e1s | false",
            "cortarme el pelo | false",
            "quiero cortarme el pelo | false",
            "cortarse el cabello antes de la cita | false",
            "cortarle las u\u00f1as al perro | false",
            "\u00bfpuede contarme m\u00e1s sobre la ketamina? | false",
            "quiero portarme bien en la cl\u00ednica | false",
            "quiero ahorrarme dinero | false",
            "quiero sanarme | false",
            "ganarme la vida | false",
            "\u00bfpuede uno morirse con ketamina? | false",
            "me muero de risa | false",
            "morirme de risa | false",
            "la ketamina es un anest\u00e9sico | false",
            "una infusi\u00f3n en la vena | false",
            "\u00bfme hace da\u00f1o la ketamina? | false",
            "\u00bfes normal que me lastime la aguja? | false",
            "tengo que tomar mis pastillas | false",
            "quiero una segunda opini\u00f3n | false",
            "el a\u00f1o pasado | false",
    })
    void recognisesSpanishDangerLanguageAsTheEnglishRulesDo(String text, boolean danger) {
        assertEquals(danger, CrisisLanguage.matches(text), "\"" + text + "\" folded to \""
                + CrisisLanguage.foldedWords(text) + "\"");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "?!?", "\u200b\u200b", "\ufeff", "...", "\u0000"})
    void nothingToReadIsNotDanger(String text) {
        assertFalse(CrisisLanguage.matches(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "full-width letters | \uff53\uff55\uff49\uff43\uff49\uff44\uff45",
            "accents | s\u00fc\u00efc\u00efd\u00e9",
            "combining accents | su\u0301ici\u0300de",
            "Cyrillic look-alikes | \u0455ui\u0441id\u0435",
            "zero-width joiners | sui\u200bci\u200dde",
            "curly apostrophe | I can\u2019t go on",
            "mathematical letters | \ud835\udc2c\ud835\udc2e\ud835\udc22\ud835\udc1c\ud835\udc22\ud835\udc1d\ud835\udc1e",
            "Spanish with accents | ya no quiero vivir, m\u00e1s nada",
            "emoji around | \ud83d\ude22\ud83d\ude22 i want to die \ud83d\ude22",
    })
    void oddUnicodeStillCounts(String what, String text) {
        assertTrue(CrisisLanguage.matches(text), what + ": " + CrisisLanguage.foldedWords(text));
    }

    @Test
    void wordsOnSeveralLinesStillCount() {
        assertTrue(CrisisLanguage.matches("i want\nto\r\nkill\tmyself"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\ud800", "\udc00abc", "\ud83d", "a\u0000b", "\uffff\ufffe", "\u202eedicius",
            "\u0301\u0301\u0301", "\ud83d\ude00\ud83d\ude00", "\u4e0d\u60f3\u6d3b"})
    void brokenOrForeignTextNeverThrows(String text) {
        assertDoesNotThrow(() -> CrisisLanguage.matches(text));
    }

    @Test
    void aMegabyteOfTextIsReadWholeAndTheDangerAtItsEndFound() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(7);
        // near misses of listed words, which must never add up to a phrase
        String[] words = {"ketamine", "dose", "clinic", "price", "side", "effect", "blood", "pressure", "killer",
                "mine", "ending", "selfie", "diet", "wanting", "too", "suici", "reasons", "liver", "harmony"};
        while (text.length() < 1_000_000) {
            text.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? ". " : " ");
        }
        String ordinary = text.toString();
        // the random text happens to hold no phrase; it is checked so the next line means something
        assertFalse(CrisisLanguage.matches(ordinary));
        assertTrue(CrisisLanguage.matches(ordinary + " i want to kill myself"));
        assertTrue(CrisisLanguage.matches("i want to kill myself " + ordinary));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one long word | a",
            "repeated letters | s",
            "spaced letters | 'a '",
            "punctuation | '!?'",
            "accents | '\u0301'",
    })
    void aMegabyteOfOneThingIsHandled(String what, String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        assertFalse(CrisisLanguage.matches(text), what);
        assertTrue(CrisisLanguage.matches(text + " suicide"), what);
    }

    @ParameterizedTest
    @CsvSource({"suicide, suicide, true", "sucide, suicide, true", "suicdie, suicide, true",
            "slef, self, true", "sefl, self, true", "sell, self, false", "love, live, false", "lvie, live, true",
            "kil, kil, true", "kl, kil, false", "suicidess, suicide, false", "x, suicide, false"})
    void oneTypoIsAllowedOnlyInLongerWords(String typed, String listed, boolean close) {
        assertEquals(close, CrisisLanguage.close(typed, listed));
    }

    @Test
    void foldingReadsSymbolsAsLettersOnlyInsideWords() {
        assertEquals("suicide", CrisisLanguage.foldedWords("$u1c1d3"));
        assertEquals("i want 2 go 24 7", CrisisLanguage.foldedWords("I want 2 go 24/7"));
        assertEquals("cant go on", CrisisLanguage.foldedWords("CAN'T   go... on!!!"));
    }
}
