package org.ketamineguide.a11y;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ketamineguide.AppOptions;

/** The kiosk the a11y tests start: a clinic file with a staff PIN and a short idle time. */
final class KioskScreens {
    private KioskScreens() {
    }

    static AppOptions options() {
        try {
            Path file = Files.createTempDirectory("a11y-kiosk").resolve("clinic.json");
            Files.writeString(file, "{\"clinicName\": \"Test Clinic\", \"staffPin\": \"2468\", "
                    + "\"treatmentsOffered\": [\"spravato\", \"iv_ketamine\"], \"idleTimeoutSeconds\": 120}");
            return AppOptions.parse(List.of("--kiosk", "--config", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
