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

    /** The language code remembered ("en", "es"), or the fallback when none was. */
    default String language(String fallback) {
        return fallback;
    }

    /** Remembers the language chosen (a store that keeps nothing ignores it). */
    default void saveLanguage(String code) {
        // remembers nothing by default
    }

    /**
     * Opens the store and starts reading it on a background thread at once, so that the first read
     * (the user's preferences file) overlaps with building the window; reads and saves wait for it.
     */
    static SettingsStore readAhead(java.util.function.Supplier<SettingsStore> source) {
        java.util.concurrent.CompletableFuture<SettingsStore> opened = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<int[]> saved = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<String> language = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                SettingsStore store = source.get();
                opened.complete(store);
                saved.complete(new int[] {store.textScale(DisplaySettings.DEFAULT_SCALE),
                        store.highContrast(false) ? 1 : 0});
                language.complete(store.language(""));
            } catch (RuntimeException e) {
                opened.complete(none());
                saved.complete(new int[] {DisplaySettings.DEFAULT_SCALE, 0});
                language.complete("");
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

            @Override
            public String language(String fallback) {
                String code = language.join();
                return code.isEmpty() ? fallback : code;
            }

            @Override
            public void saveLanguage(String code) {
                opened.join().saveLanguage(code);
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
            public String language(String fallback) {
                return node.get("language", fallback);
            }

            @Override
            public void saveLanguage(String code) {
                node.put("language", code);
                flush();
            }

            @Override
            public void save(int textScale, boolean highContrast) {
                node.putInt("textScale", textScale);
                node.putBoolean("highContrast", highContrast);
                flush();
            }

            private void flush() {
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
