package org.ketamineguide.topics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and folds them for matching: lower case, accents removed ("Café" becomes
 * "cafe"), curly apostrophes made straight. Folding keeps every character in place, so a word's
 * offsets in the folded text are its offsets in the original, which is what highlighting needs.
 * Plain Java, stateless, safe on any thread.
 */
public final class Words {

    /** A word found in a text: where it is (end exclusive) and its folded form. */
    public record Token(int start, int end, String word) {
    }

    private Words() {
    }

    /** The text with each character folded; always the same length as the input. */
    public static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(text.charAt(i));
        }
        return new String(out);
    }

    /** One character lower-cased, without its accent; an apostrophe-like mark becomes {@code '}. */
    public static char fold(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
            return '\'';
        }
        char lower = Character.toLowerCase(c);
        if (!Character.isLetter(lower)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        return decomposed.isEmpty() ? lower : decomposed.charAt(0);
    }

    /**
     * The words of a text, in order. A word is a run of letters and digits; an apostrophe between
     * letters stays inside it ("don't"), but a possessive "'s" is left out ("ketamine's" gives
     * "ketamine"). Hyphens and other marks split words ("off-label" gives "off" and "label").
     */
    public static List<Token> tokens(String text) {
        return tokens(text, false);
    }

    /**
     * The words of a text as {@link #tokens(String)} finds them; with {@code keepEnye} the letter
     * "ñ" stays a letter of its own instead of folding to "n" (Spanish: "año" is not "ano"),
     * also when it arrives as "n" followed by a combining tilde.
     */
    static List<Token> tokens(String text, boolean keepEnye) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (end < n) {
                char c = text.charAt(end);
                if (isWordChar(c)) {
                    end++;
                } else if (isApostrophe(c) && end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
                    boolean possessive = Character.toLowerCase(text.charAt(end + 1)) == 's'
                            && (end + 2 >= n || !isWordChar(text.charAt(end + 2)));
                    if (possessive) {
                        break;
                    }
                    end++;
                } else {
                    break;
                }
            }
            String word = text.substring(start, end);
            out.add(new Token(start, end, keepEnye ? withoutMarks(foldKeepingEnye(word)) : withoutMarks(fold(word))));
            i = end;
            // skip the possessive 's so it does not become a word of its own
            if (i < n && isApostrophe(text.charAt(i)) && i + 1 < n && Character.toLowerCase(text.charAt(i + 1)) == 's'
                    && (i + 2 >= n || !isWordChar(text.charAt(i + 2)))) {
                i += 2;
            }
        }
        return out;
    }

    /** The folded words of a text, without positions. */
    public static List<String> words(String text) {
        return tokens(text).stream().map(Token::word).toList();
    }

    private static String foldKeepingEnye(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char lower = Character.toLowerCase(c);
            if (lower == '\u00f1') {
                sb.append(lower);
            } else if (lower == 'n' && i + 1 < word.length() && word.charAt(i + 1) == '\u0303') {
                sb.append('\u00f1');
                i++;
            } else {
                sb.append(fold(c));
            }
        }
        return sb.toString();
    }

    /** Drops combining accents that arrived as separate characters (decomposed input). */
    private static String withoutMarks(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.getType(word.charAt(i)) == Character.NON_SPACING_MARK) {
                StringBuilder sb = new StringBuilder(word.length());
                for (int j = 0; j < word.length(); j++) {
                    if (Character.getType(word.charAt(j)) != Character.NON_SPACING_MARK) {
                        sb.append(word.charAt(j));
                    }
                }
                return sb.toString();
            }
        }
        return word;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
