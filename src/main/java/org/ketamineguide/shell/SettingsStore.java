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
