package org.ketamineguide.bench;

import java.util.Arrays;

/** Percentiles of a set of timings, in milliseconds. */
final class Stats {
    private final double[] sorted;

    Stats(double[] millis) {
        sorted = millis.clone();
        Arrays.sort(sorted);
    }

    double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    double median() {
        return percentile(50);
    }

    int count() {
        return sorted.length;
    }

    String line(String what) {
        return String.format("| %s | %d | %.3f | %.3f | %.3f |", what, count(), percentile(50), percentile(99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
    }
}
