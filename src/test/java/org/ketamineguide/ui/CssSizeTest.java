package org.ketamineguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import org.junit.jupiter.api.Test;

class CssSizeTest {

    private static Map<String, Object> sizes(List<CssMetaData<? extends Styleable, ?>> css) {
        return css.stream().filter(m -> m.getProperty().startsWith("-kg-"))
                .collect(Collectors.toMap(CssMetaData::getProperty, m -> m.getInitialValue(null)));
    }

    @Test
    void thePanesKeepTheirCssNamesAndDefaults() {
        assertEquals(Map.of("-kg-card-min-width", 272.0, "-kg-card-gap", 20.0), sizes(CardGrid.getClassCssMetaData()));
        assertEquals(Map.of("-kg-spill-gap", 12.0), sizes(SpillRow.getClassCssMetaData()));
        CardGrid grid = new CardGrid();
        assertEquals(272, grid.getMinCardWidth());
        assertEquals(20, grid.getGap());
        assertEquals(12, new SpillRow().getGap());
        assertEquals(CardGrid.getClassCssMetaData(), grid.getCssMetaData());
    }

    @Test
    void aChangedSizeRequestsALayoutOfItsOwner() {
        SpillRow row = new SpillRow();
        row.layout();
        assertFalse(row.isNeedsLayout());
        row.setGap(30);
        assertTrue(row.isNeedsLayout());
        assertEquals(30, row.getGap());
    }

    @Test
    void aBoundSizeIsNotSetFromCss() {
        CardGrid grid = new CardGrid();
        @SuppressWarnings("unchecked")
        CssMetaData<CardGrid, Number> gap = (CssMetaData<CardGrid, Number>) CardGrid.getClassCssMetaData().stream()
                .filter(m -> m.getProperty().equals("-kg-card-gap")).findFirst().orElseThrow();
        assertTrue(gap.isSettable(grid));
        ((javafx.beans.property.DoubleProperty) gap.getStyleableProperty(grid)).bind(new SimpleDoubleProperty(5));
        assertFalse(gap.isSettable(grid));
        assertEquals(5, grid.getGap());
    }
}
