package org.ketamineguide.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.i18n.Messages;

/** An icon array shows exactly the number it stands for, and says it in words for a screen reader. */
class IconArrayTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 22, 55, 99, 100})
    void theFilledFiguresCountTheNumber(int n) {
        IconArray a = new IconArray(n);
        assertEquals(n, a.countFilled());
        assertEquals(100 - n, a.outlined());
        assertEquals(100, IconArray.ROWS * IconArray.COLUMNS);
        if (n > 0) {
            assertTrue(a.isFilled(0));
            assertTrue(a.isFilled(n - 1));
        }
        if (n < 100) {
            assertFalse(a.isFilled(n));
        }
    }

    @Test
    void numbersOutside0To100AreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IconArray(101));
        assertThrows(IllegalArgumentException.class, () -> new IconArray(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> new IconArray(5).isFilled(100));
    }

    @Test
    void everyChartHasATextAlternativeWithBothCountsAndTheWeeks() {
        ContentRepository repo = ContentRepository.bundled();
        DecisionContent content = OutcomesReader.read(ContentFiles.bundled().read(OutcomesReader.FILE),
                id -> repo.source(id).isPresent());
        OutcomeText text = new OutcomeText(Messages.english(), content);
        for (Outcome o : content.outcomes()) {
            OutcomeText.Chart chart = text.chart(o);
            assertEquals(o.perHundred(), chart.array().countFilled());
            String alt = chart.accessibleText();
            assertTrue(alt.contains(o.perHundred() + " are filled in"), alt);
            assertTrue(alt.contains((100 - o.perHundred()) + " are outlines"), alt);
            assertTrue(alt.contains(o.weeks() + " weeks"), alt);
            assertTrue(alt.contains("100 people"), alt);
            o.comparatorPerHundred().ifPresent(c ->
                    assertEquals(c, text.comparatorChart(o).orElseThrow().array().countFilled()));
            assertTrue(text.headline(o).contains("About " + o.perHundred() + " out of 100"), text.headline(o));
            assertTrue(text.headline(o).contains("after " + o.weeks() + " weeks"), text.headline(o));
        }
    }

    @Test
    void oneWeekIsSingular() {
        ContentRepository repo = ContentRepository.bundled();
        DecisionContent content = OutcomesReader.read(ContentFiles.bundled().read(OutcomesReader.FILE),
                id -> repo.source(id).isPresent());
        OutcomeText text = new OutcomeText(Messages.english(), content);
        assertEquals("1 week", text.weeks(1));
        assertEquals("3 weeks", text.weeks(3));
    }
}
