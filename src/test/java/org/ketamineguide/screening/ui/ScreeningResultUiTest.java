package org.ketamineguide.screening.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.PdfText;

/**
 * The result page for a person who may be in danger (no card looks like an all-clear, help comes
 * first, the counselor sees the safety answers first) and its "What next?" ending.
 */
class ScreeningResultUiTest extends ScreeningWalk {
    @TempDir
    Path dir;

    private static Map<String, String> urgent() {
        Map<String, String> a = ScreeningWizardModelTest.calm();
        a.put("phq9_9", "2");
        a.put("safety_thoughts", "yes");
        a.put("safety_intent", "yes");
        a.put("safety_recent_action", "no");
        return a;
    }

    /** Opens the wizard with these answers and goes to the result, closing the crisis panel on the way. */
    private void resultFor(Map<String, String> answers) {
        clickOn("#screeningTile");
        fx(() -> wizard().load(answers));
        if (app.crisis().isOpen()) {
            clickOn("#closeCrisisButton");
        }
        assertEquals(WizardStep.Kind.REVIEW, step().kind());
        clickInView("#reviewResultsButton");
        assertEquals(WizardStep.Kind.RESULT, step().kind());
    }

    private List<String> labels(String container) {
        return lookup(container + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private int indexInPage(String selector) {
        Node n = node(selector);
        return n.getParent().getChildrenUnmodifiable().indexOf(n);
    }

    @Test
    void anUrgentResultShowsNoGreenAllClearAndOpensWithTheSafetyBox() {
        resultFor(urgent());
        assertEquals(0, indexInPage("#resultUrgent"), "the help box comes first");
        assertTrue(lookup(".suitability-possible").queryAll().isEmpty(), "no card is marked as an all-clear");
        assertEquals(2, lookup(".result-card.suitability-neutral").queryAll().size());
        assertTrue(labels("#card-iv_ketamine").stream().anyMatch(t -> t.contains("Your safety comes first")));
        assertFalse(showing("#safetyAnswers"), "the answers are for the counselor view");
    }

    @Test
    void aCalmResultKeepsItsGreenCards() {
        resultFor(ScreeningWizardModelTest.calm());
        assertEquals(2, lookup(".result-card.suitability-possible").queryAll().size());
        assertFalse(showing("#resultUrgent") || showing("#resultSupport"));
    }

    @Test
    void theCounselorViewStartsWithTheSafetyAnswers() {
        resultFor(urgent());
        clickOn("#counselorToggle");
        assertTrue(showing("#safetyAnswers"));
        assertEquals("resultUrgent", node("#safetyAnswers").getParent().getId(), "inside the first box");
        List<String> lines = labels("#safetyAnswers");
        assertEquals("Safety answers (read these first)", lines.get(0));
        assertTrue(lines.get(1).startsWith(wizard().rules().question("phq9_9").summary())
                && lines.get(1).contains("More than half the days"), lines.toString());
        assertTrue(lines.stream().anyMatch(t -> t.startsWith(wizard().rules().question("safety_intent").summary())
                && t.contains("Yes (needs help now)")), lines.toString());
        assertTrue(lines.stream().anyMatch(t -> t.startsWith("Source: ")), "the urgent rule shows its source");
    }

    @Test
    void theCounselorViewOfACalmResultStillStartsWithTheSafetyAnswers() {
        resultFor(ScreeningWizardModelTest.calm());
        clickOn("#counselorToggle");
        assertEquals(0, indexInPage("#counselorSafety"));
        assertTrue(labels("#counselorSafety").stream().anyMatch(t -> t.contains("Not asked")));
    }

    @Test
    void theCounselorPdfStartsWithTheSafetyAnswers() throws Exception {
        resultFor(urgent());
        clickOn("#counselorToggle");
        Path pdf = dir.resolve("counselor.pdf");
        files.willSaveTo(pdf);
        clickInView("#exportButton");
        assertTrue(Files.exists(pdf));
        // by where lines sit on the page: a PDF draws tables after the text around them
        String all = String.join(" ", PdfText.pageLinesByPosition(Files.readAllBytes(pdf), 1)).replaceAll("\\s+", " ");
        int help = all.indexOf("Please get help now");
        int safety = all.indexOf("Safety answers (read these first)");
        int suggest = all.indexOf("What your answers suggest");
        assertTrue(help >= 0 && safety > help && suggest > safety, all);
        assertTrue(all.indexOf("Yes (needs help now)") < suggest, all);
        assertTrue(PdfText.pages(pdf) <= 2, "pages: " + PdfText.pages(pdf));
    }

    @Test
    void thePdfKeepsTheAnswerAndTheSourceOnTheirOwnLines() throws Exception {
        Map<String, String> answers = ScreeningWizardModelTest.calm();
        answers.put("pregnancy", "pregnant");
        resultFor(answers);
        Path pdf = dir.resolve("pregnant.pdf");
        files.willSaveTo(pdf);
        clickInView("#exportButton");
        List<String> lines = PdfText.lines(pdf);
        int answered = -1;
        for (int i = 0; i < lines.size() && answered < 0; i++) {
            if (lines.get(i).startsWith("You answered: Pregnant, planning a pregnancy, or breastfeeding")) {
                answered = i;
            }
        }
        assertTrue(answered > 0, lines.toString());
        assertTrue(lines.get(answered).endsWith("Yes, I am pregnant"), "the answer line holds only the answer: "
                + lines.get(answered));
        assertTrue(lines.get(answered + 1).startsWith("Source: "), "the source has a line of its own: "
                + lines.subList(answered - 1, answered + 2));
    }

    @Test
    void theResultHasNoNextButtonAndEndsWithWhatNext() {
        resultFor(ScreeningWizardModelTest.calm());
        assertFalse(showing("#nextButton"), "no disabled Next to be stuck on");
        Node whatNext = node("#whatNext");
        List<Node> page = whatNext.getParent().getChildrenUnmodifiable();
        assertEquals(page.size() - 1, page.indexOf(whatNext), "What next? ends the page");
        clickOn("#backButton");
        assertTrue(showing("#nextButton"), "Next is back on the review page");
    }

    @Test
    void weighMyOptionsOpensTheDecisionAidSayingWhereThePersonCameFrom() {
        resultFor(ScreeningWizardModelTest.calm());
        assertTrue(showing("#weighOptionsButton"));
        clickInView("#weighOptionsButton");
        assertEquals(org.ketamineguide.nav.Screen.DECISION, app.navigator().current());
        assertTrue(app.decision().fromScreeningProperty().get(), "the decision aid says the person came from screening");
    }

    @Test
    void planMyCostsOpensThePlannerWithTheInsuranceCarried() {
        Map<String, String> answers = ScreeningWizardModelTest.calm();
        answers.put("insurance", "medicaid");
        resultFor(answers);
        clickInView("#planCostsButton");
        assertEquals(Screen.PLANNER, app.navigator().current());
        assertEquals("medicaid", app.visit().insuranceAnswerProperty().get());
    }

    @Test
    void weighMyOptionsShowsOnceAScreenIsWiredInAndOpensIt() {
        resultFor(ScreeningWizardModelTest.calm());
        int[] opened = {0};
        fx(() -> wizard().setWeighOptions(() -> opened[0]++));
        assertTrue(showing("#weighOptionsButton"));
        clickInView("#weighOptionsButton");
        assertEquals(1, opened[0]);
    }

    @Test
    void startANewScreeningAsksThenClearsTheAnswers() {
        resultFor(ScreeningWizardModelTest.calm());
        clickInView("#newScreeningButton");
        clickOn("#dialog-confirm-button");
        assertTrue(wizard().answers().isEmpty());
        assertEquals(WizardStep.Kind.WELCOME, step().kind());
    }

    @Test
    void doneGoesHome() {
        resultFor(ScreeningWizardModelTest.calm());
        clickInView("#doneButton");
        assertEquals(Screen.HOME, app.navigator().current());
    }
}
