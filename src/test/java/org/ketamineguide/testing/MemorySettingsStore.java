package org.ketamineguide.testing;

import org.ketamineguide.shell.SettingsStore;

/** Display settings kept in memory, so tests never touch the real user preferences. */
public final class MemorySettingsStore implements SettingsStore {
    private Integer scale;
    private Boolean contrast;
    private String language;
    private int saves;

    @Override
    public int textScale(int fallback) {
        return scale == null ? fallback : scale;
    }

    @Override
    public boolean highContrast(boolean fallback) {
        return contrast == null ? fallback : contrast;
    }

    @Override
    public void save(int textScale, boolean highContrast) {
        scale = textScale;
        contrast = highContrast;
        saves++;
    }

    @Override
    public String language(String fallback) {
        return language == null ? fallback : language;
    }

    @Override
    public void saveLanguage(String code) {
        language = code;
        saves++;
    }

    public int saves() {
        return saves;
    }
}
