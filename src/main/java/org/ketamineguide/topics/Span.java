package org.ketamineguide.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of a text to highlight, from {@code start} (inclusive) to {@code end} (exclusive).
 * Immutable.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** A piece of text and whether it is highlighted. */
    public record Run(String text, boolean highlighted) {
    }

    /**
     * Cuts a text into plain and highlighted runs, in order. Overlapping or touching spans merge;
     * spans outside the text are clipped. Joining the runs gives the text back.
     */
    public static List<Run> runs(String text, List<Span> spans) {
        List<Run> out = new ArrayList<>();
        int at = 0;
        for (Span span : merge(spans)) {
            int start = Math.min(span.start(), text.length());
            int end = Math.min(span.end(), text.length());
            if (start >= end) {
                continue;
            }
            if (start > at) {
                out.add(new Run(text.substring(at, start), false));
            }
            out.add(new Run(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length()) {
            out.add(new Run(text.substring(at), false));
        }
        return out;
    }

    /** The spans sorted, with overlapping and touching ones joined. */
    public static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** This span moved left by {@code offset} characters (for text that was cut at the front). */
    public Span shift(int offset) {
        return new Span(start - offset, end - offset);
    }
}
