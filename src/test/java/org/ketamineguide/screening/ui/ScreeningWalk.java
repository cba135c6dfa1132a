package org.ketamineguide.screening.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import org.ketamineguide.testing.AppUiTest;

/**
 * Mouse helpers for screening UI tests: choose answers by clicking their buttons (scrolled into
 * view first, as a user would) and walk page by page with Next.
 */
abstract class ScreeningWalk extends AppUiTest {

    protected ScreeningWizardModel wizard() {
        return app.screening();
    }

    protected WizardStep step() {
        return wizard().stepProperty().get();
    }

    /** Brings a node into view the way a user scrolls to it, then clicks it. */
    protected void clickInView(String selector) {
        Node n = node(selector);
        assertTrue(n != null, "missing " + selector);
        fx(() -> {
            n.requestFocus();
            n.getScene().getRoot().applyCss();
            n.getScene().getRoot().layout();
        });
        clickOn(n);
    }

    protected void choose(String question, String option) {
        clickInView("#option-" + question + "-" + option);
        assertEquals(option, wizard().answers().get(question), question + "=" + option + " was not chosen");
    }

    protected void next() {
        assertFalse(node("#nextButton").isDisabled(), "Next is disabled on " + step());
        clickOn("#nextButton");
    }

    /** From home: opens the wizard and presses Start. */
    protected void start() {
        clickOn("#screeningTile");
        next();
    }

    /**
     * Answers every question on the current page from the map, then presses Next, unless the page
     * moved on by itself (one question per page does after an answer). The page is read again after
     * each answer, because an answer may bring in a new question on the same page.
     */
    protected void answerPage(Map<String, String> answers) {
        assertFalse(step().questionIds().isEmpty(), "not a question page: " + step());
        int page = wizard().stepIndexProperty().get();
        for (int guard = 0; guard < 20; guard++) {
            if (wizard().stepIndexProperty().get() != page) {
                return;
            }
            List<String> left = step().questionIds().stream()
                    .filter(q -> !answers.get(q).equals(wizard().answers().get(q))).toList();
            if (left.isEmpty()) {
                break;
            }
            choose(left.get(0), answers.get(left.get(0)));
        }
        next();
    }

    /** From home to the review page, answering every page from the map. */
    protected void walkToReview(Map<String, String> answers) {
        start();
        while (step().kind() == WizardStep.Kind.QUESTIONS) {
            answerPage(answers);
        }
    }
}
