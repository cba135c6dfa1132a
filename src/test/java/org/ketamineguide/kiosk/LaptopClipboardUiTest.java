package org.ketamineguide.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;

/**
 * The control for the kiosk's clipboard tests: on a laptop the same keys copy and cut and the same
 * request opens the text menu, so the kiosk tests would notice if the lockdown stopped working.
 */
class LaptopClipboardUiTest extends AppUiTest {

    @Test
    void onALaptopCopyCutAndTheTextMenuWork() {
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("already there");
            Clipboard.getSystemClipboard().setContent(content);
            app.navigator().goTo(Screen.TOPICS);
        });
        TextField search = node("#topicSearchField");
        clickOn(search).write("side effects");
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.CONTROL, KeyCode.C);
        assertEquals("side effects", clipboardText());
        push(KeyCode.CONTROL, KeyCode.X);
        assertEquals("", search.getText());
        push(KeyCode.CONTROL, KeyCode.V);
        assertEquals("side effects", search.getText());

        KioskUiTest.requestTextMenu(this, search);
        boolean[] menu = {false};
        fx(() -> menu[0] = Window.getWindows().stream().anyMatch(w -> w != search.getScene().getWindow()
                && w.isShowing()));
        assertTrue(menu[0], "the text menu opened");
        push(KeyCode.ESCAPE);
    }

    private String clipboardText() {
        String[] text = new String[1];
        fx(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
