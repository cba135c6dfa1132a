package org.ketamineguide.topics;

/**
 * Decides whether a word is one typing mistake away from another: one letter added, left out or
 * changed, or two neighbouring letters swapped. Plain Java, stateless, safe on any thread.
 */
public final class Typos {
    /** Words shorter than this must be typed exactly (or as a word form). */
    public static final int MIN_LENGTH = 5;

    private Typos() {
    }

    /** True when {@code a} and {@code b} differ by exactly one edit (equal words are not a typo). */
    public static boolean oneEditApart(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        if (la == lb) {
            int first = -1;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (first >= 0) {
                        // a second difference is allowed only as the other half of a swap
                        return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                                && a.regionMatches(i + 1, b, i + 1, la - i - 1);
                    }
                    first = i;
                }
            }
            return true;
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
    }
}
