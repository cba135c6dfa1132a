package org.ketamineguide;

import java.time.Clock;
import java.util.function.LongSupplier;
import java.util.prefs.Preferences;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.shell.SettingsStore;
import org.ketamineguide.ui.FilePicker;

/**
 * What the app takes from the machine it runs on: file choosers, where display settings are
 * remembered, a clock for the kiosk's idle timer, where the content files are read from, and the
 * wall clock that dates print-outs and decides whether content with an end date has passed it.
 * Tests pass their own.
 *
 * @param files     asks the user for files
 * @param settings  remembers display settings on a laptop (a kiosk never uses it)
 * @param nanoClock monotonic time in nanoseconds
 * @param content   the content files (the bundled ones, except in tests of damaged content)
 * @param wallClock today's date and time (the system clock, except in tests of dated content)
 */
public record AppEnvironment(FilePicker files, SettingsStore settings, LongSupplier nanoClock, ContentFiles content,
                             Clock wallClock) {

    /** An environment that reads the bundled content. */
    public AppEnvironment(FilePicker files, SettingsStore settings, LongSupplier nanoClock) {
        this(files, settings, nanoClock, ContentFiles.bundled());
    }

    /** An environment on the system's wall clock. */
    public AppEnvironment(FilePicker files, SettingsStore settings, LongSupplier nanoClock, ContentFiles content) {
        this(files, settings, nanoClock, content, Clock.systemDefaultZone());
    }

    /** The real machine: platform file choosers, the user's preferences, the system clock. */
    public static AppEnvironment system() {
        return new AppEnvironment(FilePicker.system(),
                SettingsStore.preferences(Preferences.userRoot().node("org/ketamineguide")), System::nanoTime);
    }
}
