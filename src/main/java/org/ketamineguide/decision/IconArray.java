package org.ketamineguide.decision;

/**
 * A picture of 100 people in 10 rows of 10, some filled in and the rest drawn as outlines: an
 * "icon array", the way decision aids show a chance out of 100. Figures are filled from the top
 * left, row by row. The picture never relies on colour alone: filled and outline figures differ in
 * shape. Plain Java; immutable.
 *
 * @param filled how many of the 100 figures are filled in (0 to 100)
 */
public record IconArray(int filled) {
    public static final int TOTAL = 100;
    public static final int COLUMNS = 10;
    public static final int ROWS = TOTAL / COLUMNS;

    public IconArray {
        if (filled < 0 || filled > TOTAL) {
            throw new IllegalArgumentException("filled must be 0 to 100, not " + filled);
        }
    }

    /** How many figures are outlines. */
    public int outlined() {
        return TOTAL - filled;
    }

    /** Whether the figure at this place (0 to 99, row by row from the top left) is filled in. */
    public boolean isFilled(int index) {
        if (index < 0 || index >= TOTAL) {
            throw new IndexOutOfBoundsException(index);
        }
        return index < filled;
    }

    /** How many figures are filled in, counted one by one (what the picture shows). */
    public int countFilled() {
        int n = 0;
        for (int i = 0; i < TOTAL; i++) {
            if (isFilled(i)) {
                n++;
            }
        }
        return n;
    }
}
