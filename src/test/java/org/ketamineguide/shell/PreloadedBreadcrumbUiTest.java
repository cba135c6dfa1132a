package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.testing.AppUiTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 15: on the first visit of a screen built ahead (ScreenPreloader), the breadcrumb showed
 * another screen's detail (the wizard's step title). Each screen is visited for the first time after
 * every screen has been built ahead, from home, as a visitor would.
 */
class PreloadedBreadcrumbUiTest extends AppUiTest {

    @Override
    protected boolean preloadScreens() {
        return true;
    }

    /** Waits until the content has loaded and the screens have been built ahead, one per idle moment. */
    private void waitForScreensBuiltAhead() throws TimeoutException {
        app.content().orElseThrow();
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private String crumb(String id) {
        Label l = node(id);
        return l.isVisible() ? l.getText() : "";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            screeningTile | Check what fits me | Welcome
            topicsTile    | Learn              | ''
            plannerTile   | Plan costs         | ''
            decisionTile  | Weigh my options   | The choice
            aboutButton   | About and sources  | ''
            """)
    void theFirstVisitOfAScreenBuiltAheadNamesItself(String open, String screen, String detail) throws TimeoutException {
        waitForScreensBuiltAhead();
        // the wizard first, so its step title is there to go stale
        if (!open.equals("screeningTile")) {
            clickOn("#screeningTile");
            clickOn("#homeButton");
        }
        clickOn("#" + open);
        settle();
        assertEquals(screen, crumb("#breadcrumbScreen"), "the screen in the breadcrumb");
        assertEquals(detail, crumb("#breadcrumbDetail"), "the detail in the breadcrumb");
    }

    /** As the interaction benchmark does: each screen straight after the other, while screens are still being built ahead. */
    @org.junit.jupiter.api.Test
    void screensOpenedOneAfterAnotherEachNameThemselves() {
        org.ketamineguide.nav.Screen[] order = {org.ketamineguide.nav.Screen.SCREENING, org.ketamineguide.nav.Screen.TOPICS,
            org.ketamineguide.nav.Screen.PLANNER, org.ketamineguide.nav.Screen.DECISION, org.ketamineguide.nav.Screen.ABOUT,
            org.ketamineguide.nav.Screen.SCREENING, org.ketamineguide.nav.Screen.DECISION};
        String[] details = {"Welcome", "", "", "The choice", "", "Welcome", "The choice"};
        for (int i = 0; i < order.length; i++) {
            org.ketamineguide.nav.Screen screen = order[i];
            fx(() -> app.navigator().goTo(screen));
            settle();
            assertEquals(app.messages().get(screen.titleKey()), crumb("#breadcrumbScreen"), screen.toString());
            assertEquals(details[i], crumb("#breadcrumbDetail"), screen + ", visit " + (i + 1));
        }
    }
}
