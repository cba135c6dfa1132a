package org.ketamineguide.topics;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the search reads one language: how text is cut into folded words, which small words a query
 * may leave out, and which word forms meet. The composition root picks the one that matches the
 * content it indexes ({@link #forLanguage(String)} or {@link #of(Locale)}) and hands it to
 * {@link SearchIndex#build(java.util.Collection, java.util.Collection, java.util.function.Predicate,
 * SearchLanguage)}. Stateless constants; safe on any thread.
 */
public enum SearchLanguage {
    /** English: accents and case ignored, {@link WordForms} stems. */
    ENGLISH("en", Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "is", "are", "was", "be", "it", "its", "i", "me", "my", "do", "does", "can", "what", "how", "about", "this",
            "that", "if", "as", "so", "you", "your", "will", "there"), 0) {
        @Override
        List<Words.Token> tokens(String text) {
            return Words.tokens(text);
        }

        @Override
        String stem(String word) {
            return WordForms.stem(word);
        }

        @Override
        String withoutEnye(String word) {
            return word;
        }
    },

    /**
     * Spanish: accents and case ignored but "\u00f1" kept apart from "n" ("a\u00f1o" is not "ano"); a query
     * typed without the tilde still finds the "\u00f1" word, ranked just below a word spelled that way.
     * {@link SpanishWordForms} stems. A typo is forgiven in a stem only when the stem has four letters
     * or more, because Spanish stems are short ("usamos" gives "us").
     */
    SPANISH("es", Set.of("a", "al", "con", "de", "del", "e", "el", "en", "es", "esa", "ese", "eso", "esta", "este",
            "esto", "estos", "estas", "hay", "la", "las", "le", "les", "lo", "los", "me", "mi", "mis", "o", "para",
            "por", "que", "se", "si", "son", "su", "sus", "te", "tu", "u", "un", "una", "unos", "unas", "y", "yo",
            "como", "cual", "cuales", "cuanto", "cuanta", "cuantos", "cuantas", "donde", "puedo", "puede", "pueden",
            "usted", "ustedes", "ud", "uds", "sobre", "ser"), 4) {
        @Override
        List<Words.Token> tokens(String text) {
            return Words.tokens(text, true);
        }

        @Override
        String stem(String word) {
            return SpanishWordForms.stem(word);
        }

        @Override
        String withoutEnye(String word) {
            return word.replace('\u00f1', 'n');
        }
    };

    private final String code;
    private final Set<String> stopWords;
    private final int minTypoStem;

    SearchLanguage(String code, Set<String> stopWords, int minTypoStem) {
        this.code = code;
        this.stopWords = stopWords;
        this.minTypoStem = minTypoStem;
    }

    /**
     * The search language for a language code or tag ("es", "es-US", "es_MX", "ES"); English for
     * anything else, including {@code null}, because the English content is always there.
     */
    public static SearchLanguage forLanguage(String code) {
        if (code != null) {
            String lower = code.strip().toLowerCase(Locale.ROOT);
            if (lower.equals("es") || lower.startsWith("es-") || lower.startsWith("es_")) {
                return SPANISH;
            }
        }
        return ENGLISH;
    }

    /** The search language for a locale (its language); English for {@code null} or an unknown language. */
    public static SearchLanguage of(Locale locale) {
        return forLanguage(locale == null ? null : locale.getLanguage());
    }

    /** The two-letter language code ("en", "es"), as in the content folder's name. */
    public String code() {
        return code;
    }

    /** The words of a text, folded as this language compares them, with their places in the text. */
    abstract List<Words.Token> tokens(String text);

    /** The stem of a folded word: word forms with the same stem match each other. */
    abstract String stem(String word);

    /** The folded word spelled as on a keyboard without "\u00f1"; the word itself where that does not apply. */
    abstract String withoutEnye(String word);

    /** True for small words a query may leave out when it has other words. */
    boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** The shortest stem that may carry a typo. */
    int minTypoStem() {
        return minTypoStem;
    }
}
