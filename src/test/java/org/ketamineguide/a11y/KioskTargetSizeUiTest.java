package org.ketamineguide.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketamineguide.AppOptions;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.LayoutChecks;

/** On a kiosk every button, toggle and link is at least 48 x 48 px (touch target). */
class KioskTargetSizeUiTest extends AppUiTest {

    @Override
    protected AppOptions options() {
        return AppOptions.parse(List.of("--kiosk"));
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"HOME", "SCREENING", "TOPICS", "PLANNER", "ABOUT"})
    void everyTargetIsAtLeast48Pixels(Screen screen) {
        fx(() -> app.navigator().goTo(screen));
        settle();
        Scene scene = node("#appRoot").getScene();
        List<String> small = LayoutChecks.smallTargets(scene, 48);
        assertTrue(small.isEmpty(), screen + ": " + small);
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"HOME", "ABOUT"})
    void crisisPanelTargetsAreLargeToo(Screen screen) {
        fx(() -> app.navigator().goTo(screen));
        clickOn("#helpNowButton");
        settle();
        List<String> small = LayoutChecks.smallTargets(node("#appRoot").getScene(), 48);
        assertTrue(small.isEmpty(), screen + " with help open: " + small);
    }

    @org.junit.jupiter.api.Test
    void thePinPadTargetsAreLargeToo() {
        clickOn("#staffButton");
        settle();
        List<String> small = LayoutChecks.smallTargets(node("#appRoot").getScene(), 48);
        assertTrue(small.isEmpty(), "PIN panel: " + small);
    }
}
