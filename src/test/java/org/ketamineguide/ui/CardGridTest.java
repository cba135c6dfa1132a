package org.ketamineguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardGridTest {

    @ParameterizedTest(name = "{0} cards in {1} px (min {2}, gap {3}) -> {4} columns")
    @CsvSource({
        "2, 1136, 272, 20, 2",   // home at 1280 px: both cards side by side
        "3, 1136, 272, 20, 3",   // a third entry still fits in one row
        "4, 1136, 272, 20, 2",   // four do not fit in one row: two rows of two
        "4, 1300, 272, 20, 4",   // four fit in one row
        "4, 900,  272, 20, 2",   // room for three: two rows of two, not three and one
        "5, 900,  272, 20, 3",   // room for three: three and two
        "3, 896,  544, 40, 1",   // 200% text at 1024 px: one card a row
        "3, 600,  272, 20, 2",   // room for two: two and one
        "1, 1136, 272, 20, 1",   // one card
        "0, 1136, 272, 20, 1",   // no cards: still a valid grid
        "3, 100,  272, 20, 1",   // narrower than one card: one column, never zero
    })
    void columnsUseTheWidthAndBalanceTheRows(int cards, double width, double min, double gap, int expected) {
        assertEquals(expected, CardGrid.columns(cards, width, min, gap));
    }
}
