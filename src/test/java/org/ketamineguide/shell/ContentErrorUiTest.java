package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;

/**
 * A damaged content file (a broken install) never shows an empty screen or a stack trace: the app
 * says what is wrong in one line for staff, and crisis help still works.
 */
class ContentErrorUiTest extends AppUiTest {

    @Override
    protected ContentFiles contentFiles() {
        ContentFiles bundled = ContentFiles.bundled();
        return path -> path.equals("glossary.json") ? "{\"terms\": [" : bundled.read(path);
    }

    @Test
    void brokenContentShowsTheErrorScreenAndHelpStillWorks() {
        assertTrue(app.content().isEmpty());
        fx(() -> { });
        assertEquals(Screen.CONTENT_ERROR, app.navigator().current());
        assertTrue(showing("#contentErrorScreen"));
        String detail = this.<Label>node("#contentErrorDetail").getText();
        assertTrue(detail.startsWith("glossary.json: is not valid JSON"), detail);
        assertFalse(detail.contains("Exception"), detail);

        clickOn("#helpNowButton");
        assertTrue(app.crisis().isOpen());
        clickOn("#closeCrisisButton");
        assertFalse(app.crisis().isOpen());
        assertEquals(0, app.errors().handledCount());
    }

    @Test
    void featureScreensShowTheErrorInsteadOfFailing() {
        for (Screen screen : new Screen[] {Screen.TOPICS, Screen.SCREENING, Screen.PLANNER, Screen.ABOUT}) {
            fx(() -> app.navigator().goTo(screen));
            assertTrue(showing("#contentErrorScreen"), screen.name());
        }
        assertEquals(0, app.errors().handledCount());
    }
}
