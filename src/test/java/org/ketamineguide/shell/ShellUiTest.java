package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.KeyboardWalk;

class ShellUiTest extends AppUiTest {

    @Test
    void appStartsOnTheHomeScreen() {
        assertEquals(Screen.HOME, app.navigator().current());
        assertTrue(showing("#homeScreen"));
        assertTrue(showing("#helpNowButton"));
        assertFalse(app.crisis().isOpen());
    }

    @ParameterizedTest
    @CsvSource({"#screeningTile, SCREENING, Check what fits me", "#topicsTile, TOPICS, Learn",
            "#plannerTile, PLANNER, Plan costs", "#aboutLink, ABOUT, About and sources"})
    void eachHomeEntryOpensItsScreenAndHomeComesBack(String tile, Screen screen, String title) {
        clickOn(tile);
        assertEquals(screen, app.navigator().current());
        assertEquals(title, this.<Label>node("#breadcrumbScreen").getText());
        assertFalse(showing("#homeScreen"));

        clickOn("#homeButton");
        assertEquals(Screen.HOME, app.navigator().current());
        assertTrue(showing("#homeScreen"));
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"HOME", "SCREENING", "TOPICS", "PLANNER", "ABOUT"})
    void needHelpNowOpensTheCrisisPanelFromEveryScreenAndItCloses(Screen screen) {
        fx(() -> app.navigator().goTo(screen));
        Node button = node("#helpNowButton");
        assertTrue(button.isVisible() && !button.isDisabled());

        clickOn("#helpNowButton");
        assertTrue(app.crisis().isOpen());
        assertTrue(showing("#crisisPanel"));
        assertTrue(lookup(".crisis-line").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("988") && l.getText().contains("988lifeline.org")));
        assertTrue(lookup(".crisis-line").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("911")));
        assertFalse(showing("#crisisStaffLine"), "the staff line is for kiosks only");

        clickOn("#closeCrisisButton");
        assertFalse(app.crisis().isOpen());
        assertFalse(showing("#crisisPanel"));
        assertEquals(screen, app.navigator().current(), "closing help keeps the user where they were");
    }

    @Test
    void escapeClosesTheCrisisPanel() {
        clickOn("#helpNowButton");
        assertTrue(app.crisis().isOpen());
        push(KeyCode.ESCAPE);
        assertFalse(app.crisis().isOpen());
    }

    @Test
    void crisisPanelSitsAboveEverythingElse() {
        clickOn("#helpNowButton");
        Node panel = node("#crisisPanel");
        List<Node> siblings = panel.getParent().getChildrenUnmodifiable();
        assertEquals(panel, siblings.get(siblings.size() - 1));
    }

    @Test
    void keyboardTabReachesEveryControlOfTheHomeScreen() {
        var scene = node("#homeScreen").getScene();
        Set<String> missed = KeyboardWalk.unreached(this, scene);
        assertTrue(missed.isEmpty(), "Tab never reached: " + missed);
        assertTrue(KeyboardWalk.reachableControls(scene).contains(node("#helpNowButton")));
    }

    @Test
    void enterOnAFocusedTileOpensIt() {
        fx(() -> node("#topicsTile").requestFocus());
        push(KeyCode.ENTER);
        assertEquals(Screen.TOPICS, app.navigator().current());
    }

    @Test
    void aboutScreenShowsReviewDateVersionAndFunding() {
        clickOn("#aboutButton");
        assertTrue(this.<Label>node("#reviewedLabel").getText().contains("2026"));
        assertTrue(this.<Label>node("#versionLabel").getText().startsWith("App version"));
        assertTrue(this.<Label>node("#fundingLabel").getText().contains("No drug maker"));
        assertFalse(lookup(".source-line").queryAll().isEmpty());
    }
}
