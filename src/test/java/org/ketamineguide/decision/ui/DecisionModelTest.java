package org.ketamineguide.decision.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineguide.decision.DecisionFixtures;
import org.ketamineguide.decision.DecisionRecord;
import org.ketamineguide.decision.Factor;
import org.ketamineguide.decision.Importance;
import org.ketamineguide.decision.SureQuestion;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.testing.RecordingPrintService;
import org.ketamineguide.ui.DialogService;

/** The decision model without a toolkit: steps, answers, the guide, saving, and the visit wipe. */
class DecisionModelTest {
    @TempDir
    Path dir;

    private final Navigator navigator = new Navigator(Screen.HOME);
    private final VisitSession visit = new VisitSession();
    private final Dialogs dialogs = new Dialogs();
    private final RecordingPrintService printing = new RecordingPrintService(true);
    private DecisionModel model;

    @BeforeEach
    void build() {
        model = new DecisionModel(DecisionFixtures.content(), DecisionFixtures.repository()::source, Messages.english(),
                navigator, visit.myQuestions(), dialogs, printing);
        visit.register(model);
    }

    @Test
    void stepsGoForwardAndBackWithinBounds() {
        assertFalse(model.canGoBack().get());
        model.back();
        assertEquals(DecisionModel.Step.DECISION, model.step());
        for (int i = 0; i < 10; i++) {
            model.next();
        }
        assertEquals(DecisionModel.Step.GUIDE, model.step());
        assertFalse(model.canGoNext().get());
    }

    @Test
    void openingGoesToTheScreenAndTheBreadcrumbNamesTheStep() {
        model.open(true);
        assertEquals(Screen.DECISION, navigator.current());
        assertTrue(model.fromScreeningProperty().get());
        model.goTo(DecisionModel.Step.VALUES);
        assertEquals("What matters to me", navigator.detailProperty().get());
        model.openPlanner();
        assertEquals(Screen.PLANNER, navigator.current());
    }

    @Test
    void questionsAreAddedOnceAndNeverBlank() {
        model.questionDraftProperty().set("  What if it does not work?  ");
        assertTrue(model.addQuestion());
        model.questionDraftProperty().set("What if it does not work?");
        assertFalse(model.addQuestion());
        model.questionDraftProperty().set("   ");
        assertFalse(model.addQuestion());
        model.questionDraftProperty().set("x".repeat(501));
        assertFalse(model.addQuestion());
        assertEquals(List.of("What if it does not work?"), List.copyOf(model.questions()));
    }

    @Test
    void anUnknownLeaningIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> model.lean("surgery"));
        model.lean(DecisionRecord.UNSURE);
        assertEquals(Optional.of("unsure"), model.record().leaning());
    }

    @Test
    void theGuideIncludesMyQuestionsFromOtherScreens() {
        visit.myQuestions().add("Is it covered by my plan?");
        model.load(DecisionFixtures.filledIn());
        model.exportPdf();
        PrintDocument doc = printing.printed.get(0);
        assertEquals("my-decision-guide.pdf", printing.saved.get(0));
        String all = doc.blocks().toString();
        assertTrue(all.contains("Is it covered by my plan?"), all);
        assertTrue(all.contains("How soon could I start TMS near me?"), all);
        assertTrue(all.contains("I lean towards: TMS."), all);
    }

    @Test
    void theVisitWipeForgetsEverything() {
        model.open(true);
        model.load(DecisionFixtures.filledIn());
        model.questionDraftProperty().set("half typed");
        model.dismissHowToRead();
        model.goTo(DecisionModel.Step.STAND);
        visit.endVisit();
        assertTrue(model.record().isEmpty());
        assertEquals("", model.questionDraftProperty().get());
        assertEquals(DecisionModel.Step.DECISION, model.step());
        assertFalse(model.fromScreeningProperty().get());
        assertFalse(model.howToReadDismissedProperty().get());
    }

    @Test
    void savingAndOpeningRoundTripAndADamagedFileChangesNothing() throws Exception {
        model.rate(Factor.COST, Importance.VERY);
        model.answerSure(SureQuestion.ENCOURAGEMENT, true);
        Path file = dir.resolve("a.json");
        dialogs.saves.add(file);
        model.save();
        DecisionRecord saved = model.record();
        model.reset();
        dialogs.opens.add(file);
        model.openSaved();
        assertEquals(saved, model.record());

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"ketamine-guide-decision\",\"version\":1,\"ratings\":{\"cost\":\"huge\"}}");
        dialogs.opens.add(bad);
        model.openSaved();
        assertEquals(saved, model.record());
        assertTrue(dialogs.messages.get(dialogs.messages.size() - 1).contains("Nothing was changed"));
    }

    @Test
    void aKioskNeverAsksForAFile() {
        printing.setCanSave(false);
        dialogs.saves.add(dir.resolve("x.json"));
        model.save();
        model.openSaved();
        assertEquals(1, dialogs.saves.size(), "no file chooser was opened");
        assertFalse(Files.exists(dir.resolve("x.json")));
    }

    /** Answers file choosers from queues and records messages. */
    private static final class Dialogs implements DialogService {
        final Deque<Path> saves = new ArrayDeque<>();
        final Deque<Path> opens = new ArrayDeque<>();
        final List<String> messages = new ArrayList<>();

        @Override
        public void info(String title, String message) {
            messages.add(message);
        }

        @Override
        public void error(String title, String message) {
            messages.add(message);
        }

        @Override
        public void confirm(String title, String message, String confirmText, Runnable onConfirm) {
            onConfirm.run();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, FileKind kind) {
            return Optional.ofNullable(saves.poll());
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, FileKind kind) {
            return Optional.ofNullable(opens.poll());
        }

        @Override
        public void closeAll() {
        }
    }
}
