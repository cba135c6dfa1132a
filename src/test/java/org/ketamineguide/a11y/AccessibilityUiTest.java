package org.ketamineguide.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.ContrastCheck;
import org.ketamineguide.testing.KeyboardWalk;
import org.ketamineguide.testing.LayoutChecks;

/** Every screen at 200% text, and with the keyboard alone. */
class AccessibilityUiTest extends AppUiTest {

    private Scene show(Screen screen) {
        fx(() -> app.navigator().goTo(screen));
        return node("#appRoot").getScene();
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"HOME", "SCREENING", "TOPICS", "PLANNER", "ABOUT"})
    void nothingIsCutOffAtTwiceTheTextSize(Screen screen) {
        Scene scene = show(screen);
        fx(() -> app.display().setTextScale(200));
        settle();
        List<String> problems = LayoutChecks.cutOffText(scene);
        assertTrue(problems.isEmpty(), screen + " at 200%: " + problems);
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"HOME", "SCREENING", "TOPICS", "PLANNER", "ABOUT"})
    void nothingIsCutOffAtTheSmallestWindow(Screen screen) {
        Scene scene = show(screen);
        fx(() -> {
            scene.getWindow().setWidth(1024);
            scene.getWindow().setHeight(640);
        });
        settle();
        List<String> problems = LayoutChecks.cutOffText(scene);
        assertTrue(problems.isEmpty(), screen + " at 1024x640: " + problems);
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"HOME", "SCREENING", "TOPICS", "PLANNER", "ABOUT"})
    void textContrastIsAtLeastFourPointFiveToOneInBothThemes(Screen screen) {
        Scene scene = show(screen);
        for (boolean highContrast : new boolean[] {false, true}) {
            fx(() -> app.display().setHighContrast(highContrast));
            settle();
            List<String> problems = ContrastCheck.lowContrastText(scene);
            assertTrue(problems.isEmpty(), screen + (highContrast ? " in high contrast: " : ": ") + problems);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"HOME", "SCREENING", "TOPICS", "PLANNER", "ABOUT"})
    void tabVisitsEveryControlOfTheScreen(Screen screen) {
        Scene scene = show(screen);
        Set<String> missed = KeyboardWalk.unreached(this, scene);
        assertTrue(missed.isEmpty(), screen + ": Tab never reached " + missed);
    }
}
