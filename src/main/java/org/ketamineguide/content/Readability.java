package org.ketamineguide.content;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid reading grade, computed the way the published formula defines it:
 * {@code 0.39 x words/sentences + 11.8 x syllables/words - 15.59}. Syllables are counted with the
 * usual vowel-group heuristic, so grades are estimates (about one grade either way). Plain Java.
 */
public final class Readability {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|[:;](?=\\s)");
    private static final Pattern ABBREVIATIONS = Pattern.compile(
            "\\b(?:e\\.g|i\\.e|Dr|Drs|vs|etc|U\\.S|Mr|Mrs|Ms|St|No)\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    private Readability() {
    }

    /** Word, sentence and syllable counts of a text, with the scores they give. */
    public record Score(int words, int sentences, int syllables) {
        public double grade() {
            return fleschKincaidGrade(words, sentences, syllables);
        }

        /** Flesch reading ease: higher is easier; 60-70 is plain English. */
        public double readingEase() {
            if (words == 0) {
                return 100;
            }
            return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
        }
    }

    /** The Flesch-Kincaid grade for the given counts; 0 for a text without words. */
    public static double fleschKincaidGrade(int words, int sentences, int syllables) {
        if (words == 0) {
            return 0;
        }
        int s = Math.max(1, sentences);
        return 0.39 * ((double) words / s) + 11.8 * ((double) syllables / words) - 15.59;
    }

    /** The Flesch-Kincaid grade of a text. */
    public static double grade(String text) {
        return score(text).grade();
    }

    public static Score score(String text) {
        String cleaned = ABBREVIATIONS.matcher(text).replaceAll(m -> m.group().replace(".", ""));
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(cleaned);
        while (m.find()) {
            String w = m.group();
            for (String part : w.split("[\\-]")) {
                if (!part.isEmpty()) {
                    words++;
                    syllables += syllables(part);
                }
            }
        }
        int sentences = 0;
        Matcher end = SENTENCE_END.matcher(cleaned.strip());
        while (end.find()) {
            sentences++;
        }
        String stripped = cleaned.strip();
        if (!stripped.isEmpty() && !stripped.matches("(?s).*[.!?:;][\"')\\]”’]*$")) {
            sentences++;
        }
        return new Score(words, Math.max(1, sentences), syllables);
    }

    /** Estimated syllables in one word. Numbers count one syllable per digit, at most three. */
    public static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "").replaceAll("[^\\p{L}\\p{N}]", "");
        if (w.isEmpty()) {
            return 0;
        }
        if (w.chars().anyMatch(Character::isDigit)) {
            long digits = w.chars().filter(Character::isDigit).count();
            return (int) Math.max(1, Math.min(3, digits));
        }
        w = w.replaceAll("[^a-z]", "a");
        if (w.length() <= 3) {
            return 1;
        }
        String base = w;
        if (base.endsWith("le") && base.length() > 2 && !isVowel(base.charAt(base.length() - 3))) {
            base = base.substring(0, base.length() - 2) + "al";
        } else if (base.endsWith("es") || base.endsWith("ed")) {
            char before = base.charAt(base.length() - 3);
            boolean sounded = base.endsWith("ed") ? (before == 't' || before == 'd')
                    : (before == 's' || before == 'x' || before == 'z' || base.endsWith("ches") || base.endsWith("shes")
                    || base.endsWith("ges") || base.endsWith("ces"));
            if (!sounded) {
                base = base.substring(0, base.length() - 2);
            }
        } else if (base.endsWith("e") && !base.endsWith("ee")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.startsWith("y")) {
            base = base.substring(1);
        }
        int count = 0;
        Matcher m = VOWEL_GROUP.matcher(base);
        while (m.find()) {
            count++;
            if (splitsInTwo(base, m.start(), m.group())) {
                count++;
            }
        }
        return Math.max(1, count);
    }

    /** "ia", "io", "iu" and "ua" are usually two syllables (media, ratio, usual), but not in -tion or -cial. */
    private static boolean splitsInTwo(String word, int start, String group) {
        if (group.length() != 2 || start == 0) {
            return false;
        }
        char before = word.charAt(start - 1);
        return switch (group) {
            case "ia", "io", "iu" -> "tscgx".indexOf(before) < 0;
            case "ua" -> before != 'q' && before != 'g';
            default -> false;
        };
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
