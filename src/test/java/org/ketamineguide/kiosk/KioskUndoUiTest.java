package org.ketamineguide.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;

/**
 * The end of a kiosk visit takes the visitor's typing with it, undo history included: the next
 * visitor pressing Ctrl+Z (or Ctrl+Y) in a field must not bring back what the last one wrote.
 */
class KioskUndoUiTest extends AppUiTest {

    @Override
    protected AppOptions options() {
        try {
            Path file = Files.createTempDirectory("kiosk-config").resolve("clinic.json");
            Files.writeString(file, "{\"clinicName\": \"Test Clinic\", \"staffPin\": \"2468\"}");
            return AppOptions.parse(List.of("--kiosk", "--config", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void undoInTheSearchFieldDoesNotBringBackTheLastVisitorsWords() {
        clickOn("#topicsTile");
        clickOn("#topicSearchField").write("I want to kill myself");
        fx(() -> app.visit().endVisit());
        fx(() -> app.navigator().goTo(Screen.TOPICS));
        TextField field = node("#topicSearchField");
        clickOn(field);
        press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("", field.getText());
        press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        press(KeyCode.CONTROL).press(KeyCode.SHIFT).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.SHIFT)
                .release(KeyCode.CONTROL);
        assertEquals("", field.getText());
    }
}
