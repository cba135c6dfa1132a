package org.ketamineguide;

import java.time.Clock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.shell.SettingsStore;
import org.ketamineguide.ui.DirectPrinter;
import org.ketamineguide.ui.FilePicker;

/**
 * What the app takes from the machine it runs on: file choosers, where display settings are
 * remembered, a clock for the kiosk's idle timer, where the content files are read from, the
 * kiosk's way to a printer, and the wall clock that dates print-outs and decides whether content
 * with an end date has passed it. Tests pass their own.
 *
 * @param files     asks the user for files
 * @param settings  opens the store that remembers display settings on a laptop; a kiosk never
 *                  calls it, so on a kiosk the Java preferences are never opened (the JDK would
 *                  otherwise create and sync files under the home folder)
 * @param nanoClock monotonic time in nanoseconds
 * @param content   the content files (the bundled ones, except in tests of damaged content)
 * @param printer   prints to the kiosk's named printer with no dialog (used only after the person
 *                  confirms, and only when the clinic configured a printer)
 * @param wallClock today's date and time (the system clock, except in tests of dated content)
 */
public record AppEnvironment(FilePicker files, Supplier<SettingsStore> settings, LongSupplier nanoClock,
                             ContentFiles content, DirectPrinter printer, Clock wallClock) {

    /** An environment that reads the bundled content and prints through the system's print service. */
    public AppEnvironment(FilePicker files, SettingsStore settings, LongSupplier nanoClock) {
        this(files, settings, nanoClock, ContentFiles.bundled());
    }

    /** An environment that prints through the system's print service, on the system's wall clock. */
    public AppEnvironment(FilePicker files, SettingsStore settings, LongSupplier nanoClock, ContentFiles content) {
        this(files, settings, nanoClock, content, DirectPrinter.system());
    }

    /** An environment with a settings store that is already open (tests keep theirs in memory). */
    public AppEnvironment(FilePicker files, SettingsStore settings, LongSupplier nanoClock, ContentFiles content,
                          DirectPrinter printer) {
        this(files, () -> settings, nanoClock, content, printer, Clock.systemDefaultZone());
    }

    /** An environment with an open settings store and a given wall clock (tests of dated content). */
    public AppEnvironment(FilePicker files, SettingsStore settings, LongSupplier nanoClock, ContentFiles content,
                          DirectPrinter printer, Clock wallClock) {
        this(files, () -> settings, nanoClock, content, printer, wallClock);
    }

    /**
     * The real machine: platform file choosers, the user's preferences (opened only when asked
     * for, which a kiosk never does), the system clock, the system's printers.
     */
    public static AppEnvironment system() {
        return new AppEnvironment(FilePicker.system(),
                () -> SettingsStore.preferences(Preferences.userRoot().node(SETTINGS_NODE)), System::nanoTime,
                ContentFiles.bundled(), DirectPrinter.system(), Clock.systemDefaultZone());
    }

    /** The user's preferences node that {@link #system()} keeps the settings in. */
    private static final String SETTINGS_NODE = "org/ketamineguide";

    /**
     * Starts reading the user's preferences on a daemon thread while the JavaFX toolkit starts (the
     * JDK keeps what it read, so {@link #system()}'s store finds it in memory). The first read loads
     * the preferences and XML code and parses the file, which the window would otherwise wait for:
     * the language decides the words of the first frame. Only {@link Launcher} calls this, and only
     * when neither {@code --kiosk} nor a clinic file was given, so a kiosk never opens the preferences.
     */
    static void readSettingsAhead() {
        Thread reader = new Thread(() -> {
            try {
                Preferences.userRoot().node(SETTINGS_NODE).get("language", "");
            } catch (RuntimeException e) {
                // the store reports it again, on the JavaFX thread, when it is opened
            }
        }, "settings-ahead");
        reader.setDaemon(true);
        reader.start();
    }
}
