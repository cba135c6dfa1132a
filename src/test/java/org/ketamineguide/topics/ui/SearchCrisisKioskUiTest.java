package org.ketamineguide.topics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.testing.AppUiTest;

/** On a clinic's kiosk the search crisis card says first to tell a staff member, in the clinic's words. */
class SearchCrisisKioskUiTest extends AppUiTest {

    @Override
    protected AppOptions options() {
        try {
            Path file = Files.createTempDirectory("kiosk-config").resolve("clinic.json");
            Files.writeString(file, "{\"clinicName\": \"Test Clinic\", \"staffPin\": \"2468\", "
                    + "\"staffHelpSentence\": \"Please tell the front desk now. We are here for you.\"}");
            return AppOptions.parse(List.of("--kiosk", "--config", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theKioskCardPutsTheClinicsStaffSentenceFirst() {
        clickOn("#topicsTile");
        clickOn("#topicSearchField").write("I want to kill myself");
        assertTrue(showing("#crisisHelpCard"));
        List<String> text = lookup("#crisisHelpCard .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals("Please tell the front desk now. We are here for you.", text.get(1), text.toString());
        assertTrue(text.get(2).contains("911"), text.toString());
        assertTrue(text.get(3).contains("988") && !text.get(3).contains("988lifeline.org"),
                "a kiosk cannot open a chat: " + text);
        clickOn("#crisisHelpOpen");
        assertTrue(app.crisis().isOpen());
    }

    @Test
    void theKioskCardGoesAtTheEndOfTheVisit() {
        clickOn("#topicsTile");
        clickOn("#topicSearchField").write("suicide");
        assertTrue(showing("#crisisHelpCard"));
        fx(() -> app.visit().endVisit());
        assertFalse(showing("#crisisHelpCard"));
        assertEquals("", app.topics().orElseThrow().searchTextProperty().get());
    }
}
