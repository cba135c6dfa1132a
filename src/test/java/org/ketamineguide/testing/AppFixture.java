package org.ketamineguide.testing;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.ketamineguide.AppEnvironment;
import org.ketamineguide.AppOptions;
import org.ketamineguide.AppServices;
import org.ketamineguide.KetamineGuideApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the whole app, as the composition root builds it, in a TestFX stage. UI tests extend
 * {@link AppUiTest}, which uses this.
 */
public final class AppFixture {
    private AppFixture() {
    }

    /** Builds the app into the primary TestFX stage with the given options and waits until it shows. */
    public static AppServices start(AppOptions options, AppEnvironment env) throws TimeoutException {
        return start(options, env, false);
    }

    /** As {@link #start(AppOptions, AppEnvironment)}; with {@code preload}, screens are built ahead as in the real app. */
    public static AppServices start(AppOptions options, AppEnvironment env, boolean preload) throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppServices[] out = new AppServices[1];
        FxToolkit.setupFixture(() -> {
            stage.hide();
            out[0] = KetamineGuideApp.compose(stage, options, env, preload);
            stage.setWidth(KetamineGuideApp.DEFAULT_WIDTH);
            stage.setHeight(KetamineGuideApp.DEFAULT_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return out[0];
    }

    /** Looks up exactly one node by CSS selector, failing with the selector when it is missing. */
    public static <T extends Node> T find(FxRobot robot, String selector) {
        return robot.lookup(selector).query();
    }
}
