package org.ketamineguide.print;

/**
 * The axes of a {@link PrintDocument.Chart}, shared by the PDF and the printer so both draw the
 * same chart: the x axis runs from 0 to the largest x, the y axis from 0 to a round value at or
 * above the largest y, with ticks at round steps (1, 2 or 5 times a power of ten). Immutable.
 *
 * @param maxX  the right end of the x axis
 * @param yTop  the top of the y axis
 * @param xStep the distance between x ticks
 * @param yStep the distance between y ticks
 */
public record ChartScale(double maxX, double yTop, double xStep, double yStep) {
    /** Marks on a line are kept to about this many, so the line stays readable. */
    public static final int MAX_MARKS = 14;

    /** The scale that fits every point of the chart. */
    public static ChartScale of(PrintDocument.Chart chart) {
        double maxX = 1;
        double maxY = 0;
        for (PrintDocument.Series s : chart.series()) {
            for (PrintDocument.Point p : s.points()) {
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        double yStep = niceStep(maxY <= 0 ? 1 : maxY / 5);
        return new ChartScale(maxX, Math.max(yStep, Math.ceil(maxY / yStep) * yStep), niceStep(maxX / 8), yStep);
    }

    /** A round step (1, 2 or 5 times a power of ten) at least as big as the given one. */
    public static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** Where x falls across a plot of the given width, from 0 at the left. */
    public double x(double x, double width) {
        return x / maxX * width;
    }

    /** Where y falls up a plot of the given height, from 0 at the bottom. */
    public double y(double y, double height) {
        return y / yTop * height;
    }

    /** A tick's label, the same on paper and on screen: whole numbers with US thousands commas ("12,500"). */
    public static String tickLabel(double value) {
        return String.format(java.util.Locale.US, "%,.0f", value);
    }

    /** True when point {@code index} of {@code count} gets a mark (about {@link #MAX_MARKS}, and always the last). */
    public static boolean marked(int index, int count) {
        int every = Math.max(1, count / MAX_MARKS);
        return index % every == 0 || index == count - 1;
    }
}
