package org.ketamineguide;

import java.util.function.LongSupplier;
import java.util.prefs.Preferences;
import org.ketamineguide.shell.SettingsStore;
import org.ketamineguide.ui.FilePicker;

/**
 * What the app takes from the machine it runs on: file choosers, where display settings are
 * remembered, and a clock for the kiosk's idle timer. Tests pass their own.
 *
 * @param files     asks the user for files
 * @param settings  remembers display settings on a laptop (a kiosk never uses it)
 * @param nanoClock monotonic time in nanoseconds
 */
public record AppEnvironment(FilePicker files, SettingsStore settings, LongSupplier nanoClock) {

    /** The real machine: platform file choosers, the user's preferences, the system clock. */
    public static AppEnvironment system() {
        return new AppEnvironment(FilePicker.system(),
                SettingsStore.preferences(Preferences.userRoot().node("org/ketamineguide")), System::nanoTime);
    }
}
