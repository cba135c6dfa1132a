package org.ketamineguide.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reduces a folded Spanish word to a light stem, so that the forms a reader calls "the same word"
 * meet: plurals ("efectos", "infusiones", "veces" and "vez"), masculine and feminine ("sedado",
 * "sedada"), and the regular verb forms of Latin American Spanish: infinitives ("manejar"),
 * present, past, imperfect, future, conditional and subjunctive ("maneja", "manejamos", "manej\u00f3",
 * "manejaba", "manejar\u00e1", "maneje"), the gerund and the participle ("manejando", "manejado"),
 * and an infinitive or gerund with a pronoun attached ("tomarla", "suicidarme", "tom\u00e1ndolo").
 *
 * <p>Suffix stripping in the manner of the Snowball Spanish stemmer, written down small: at most one
 * attached pronoun, then the one longest ending from a fixed list, leaving at least three letters
 * with a vowel among them (a shorter word only loses a plural "s", so "suero" never meets "su"); a
 * final "z" becomes "c" so that "vez" meets "veces". It does not strip
 * derivational endings ("-ci\u00f3n", "-idad"), so "disociaci\u00f3n" and "disociado" stay apart, and it
 * keeps the invariant "-is" words whole ("dosis", "crisis", "psicosis") so "dosis" never meets "dos".
 * The letter "\u00f1" is kept as it comes ({@link Words#tokens(String, boolean)}), so "a\u00f1os" stems to
 * "a\u00f1" and "anos" to "an". Vosotros forms are left out: the readers use ustedes.
 * Plain Java, stateless, safe on any thread.
 */
public final class SpanishWordForms {
    private static final int MIN_STEM = 3;
    private static final int MIN_BEFORE_PRONOUN = 5;

    /** Pronouns that attach to an infinitive or gerund ("tomarla", "cort\u00e1ndose"), longest first. */
    private static final List<String> PRONOUNS = List.of("selos", "selas", "melo", "mela", "telo", "tela", "selo",
            "sela", "nos", "los", "las", "les", "me", "te", "se", "lo", "la", "le");
    private static final List<String> CARRIERS = List.of("ar", "er", "ir", "ando", "iendo", "yendo");

    /** Verb endings (ar, er and ir verbs) and noun or adjective endings, longest first. */
    private static final List<String> ENDINGS;

    static {
        List<String> base = List.of(
                // -ar verbs
                "ar", "o", "as", "a", "amos", "an", "e", "es", "emos", "en", "aba", "abas", "abamos", "aban", "aste",
                "aron", "are", "aras", "ara", "aremos", "aran", "aria", "arias", "ariamos", "arian", "ase", "ases",
                "asen", "aramos", "ando", "ado", "ada", "ados", "adas",
                // -er and -ir verbs
                "er", "ir", "imos", "ia", "ias", "iamos", "ian", "i", "iste", "io", "ieron", "ere", "eras", "era",
                "eremos", "eran", "ire", "iras", "ira", "iremos", "iran", "eria", "erias", "eriamos", "erian", "iria",
                "irias", "iriamos", "irian", "iera", "ieras", "ieramos", "ieran", "iese", "iesen", "iendo", "yendo",
                "ido", "ida", "idos", "idas",
                // adverbs: "generalmente" meets "general"
                "mente");
        Set<String> all = new LinkedHashSet<>(base);
        for (String ending : base) {
            // a noun or adjective that ends like a verb has both genders: "secundario" and "secundaria"
            // (conditional "-ar\u00eda"), "enfermero" and "enfermera" (past subjunctive "-era")
            char last = ending.charAt(ending.length() - 1);
            String stem = ending.substring(0, ending.length() - 1);
            if (last == 'a') {
                all.add(stem + "o");
            } else if (last == 'o') {
                all.add(stem + "a");
            }
        }
        for (String ending : List.copyOf(all)) {
            char last = ending.charAt(ending.length() - 1);
            // a noun that happens to end like a verb has its plural too: "medio", "medios"; "examen", "ex\u00e1menes"
            if ("aeo".indexOf(last) >= 0) {
                all.add(ending + "s");
            } else if (ending.length() == 2 && "nr".indexOf(last) >= 0) {
                all.add(ending + "es");
            }
        }
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        ENDINGS = List.copyOf(sorted);
    }

    private SpanishWordForms() {
    }

    /** The stem of a word already folded by {@link Words#tokens(String, boolean)} (lower case, no accents). */
    public static String stem(String word) {
        if (word.length() < MIN_STEM || !isPlainWord(word)) {
            return word;
        }
        String w = withoutPronoun(word);
        boolean stripped = false;
        for (String ending : ENDINGS) {
            if (w.endsWith(ending)) {
                String rest = w.substring(0, w.length() - ending.length());
                int min = ending.equals("mente") ? 4 : MIN_STEM;
                if (rest.length() >= min && hasVowel(rest)) {
                    w = rest;
                    stripped = true;
                    break;
                }
            }
        }
        // a short word keeps its stem whole, so it cannot meet a small word ("suero" and "su", "lee" and
        // "le"); only its plural "s" goes ("usos", "uso"; "a\u00f1os", "a\u00f1o")
        int n = w.length();
        if (!stripped && n >= 4 && w.charAt(n - 1) == 's' && "aeo".indexOf(w.charAt(n - 2)) >= 0) {
            w = w.substring(0, n - 1);
        }
        if (w.endsWith("z")) {
            w = w.substring(0, w.length() - 1) + "c";
        }
        return w;
    }

    private static String withoutPronoun(String w) {
        for (String pronoun : PRONOUNS) {
            if (w.endsWith(pronoun)) {
                String rest = w.substring(0, w.length() - pronoun.length());
                if (rest.length() >= MIN_BEFORE_PRONOUN) {
                    for (String carrier : CARRIERS) {
                        if (rest.endsWith(carrier)) {
                            return rest;
                        }
                    }
                }
                // "-selo" and "-se" both end "-e"; only the longest pronoun that fits is tried
                return w;
            }
        }
        return w;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aeiouy".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Only words of the letters a to z and "\u00f1" are stemmed; "100mg" or "phq9" stay whole. */
    private static boolean isPlainWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '\u00f1') {
                return false;
            }
        }
        return true;
    }
}
