package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;

/** Crisis help takes keyboard focus to its first help line and gives it back when it closes. */
class CrisisFocusUiTest extends AppUiTest {

    @Test
    void focusOpensOnCallingNineOneOneNotOnClose() {
        clickOn("#helpNowButton");
        assertEquals("crisisEmergencyLine", focusedId(), "on a laptop there is no staff line");
        // after a click, the first Tab only shows where focus is (ui.KeyboardMode); the next one moves it
        push(KeyCode.TAB);
        assertEquals("crisisEmergencyLine", focusedId(), "the first Tab after a click skips nothing");
        push(KeyCode.TAB);
        assertEquals("crisis988Line", focusedId());
        clickOn("#closeCrisisButton");
        assertFalse(app.crisis().isOpen());
        assertEquals("helpNowButton", focusedId());
    }

    @Test
    void focusGoesBackToTheControlThatHadItWhenAnAnswerOpenedHelp() {
        fx(() -> app.navigator().goTo(Screen.ABOUT));
        fx(() -> node("#homeButton").requestFocus());
        assertEquals("homeButton", focusedId());
        fx(() -> app.crisis().openForAnswer());
        assertEquals("crisisEmergencyLine", focusedId());
        push(KeyCode.ESCAPE);
        assertEquals("homeButton", focusedId());
    }

    private String focusedId() {
        Node owner = node("#appRoot").getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }
}
