package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void runsCutTextIntoPlainAndHighlightedPiecesThatJoinBack() {
        String text = "Side effects of an effect";
        List<Span.Run> runs = Span.runs(text, List.of(new Span(19, 25), new Span(5, 12)));
        assertEquals(List.of(new Span.Run("Side ", false), new Span.Run("effects", true),
                new Span.Run(" of an ", false), new Span.Run("effect", true)), runs);
        assertEquals(text, runs.stream().map(Span.Run::text).reduce("", String::concat));
    }

    @Test
    void overlappingSpansMergeAndOutOfRangeSpansAreClipped() {
        List<Span.Run> runs = Span.runs("abcdef", List.of(new Span(1, 3), new Span(2, 4), new Span(5, 99)));
        assertEquals(List.of(new Span.Run("a", false), new Span.Run("bcd", true), new Span.Run("e", false),
                new Span.Run("f", true)), runs);
    }

    @Test
    void noSpansGiveOnePlainRun() {
        assertEquals(List.of(new Span.Run("plain", false)), Span.runs("plain", List.of()));
        assertEquals(List.of(), Span.runs("", List.of()));
    }
}
