package org.ketamineguide.planner.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.testing.AppUiTest;

/** The cost planner on a waiting-room kiosk, where nothing may be written to disk. */
class CostPlannerKioskUiTest extends AppUiTest {

    @Override
    protected AppOptions options() {
        return new AppOptions(false, true, Optional.empty(), List.of());
    }

    @Test
    void saveOpenAndPdfAreHiddenButPrintStays() {
        clickOn("#plannerTile");
        assertTrue(showing("#youPayValue"));
        assertFalse(showing("#saveButton"));
        assertFalse(showing("#openButton"));
        assertFalse(showing("#exportButton"));
        assertTrue(showing("#printButton"));
        assertTrue(showing("#resetButton"));
    }
}
