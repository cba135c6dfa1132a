package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ketamineguide.testing.MemorySettingsStore;

class DisplaySettingsTest {

    @Test
    void changesAreRememberedAndRestoredOnALaptop() {
        MemorySettingsStore store = new MemorySettingsStore();
        DisplaySettings first = new DisplaySettings(store);
        first.restore();
        first.larger();
        first.larger();
        first.setHighContrast(true);

        DisplaySettings next = new DisplaySettings(store);
        next.restore();
        assertEquals(150, next.textScaleProperty().get());
        assertTrue(next.highContrastProperty().get());
    }

    @Test
    void aKioskRemembersNothing() {
        DisplaySettings kiosk = new DisplaySettings(SettingsStore.none());
        kiosk.setTextScale(200);
        DisplaySettings next = new DisplaySettings(SettingsStore.none());
        next.restore();
        assertEquals(100, next.textScaleProperty().get());
    }

    @Test
    void sizesStopAtOneHundredAndTwoHundredPercent() {
        DisplaySettings s = new DisplaySettings(new MemorySettingsStore());
        s.smaller();
        assertEquals(100, s.textScaleProperty().get());
        assertFalse(s.canShrinkProperty().get());
        for (int i = 0; i < 10; i++) {
            s.larger();
        }
        assertEquals(200, s.textScaleProperty().get());
        assertFalse(s.canGrowProperty().get());
        assertThrows(IllegalArgumentException.class, () -> s.setTextScale(120));
    }

    @Test
    void aBrokenSavedValueFallsBackToTheDefault() {
        MemorySettingsStore store = new MemorySettingsStore();
        store.save(333, false);
        DisplaySettings s = new DisplaySettings(store);
        s.restore();
        assertEquals(100, s.textScaleProperty().get());
    }

    @Test
    void resetGoesBackToTheDefaults() {
        DisplaySettings s = new DisplaySettings(new MemorySettingsStore());
        s.setTextScale(175);
        s.setHighContrast(true);
        s.reset();
        assertEquals(100, s.textScaleProperty().get());
        assertFalse(s.highContrastProperty().get());
    }
}
