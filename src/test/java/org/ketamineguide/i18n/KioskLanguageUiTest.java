package org.ketamineguide.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;

/**
 * A kiosk starts in the clinic's default language, switches for one visitor, and goes back to the
 * default at the wipe; it never remembers the choice. The crisis panel's staff line follows the
 * language (the clinic's own Spanish sentence).
 */
class KioskLanguageUiTest extends AppUiTest {
    private static final int IDLE = 60;
    private static final int WARNING = 25;
    private static final String STAFF_ES = "Avise ahora en la recepción.";

    @Override
    protected AppOptions options() {
        try {
            Path file = Files.createTempDirectory("kiosk-language").resolve("clinic.json");
            Files.writeString(file, "{\"kiosk\": true, \"languages\": [\"en\", \"es\"], \"defaultLanguage\": \"es\", "
                    + "\"idleTimeoutSeconds\": " + IDLE + ", \"warningSeconds\": " + WARNING + ", "
                    + "\"staffHelpSentence\": \"Tell the front desk now.\", \"staffHelpSentenceEs\": \"" + STAFF_ES + "\"}");
            return AppOptions.parse(List.of("--config", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theWipeReturnsToTheClinicsLanguageAndNothingIsRemembered() {
        assertEquals(Language.ES, app.languageProperty().get(), "the clinic's default");
        fx(() -> app.crisis().open());
        assertEquals(STAFF_ES, this.<Label>node("#crisisStaffLine").getText());
        fx(() -> app.crisis().close());
        clickOn(lookup(".footer-bar #language-en").<Button>query());
        assertEquals(Language.EN, app.languageProperty().get());
        fx(() -> {
            app.navigator().goTo(Screen.TOPICS);
            app.screening().answer("age", "18_64");
        });
        fx(() -> app.crisis().open());
        assertEquals("Tell the front desk now.", this.<Label>node("#crisisStaffLine").getText());
        fx(() -> app.crisis().close());
        clock.advance(Duration.ofSeconds(IDLE));
        fx(() -> app.kiosk().tick());
        clock.advance(Duration.ofSeconds(WARNING));
        fx(() -> app.kiosk().tick());
        assertEquals(Language.ES, app.languageProperty().get(), "the wipe returns to the clinic's language");
        assertEquals(Screen.HOME, app.navigator().current());
        assertTrue(app.screening().answers().isEmpty(), "and the answers are gone");
        assertEquals(Language.ES.messages().get("shell.about"), lookup("#aboutButton").<Button>query().getText());
        assertEquals(0, settings.saves(), "a kiosk remembers nothing");
        assertEquals("none", settings.language("none"));
    }
}
