package org.ketamineguide.topics;

/**
 * Reduces a folded English word to a simple stem, so that common word forms meet: plurals
 * ("effects", "effect"), "-ing" and "-ed" ("driving", "drive", "drives"), and a final silent "e".
 * Deliberately light: it only merges forms a reader would call "the same word", and leaves short
 * words alone. Plain Java, stateless, safe on any thread.
 */
public final class WordForms {
    private static final int MIN_STEM = 3;

    private WordForms() {
    }

    /** The stem of a word that was already folded by {@link Words#fold(String)}. */
    public static String stem(String word) {
        String w = word;
        if (w.length() <= 3) {
            return w;
        }
        w = singular(w);
        if (w.endsWith("ing") && isStem(w, 3)) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ed") && !w.endsWith("eed") && isStem(w, 2)) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("zzes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** True when removing the suffix leaves at least three letters with a vowel among them. */
    private static boolean isStem(String w, int suffix) {
        String rest = w.substring(0, w.length() - suffix);
        if (rest.length() < MIN_STEM) {
            return false;
        }
        for (int i = 0; i < rest.length(); i++) {
            if ("aeiouy".indexOf(rest.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "stopp" becomes "stop"; "fall", "pass" and "buzz" keep their double letter. */
    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
                && Character.isLetter(w.charAt(n - 1)) && "aeiou".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
