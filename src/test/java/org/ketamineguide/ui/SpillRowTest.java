package org.ketamineguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpillRowTest {

    @ParameterizedTest(name = "{0} px: before {1}, after {2}, text {3} -> {5}")
    @CsvSource({
        "1248, 232, 715, 270, 12, ONE",                     // a short clinic line fits beside everything
        "1248, 232, 715, 450, 12, TEXT_ABOVE",              // kiosk at 1280: the clinic line goes above
        "992,  232, 715, 450, 12, TEXT_ABOVE",              // kiosk at 1024: the controls still fit on one line
        "992,  257, 740, 450, 12, TEXT_AND_LEADING_ABOVE",  // in Spanish at 1024 Staff and the logo go up too
        "992,  0,   715, 265, 12, ONE",                     // laptop with a clinic name: exactly fits
        "992,  0,   715, 266, 12, TEXT_ABOVE",              // one pixel more: above
        "992,  0,   715, 0,   12, ONE",                     // empty text
        "600,  0,   715, 100, 12, TEXT_AND_LEADING_ABOVE",  // nothing fits: the controls overflow, the text is still whole
    })
    void theTextGoesAboveRatherThanBeingSqueezed(double width, double before, double after, double text, double gap,
            SpillRow.Lines expected) {
        assertEquals(expected, SpillRow.lines(width, before, after, text, gap));
    }
}
