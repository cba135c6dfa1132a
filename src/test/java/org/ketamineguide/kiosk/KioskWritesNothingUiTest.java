package org.ketamineguide.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.shell.Screen;
import org.ketamineguide.testing.AppUiTest;

/**
 * A whole kiosk visit, with the home folder and the temp folder pointed at an empty folder: when
 * the visit has been wiped, the folder is still empty.
 */
class KioskWritesNothingUiTest extends AppUiTest {
    private static Path empty;
    private static String home;
    private static String tmp;

    @Override
    protected AppOptions options() {
        return AppOptions.parse(List.of("--kiosk"));
    }

    @BeforeEach
    void pointHomeAndTempAtAnEmptyFolder() throws IOException {
        empty = Files.createTempDirectory("kiosk-home");
        home = System.getProperty("user.home");
        tmp = System.getProperty("java.io.tmpdir");
        System.setProperty("user.home", empty.toString());
        System.setProperty("java.io.tmpdir", empty.toString());
    }

    @AfterEach
    void restore() {
        System.setProperty("user.home", home);
        System.setProperty("java.io.tmpdir", tmp);
    }

    @Test
    void aFullVisitLeavesNothingOnDisk() throws IOException {
        for (String tile : List.of("#screeningTile", "#topicsTile", "#plannerTile")) {
            clickOn("#homeButton");
            clickOn(tile);
        }
        clickOn("#helpNowButton");
        clickOn("#closeCrisisButton");
        clickOn("#textLargerButton");
        clickOn("#highContrastToggle");
        fx(() -> app.visit().myQuestions().add("What will this cost me?"));
        fx(() -> app.printing().exportPdf(app.printing().document("Summary").paragraph("text").build(), "x.pdf"));
        fx(() -> app.printing().print(app.printing().document("Summary").paragraph("text").build()));
        fx(() -> app.navigator().goTo(Screen.ABOUT));
        clock.advance(Duration.ofSeconds(app.config().idleTimeoutSeconds()));
        fx(() -> app.kiosk().tick());
        clock.advance(Duration.ofSeconds(app.config().warningSeconds()));
        fx(() -> app.kiosk().tick());
        assertEquals(1, app.kiosk().visitsEnded());
        assertEquals(0, files.timesAsked(), "a kiosk never asks where to save");

        try (Stream<Path> all = Files.walk(empty)) {
            List<String> written = all.filter(p -> !p.equals(empty)).map(Path::toString).collect(Collectors.toList());
            assertTrue(written.isEmpty(), "the kiosk wrote: " + written);
        }
    }
}
