package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ketamineguide.testing.MemorySettingsStore;

/** A laptop remembers the language through the settings store; a kiosk's store remembers nothing. */
class SettingsStoreLanguageTest {

    @Test
    void theReadAheadStoreGivesTheRememberedLanguageAndSavesThrough() {
        MemorySettingsStore memory = new MemorySettingsStore();
        memory.saveLanguage("es");
        SettingsStore store = SettingsStore.readAhead(() -> memory);
        assertEquals("es", store.language("en"));
        store.saveLanguage("en");
        assertEquals("en", memory.language("es"));
    }

    @Test
    void nothingRememberedGivesTheFallback() {
        assertEquals("en", SettingsStore.readAhead(MemorySettingsStore::new).language("en"));
        assertEquals("es", SettingsStore.readAhead(() -> {
            throw new IllegalStateException("no preferences here");
        }).language("es"));
    }

    @Test
    void aKioskStoreRemembersNoLanguage() {
        SettingsStore none = SettingsStore.none();
        none.saveLanguage("es");
        assertEquals("en", none.language("en"));
    }
}
