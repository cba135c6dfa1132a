package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.AppOptions;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.LayoutChecks;

/** The kiosk home of a clinic that offers both treatments: its notes read well and fit at every size. */
class ClinicHomeUiTest extends AppUiTest {

    @Override
    protected AppOptions options() {
        try {
            Path file = Files.createTempDirectory("clinic-home").resolve("clinic.json");
            // the example clinic's logo, 160x40 in the footer
            Files.copy(Path.of("assets/clinic-logo.png"), file.resolveSibling("clinic-logo.png"));
            Files.writeString(file, "{\"clinicName\": \"Sunrise Mood Clinic\", \"staffPin\": \"2468\", \"phone\": "
                    + "\"(555) 010-0199\", \"treatmentsOffered\": [\"spravato\", \"iv_ketamine\"], "
                    + "\"logo\": \"clinic-logo.png\", \"languages\": [\"en\", \"es\"]}");
            return AppOptions.parse(List.of("--kiosk", "--config", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void clinicOfferNamesBothTreatmentsWithSpacesBetween() {
        String offer = this.<Label>node("#clinicOfferNote").getText();
        assertTrue(offer.contains("(Spravato) and IV ketamine infusions"), offer);
    }

    @ParameterizedTest(name = "{0}x{1}, {2}% text")
    @CsvSource({"1280, 800, 100", "1024, 640, 100", "1024, 640, 200"})
    void kioskHomeFitsWithTheClinicNotesAndTheStaffButton(int width, int height, int scale) {
        showAt(width, height, scale);
        Scene scene = node("#appRoot").getScene();
        List<String> problems = new ArrayList<>();
        problems.addAll(LayoutChecks.horizontalScrollBars(scene));
        problems.addAll(LayoutChecks.cutOffText(scene));
        problems.addAll(LayoutChecks.outsideWindow(scene, node("#helpNowButton"), node("#homeButton"),
                node("#staffButton"), node("#clinicLabel"), node("#textLargerButton"), node("#highContrastToggle")));
        assertTrue(problems.isEmpty(), width + "x" + height + " at " + scale + "%: " + problems);
    }

    /** Issue 15: the clinic line was squeezed beside the language switch, one word (at 1024 px one letter) a line. */
    @ParameterizedTest(name = "{0}x{1}, {2}% text, {3}")
    @CsvSource({"1280, 800, 100, en", "1024, 640, 100, en", "1024, 640, 200, en", "1280, 800, 100, es",
        "1024, 640, 100, es", "1024, 640, 200, es"})
    void clinicLineIsOneWholeLineBesideOrAboveTheFooterControls(int width, int height, int scale, String language) {
        fx(() -> app.languageProperty().set(org.ketamineguide.i18n.Language.ofCode(language).orElseThrow()));
        showAt(width, height, scale);
        Scene scene = node("#appRoot").getScene();
        Label clinic = node("#clinicLabel");
        javafx.scene.Node controls = node(".footer-controls");
        javafx.geometry.Bounds line = clinic.localToScene(clinic.getLayoutBounds());
        String where = width + "x" + height + " at " + scale + "% in " + language + ": ";
        assertTrue(clinic.getHeight() <= clinic.prefHeight(-1) + 1, where + "the clinic line wraps: " + line);
        assertTrue(clinic.getWidth() + 1 >= clinic.prefWidth(-1), where + "the clinic line is cut: " + line);
        for (javafx.scene.Node n : new javafx.scene.Node[] {controls, node("#staffButton"), node("#clinicLogo")}) {
            assertTrue(!line.intersects(n.localToScene(n.getLayoutBounds())), where + "the clinic line overlaps " + n);
        }
        List<String> problems = new ArrayList<>(LayoutChecks.outsideWindow(scene, clinic, controls, node("#staffButton"),
                node("#clinicLogo"), node("#textLargerButton"), node("#highContrastToggle")));
        assertTrue(problems.isEmpty(), where + problems);
    }
}
