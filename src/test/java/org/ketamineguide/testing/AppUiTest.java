package org.ketamineguide.testing;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.ketamineguide.AppEnvironment;
import org.ketamineguide.AppOptions;
import org.ketamineguide.AppServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base class of TestFX tests that drive the whole app. Each test gets a freshly composed app.
 * Runs headless on Monocle when there is no display (the Maven {@code headless} profile).
 */
public abstract class AppUiTest extends FxRobot {
    protected AppServices app;
    /** Answers the app's file choosers: queue a path before clicking Save, Open or Export. */
    protected final ScriptedFilePicker files = new ScriptedFilePicker();
    /** Display settings remembered in memory instead of the user's preferences. */
    protected final MemorySettingsStore settings = new MemorySettingsStore();
    /** The kiosk idle timer's clock: advance it, then call {@code app.kiosk().tick()}. */
    protected final ManualClock clock = new ManualClock();
    /** The kiosk's printer: records what a kiosk printed, so no test talks to a real print service. */
    protected final RecordingPrinter printer = new RecordingPrinter();

    /** The content files the app reads; tests of damaged content override this. */
    protected org.ketamineguide.content.ContentFiles contentFiles() {
        return org.ketamineguide.content.ContentFiles.bundled();
    }

    /** Today's date and time as the app sees it; tests of dated content override this. */
    protected java.time.Clock wallClock() {
        return java.time.Clock.systemDefaultZone();
    }

    /** The options the app starts with; kiosk tests override this. */
    protected AppOptions options() {
        return AppOptions.defaults();
    }

    /** Whether screens are built ahead in idle moments, as in the real app (most tests build each on first visit). */
    protected boolean preloadScreens() {
        return false;
    }

    @BeforeEach
    protected void startApp() throws TimeoutException {
        app = AppFixture.start(options(),
                new AppEnvironment(files, settings, clock, contentFiles(), printer, wallClock()), preloadScreens());
    }

    @AfterEach
    protected void stopApp() throws TimeoutException {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs an action on the JavaFX thread and waits for it and the events it causes. */
    protected void fx(Runnable action) {
        interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Applies CSS and lays the whole window out, so sizes read afterwards are final. */
    protected void settle() {
        for (int i = 0; i < 2; i++) {
            fx(() -> {
                var root = lookup("#appRoot").query().getScene().getRoot();
                root.applyCss();
                root.layout();
            });
        }
    }

    /** Resizes the window to {@code width} x {@code height} px, sets the text size to {@code textScale} %, then {@link #settle}s. */
    protected void showAt(double width, double height, int textScale) {
        fx(() -> {
            Window w = lookup("#appRoot").query().getScene().getWindow();
            w.setWidth(width);
            w.setHeight(height);
            app.display().setTextScale(textScale);
        });
        settle();
    }

    protected <T extends Node> T node(String selector) {
        return lookup(selector).query();
    }

    protected boolean showing(String selector) {
        return lookup(selector).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }
}
