package org.ketamineguide.screening.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.screening.Question;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard on a waiting-room kiosk: one question per page, big buttons, keyboard only, nothing saved. */
class ScreeningKioskUiTest extends ScreeningWalk {

    @Override
    protected AppOptions options() {
        return AppOptions.parse(List.of("--kiosk"));
    }

    @Test
    void aPersonCanGoFromHomeToAResultWithTheKeyboardAlone() {
        Map<String, String> answers = ScreeningWizardModelTest.calm();
        answers.put("diagnosis", "not_diagnosed");
        fx(() -> node("#screeningTile").requestFocus());
        push(KeyCode.ENTER);
        Scene scene = node("#screeningWizard").getScene();
        tabTo(scene, node("#nextButton"));
        push(KeyCode.ENTER);
        int pages = 0;
        while (step().kind() == WizardStep.Kind.QUESTIONS) {
            pages++;
            assertEquals(1, step().questionIds().size(), "one question per page on a kiosk");
            String question = step().questionIds().get(0);
            ToggleButton target = node("#option-" + question + "-" + answers.get(question));
            tabTo(scene, target);
            push(pages % 2 == 0 ? KeyCode.SPACE : KeyCode.ENTER);
            assertEquals(answers.get(question), wizard().answers().get(question), question);
            assertFalse(step().questionIds().contains(question), "the answer moves on to the next page");
        }
        assertEquals(answers.size(), pages);
        assertEquals(WizardStep.Kind.REVIEW, step().kind());
        tabTo(scene, node("#reviewResultsButton"));
        push(KeyCode.ENTER);
        assertEquals(WizardStep.Kind.RESULT, step().kind());
        assertEquals("Other care usually comes first", this.<Label>node("#suitability-spravato").getText());
    }

    @Test
    void oneQuestionPerScreenMovesOnAfterAnAnswerAndBackComesBack() {
        start();
        assertEquals(List.of("age"), step().questionIds());
        assertEquals("Part 1 of 5: About you", this.<Label>node("#progressLabel").getText());
        List<String> intro = lookup(".question-intro").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(List.of("First, a little about you."), intro, "no count of questions on a one-question page");
        choose("age", "18_64");
        assertEquals(List.of("pregnancy"), step().questionIds(), "the answer moves on by itself");
        assertEquals("Part 1 of 5: About you", this.<Label>node("#progressLabel").getText());
        assertTrue(node("#nextButton").isDisabled());
        assertEquals("Answer this question to go on", this.<Label>node("#nextWhy").getText());
        assertTrue(showing("#nextWhy"));

        clickOn("#backButton");
        assertEquals(List.of("age"), step().questionIds());
        assertTrue(this.<ToggleButton>node("#option-age-18_64").isSelected(), "Back shows the answer given");
        assertFalse(node("#nextButton").isDisabled());
        choose("age", "65_plus");
        assertEquals(List.of("pregnancy"), step().questionIds());
        choose("pregnancy", "not_applicable");
        assertEquals(List.of("diagnosis"), step().questionIds());
        assertEquals("Part 2 of 5: Your depression", this.<Label>node("#progressLabel").getText());
        assertEquals(Map.of("age", "65_plus", "pregnancy", "not_applicable"), Map.copyOf(wizard().answers()));
    }

    @Test
    void answerButtonsAreBigEnoughToTouch() {
        start();
        for (Question q : wizard().rules().questions()) {
            if (!wizard().isShown(q.id())) {
                continue;
            }
            List<ToggleButton> buttons = lookup(".answer-button").queryAllAs(ToggleButton.class).stream().toList();
            assertFalse(buttons.isEmpty());
            for (ToggleButton b : buttons) {
                assertTrue(b.getHeight() >= 48 && b.getWidth() >= 48, b.getId() + " is " + b.getWidth() + "x"
                        + b.getHeight());
            }
            String any = q.options().get(q.options().size() - 1).id();
            WizardStep page = step();
            choose(q.id(), wizard().answers().getOrDefault(q.id(), any));
            assertNotEquals(page, step(), "an answer moves on by itself");
        }
        assertTrue(node("#backButton").getBoundsInLocal().getHeight() >= 48);
        assertTrue(node("#nextButton").getBoundsInLocal().getHeight() >= 48);
    }

    @Test
    void theKioskSavesNothingAndOffersNoFiles() {
        start();
        fx(() -> wizard().load(ScreeningWizardModelTest.calm()));
        assertEquals(WizardStep.Kind.REVIEW, step().kind());
        next();
        assertTrue(showing("#printButton"));
        assertFalse(showing("#exportButton"));
        assertFalse(showing("#saveButton"));
        clickOn("#backButton");
        fx(() -> wizard().reset());
        assertFalse(showing("#openButton"));
        assertTrue(this.<Label>node("#privacyLabel").getText().contains("Nothing is kept"));
        assertEquals(0, files.timesAsked());
    }

    @Test
    void anUrgentAnswerOnAKioskOpensTheCrisisPanelWithTheStaffLine() {
        Map<String, String> answers = ScreeningWizardModelTest.calm();
        answers.put("phq9_9", "3");
        start();
        while (!step().sectionId().equals("safety")) {
            answerPage(answers);
        }
        choose("safety_thoughts", "no");
        assertEquals(List.of("safety_recent_action"), step().questionIds());
        choose("safety_recent_action", "yes");
        assertTrue(app.crisis().isOpen());
        assertTrue(showing("#crisisStaffLine"));
        assertEquals(List.of("safety_recent_action"), step().questionIds(), "still on the same question");
    }

    @Test
    void endingTheVisitWipesTheScreening() {
        Map<String, String> answers = ScreeningWizardModelTest.calm();
        start();
        answerPage(answers);
        answerPage(answers);
        fx(() -> app.visit().endVisit());
        assertTrue(wizard().answers().isEmpty());
        assertEquals(WizardStep.Kind.WELCOME, step().kind());
        assertEquals(null, app.visit().insuranceAnswerProperty().get());

        fx(() -> {
            app.mainWindow().discardViews();
            app.navigator().reset();
        });
        start();
        assertEquals(List.of("age"), step().questionIds(), "a fresh view still asks one question per page");
        choose("age", "18_64");
        assertEquals(Map.of("age", "18_64"), Map.copyOf(wizard().answers()));
    }

    /** Presses Tab until the node has focus; fails if it is never reached. */
    private void tabTo(Scene scene, Node target) {
        for (int i = 0; i < 12 && scene.getFocusOwner() != target; i++) {
            push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(target, scene.getFocusOwner(), "Tab never reached " + target.getId());
    }
}
