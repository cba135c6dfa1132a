package org.ketamineguide.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.testing.AppUiTest;

/**
 * The whole app started with {@code --config} pointing at a refused file that asks for a kiosk (a
 * misspelt setting elsewhere), and without {@code --kiosk}: it is a kiosk with the standard
 * settings, the Staff control shows, Save and Open are hidden, and staff see why the file was not
 * used. Before, this started a laptop app with Save, Open, PDF and no idle wipe.
 */
class KioskFromRefusedConfigUiTest extends AppUiTest {

    @Override
    protected AppOptions options() {
        try {
            Path file = Files.createTempDirectory("refused-config").resolve("clinic.json");
            Files.writeString(file, "{\"clinicName\": \"Test Clinic\", \"kiosk\": true, \"idleTimout\": 60}");
            return AppOptions.parse(List.of("--config", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRefusedFileThatAsksForAKioskStartsAKioskWithTheStaffWarning() {
        assertFalse(app.options().kiosk(), "no --kiosk flag");
        assertEquals(ClinicConfig.standardKiosk(), app.config());
        assertNotNull(app.kiosk(), "the idle wipe runs");
        assertFalse(app.printing().canSave());
        assertTrue(((Stage) node("#appRoot").getScene().getWindow()).isFullScreen());
        assertTrue(showing("#staffButton"));
        assertTrue(showing("#configWarningBar"));
        String warning = this.<Label>node("#configWarningLabel").getText();
        assertTrue(warning.contains("idleTimout") && warning.contains("clinic.json"), warning);
        assertFalse(showing("#clinicLabel"), "the refused file's clinic name is not used");

        clickOn("#plannerTile");
        assertTrue(showing("#printButton"));
        assertFalse(showing("#saveButton"));
        assertFalse(showing("#openButton"));
        assertFalse(showing("#exportButton"));
    }
}
