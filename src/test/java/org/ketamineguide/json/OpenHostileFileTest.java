package org.ketamineguide.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.planner.ui.CostPlannerModel;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.ui.ScreeningReport;
import org.ketamineguide.screening.ui.ScreeningWizardModel;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.testing.HostileFiles;
import org.ketamineguide.testing.RecordingDialogs;
import org.ketamineguide.testing.RecordingPrintService;

/**
 * Open plan and Open screening, given a named pipe, {@code /dev/zero}, a folder or a sparse 3 GB
 * file from the file chooser: each is refused (by type before opening, or by the size limit while
 * reading) with a plain message, and nothing the person entered changes. Before, the pipe blocked
 * the JavaFX thread for good and {@code /dev/zero} grew the heap to gigabytes. The timeout only
 * guards against such a hang.
 */
class OpenHostileFileTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);
    private static final ContentRepository CONTENT = ContentRepository.bundled();
    private static final Messages MESSAGES = Messages.english();

    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    private Path hostile(String kind) throws IOException {
        Path file = dir.resolve("chosen.json");
        switch (kind) {
            case "named pipe" -> HostileFiles.namedPipe(file);
            case "link to /dev/zero" -> HostileFiles.linkToDevZero(file);
            case "/dev/zero" -> {
                HostileFiles.linkToDevZero(dir.resolve("probe"));
                return Path.of("/dev/zero");
            }
            case "folder" -> Files.createDirectory(file);
            case "sparse 3 GB file" -> HostileFiles.sparse(file, "{\"version\": 1");
            default -> throw new IllegalArgumentException(kind);
        }
        return file;
    }

    @ParameterizedTest(name = "open plan: {0}")
    @ValueSource(strings = {"named pipe", "link to /dev/zero", "/dev/zero", "folder", "sparse 3 GB file"})
    void openPlanRefusesItAndKeepsThePlan(String kind) throws IOException {
        CostPlannerModel planner = new CostPlannerModel(PlannerDefaults.bundled(CONTENT::source),
                new SimpleObjectProperty<>(), MESSAGES, dialogs, new RecordingPrintService(true));
        planner.planA().textProperty(PlanField.PRICE_PER_SESSION).set("612");
        var before = planner.planA().inputs();
        dialogs.opens.add(hostile(kind));

        assertTimeoutPreemptively(HANG_GUARD, planner::open);

        assertEquals(before, planner.planA().inputs());
        assertEquals(List.of(MESSAGES.get("planner.file.bad.title")), dialogs.titles);
        assertEquals(MESSAGES.get("planner.file.unreadable.text"), dialogs.messages.get(0));
    }

    @ParameterizedTest(name = "open screening: {0}")
    @ValueSource(strings = {"named pipe", "link to /dev/zero", "/dev/zero", "folder", "sparse 3 GB file"})
    void openScreeningRefusesItAndKeepsTheAnswers(String kind) throws IOException {
        ScreeningRules rules = ScreeningRules.bundled();
        ScreeningWizardModel wizard = new ScreeningWizardModel(rules,
                new ScreeningReport(rules, MESSAGES, Optional.of(CONTENT)), MESSAGES, new VisitSession(),
                new Navigator(Screen.HOME), () -> { }, topic -> { }, dialogs, new RecordingPrintService(true));
        wizard.answer("age", "18_64");
        dialogs.opens.add(hostile(kind));

        assertTimeoutPreemptively(HANG_GUARD, wizard::openAnswers);

        assertEquals(Map.of("age", "18_64"), Map.copyOf(wizard.answers()));
        assertEquals(MESSAGES.get("screening.open.refused.title"), dialogs.titles.get(dialogs.titles.size() - 1));
        String message = dialogs.messages.get(dialogs.messages.size() - 1);
        assertTrue(message.contains("Nothing was changed"), message);
        HostileInputTest.assertPlain(message);
    }
}
