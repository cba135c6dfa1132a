package org.ketamineguide.shell;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Where display settings are remembered: {@link java.util.prefs.Preferences} on a laptop, nowhere
 * on a kiosk (nothing may be written to disk there).
 */
public interface SettingsStore {

    int textScale(int fallback);

    boolean highContrast(boolean fallback);

    void save(int textScale, boolean highContrast);

    /**
     * Opens the store and starts reading it on a background thread at once, so that the first read
     * (the user's preferences file) overlaps with building the window; reads and saves wait for it.
     */
    static SettingsStore readAhead(java.util.function.Supplier<SettingsStore> source) {
        java.util.concurrent.CompletableFuture<SettingsStore> opened = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<int[]> saved = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                SettingsStore store = source.get();
                opened.complete(store);
                saved.complete(new int[] {store.textScale(DisplaySettings.DEFAULT_SCALE),
                        store.highContrast(false) ? 1 : 0});
            } catch (RuntimeException e) {
                opened.complete(none());
                saved.complete(new int[] {DisplaySettings.DEFAULT_SCALE, 0});
            }
        }, "settings-reader");
        reader.setDaemon(true);
        reader.start();
        return new SettingsStore() {
            @Override
            public int textScale(int fallback) {
                return saved.join()[0];
            }

            @Override
            public boolean highContrast(boolean fallback) {
                return saved.join()[1] == 1;
            }

            @Override
            public void save(int textScale, boolean highContrast) {
                opened.join().save(textScale, highContrast);
            }
        };
    }

    /** Remembers nothing (kiosk). */
    static SettingsStore none() {
        return new SettingsStore() {
            @Override
            public int textScale(int fallback) {
                return fallback;
            }

            @Override
            public boolean highContrast(boolean fallback) {
                return fallback;
            }

            @Override
            public void save(int textScale, boolean highContrast) {
                // a kiosk keeps nothing
            }
        };
    }

    /** The user's preferences node for this app. */
    static SettingsStore preferences(Preferences node) {
        return new SettingsStore() {
            @Override
            public int textScale(int fallback) {
                return node.getInt("textScale", fallback);
            }

            @Override
            public boolean highContrast(boolean fallback) {
                return node.getBoolean("highContrast", fallback);
            }

            @Override
            public void save(int textScale, boolean highContrast) {
                node.putInt("textScale", textScale);
                node.putBoolean("highContrast", highContrast);
                try {
                    node.flush();
                } catch (BackingStoreException e) {
                    java.util.logging.Logger.getLogger(SettingsStore.class.getName())
                            .fine("Display settings not saved: " + e.getMessage());
                }
            }
        };
    }
}
