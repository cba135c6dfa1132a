package org.ketamineguide.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading ease of Spanish text by the Fernández-Huerta formula,
 * {@code 206.84 - 0.60 x P - 1.02 x F}, where P is syllables per 100 words and F is the average
 * number of words per sentence (the reading of the formula that makes it Flesch's adapted to
 * Spanish, as the common implementations use it). Higher is easier: 80 or more is easy (about 6th
 * grade), 70 to 80 fairly easy. Syllables
 * are counted from vowel groups with the Spanish rules for diphthongs and hiatus (two strong vowels,
 * or an accented í or ú next to another vowel, are two syllables), so scores are estimates. Sentences
 * end as in {@link Readability}. Plain Java.
 */
public final class SpanishReadability {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|[:;](?=\\s)");
    private static final Pattern ABBREVIATIONS = Pattern.compile(
            "\\b(?:p\\. ej|p\\.ej|Dr|Dra|Sr|Sra|Srta|etc|EE\\. UU|EE\\.UU|núm|aprox|pág)\\.",
            Pattern.CASE_INSENSITIVE);
    private static final String STRONG = "aeoáéó";
    private static final String ACCENTED_WEAK = "íú";
    private static final String VOWELS = "aeiouáéíóúü";

    private SpanishReadability() {
    }

    /** Word, sentence and syllable counts of a text, with the score they give. */
    public record Score(int words, int sentences, int syllables) {
        /** Fernández-Huerta reading ease; 100 for a text without words. */
        public double ease() {
            return fernandezHuerta(words, sentences, syllables);
        }
    }

    /** The Fernández-Huerta reading ease for the given counts; 100 for a text without words. */
    public static double fernandezHuerta(int words, int sentences, int syllables) {
        if (words == 0) {
            return 100;
        }
        double p = 100.0 * syllables / words;
        double wordsPerSentence = (double) words / Math.max(1, sentences);
        return 206.84 - 0.60 * p - 1.02 * wordsPerSentence;
    }

    /** The Fernández-Huerta reading ease of a text. */
    public static double ease(String text) {
        return score(text).ease();
    }

    public static Score score(String text) {
        String cleaned = ABBREVIATIONS.matcher(text).replaceAll(m -> m.group().replace(".", ""));
        cleaned = cleaned.replaceAll("[¿¡]", "");
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(cleaned);
        while (m.find()) {
            for (String part : m.group().split("[\\-]")) {
                if (!part.isEmpty()) {
                    words++;
                    syllables += syllables(part);
                }
            }
        }
        int sentences = 0;
        String stripped = cleaned.strip();
        Matcher end = SENTENCE_END.matcher(stripped);
        while (end.find()) {
            sentences++;
        }
        if (!stripped.isEmpty() && !stripped.matches("(?s).*[.!?:;][\"')\\]”’»]*$")) {
            sentences++;
        }
        return new Score(words, Math.max(1, sentences), syllables);
    }

    /** Estimated syllables in one Spanish word. Numbers count one syllable per digit, at most three. */
    public static int syllables(String word) {
        String w = word.toLowerCase(new Locale("es")).replaceAll("[^\\p{L}\\p{N}]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.chars().anyMatch(Character::isDigit)) {
            long digits = w.chars().filter(Character::isDigit).count();
            return (int) Math.max(1, Math.min(3, digits));
        }
        // a final y after a vowel sounds like i (muy, hoy, estoy); a silent h does not split vowels
        w = w.replaceAll("(?<=[aeiouáéíóú])y$", "i").replace("h", "");
        // u is silent in que, qui, gue, gui
        w = w.replaceAll("(?<=[qg])u(?=[eiéí])", "");
        int count = 0;
        char previous = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowel = VOWELS.indexOf(c) >= 0;
            if (!vowel) {
                inGroup = false;
                continue;
            }
            if (!inGroup) {
                count++;
                inGroup = true;
            } else if (hiatus(previous, c)) {
                count++;
            }
            previous = c;
        }
        return Math.max(1, count);
    }

    /** Two vowels in a row are two syllables when both are strong or either is an accented í or ú. */
    private static boolean hiatus(char a, char b) {
        boolean bothStrong = STRONG.indexOf(a) >= 0 && STRONG.indexOf(b) >= 0;
        return bothStrong || ACCENTED_WEAK.indexOf(a) >= 0 || ACCENTED_WEAK.indexOf(b) >= 0;
    }
}
