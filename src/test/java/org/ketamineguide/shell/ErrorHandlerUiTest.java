package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.ketamineguide.testing.AppUiTest;
import org.testfx.util.WaitForAsyncUtils;

/** An unexpected error shows one plain message, keeps the user's answers and logs the details. */
class ErrorHandlerUiTest extends AppUiTest {

    @Test
    void anUncaughtErrorShowsAPlainMessageAndNoStackTrace() {
        fx(() -> app.visit().myQuestions().add("Keep me"));
        Platform.runLater(() -> {
            throw new IllegalStateException("boom at org.example.Secret.method(Secret.java:42)");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.errors().handledCount());
        List<String> texts = lookup(".dialog-card .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("Something went wrong"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Something went wrong; your answers are safe")), texts.toString());
        assertFalse(texts.stream().anyMatch(t -> t.contains("boom") || t.contains("Exception") || t.contains(".java")),
                "no technical details in front of the user: " + texts);
        assertEquals(List.of("Keep me"), app.visit().myQuestions().questions());
        clickOn("#dialog-ok");
        assertTrue(lookup(".dialog-card").queryAll().isEmpty());
        assertTrue(showing("#helpNowButton"));
    }
}
