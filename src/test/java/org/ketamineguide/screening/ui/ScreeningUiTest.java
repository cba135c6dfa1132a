package org.ketamineguide.screening.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.testing.KeyboardWalk;
import org.ketamineguide.testing.PdfText;

/** The screening wizard on a laptop, driven through the whole app with the mouse and keyboard. */
class ScreeningUiTest extends ScreeningWalk {
    @TempDir
    Path dir;

    private static Map<String, String> calm() {
        return ScreeningWizardModelTest.calm();
    }

    private static Map<String, String> withSafety() {
        Map<String, String> a = calm();
        a.put("phq9_9", "1");
        a.put("safety_thoughts", "yes");
        a.put("safety_intent", "no");
        a.put("safety_recent_action", "no");
        return a;
    }

    @Test
    void fullWalkFromHomeToAResult() {
        Map<String, String> answers = calm();
        answers.put("can_stay_2h", "no");
        walkToReview(answers);
        assertEquals(WizardStep.Kind.REVIEW, step().kind());
        assertEquals("Check your answers", app.navigator().detailProperty().get());
        next();

        assertEquals(WizardStep.Kind.RESULT, step().kind());
        assertEquals("Your results", this.<Label>node("#stepTitle").getText());
        assertEquals("Talk with a clinician first", this.<Label>node("#suitability-spravato").getText());
        assertEquals("Nothing here rules it out", this.<Label>node("#suitability-iv_ketamine").getText());
        assertTrue(labels("#card-spravato").contains(
                "With Spravato, you must stay at the clinic for at least 2 hours after each dose, so staff can watch "
                        + "you. This is a rule of its safety program."));
        assertTrue(labels("#resultPhq9").stream().anyMatch(t -> t.contains("16 out of 27")));
        assertTrue(labels("#askList").stream().anyMatch(t -> t.contains("How long is each visit")));
        assertFalse(showing("#resultUrgent") || showing("#resultSupport"));
        assertEquals(answers, Map.copyOf(wizard().answers()));
        assertEquals("commercial", app.visit().insuranceAnswerProperty().get());
    }

    @Test
    void nextStaysDisabledUntilThePageIsAnswered() {
        start();
        assertTrue(node("#nextButton").isDisabled());
        choose("age", "18_64");
        assertTrue(node("#nextButton").isDisabled());
        choose("pregnancy", "no");
        assertFalse(node("#nextButton").isDisabled());
        assertEquals("Part 1 of 5: About you", this.<Label>node("#progressLabel").getText());
    }

    @Test
    void backKeepsAnswersAndTheButtonsShowThem() {
        start();
        choose("age", "65_plus");
        choose("pregnancy", "not_applicable");
        next();
        choose("diagnosis", "mdd");
        clickOn("#backButton");
        assertEquals("about_you", step().sectionId());
        assertTrue(this.<ToggleButton>node("#option-age-65_plus").isSelected());
        assertTrue(this.<ToggleButton>node("#option-pregnancy-not_applicable").isSelected());
        next();
        assertTrue(this.<ToggleButton>node("#option-diagnosis-mdd").isSelected());
        assertEquals(Map.of("age", "65_plus", "pregnancy", "not_applicable", "diagnosis", "mdd"),
                Map.copyOf(wizard().answers()));
    }

    @Test
    void clickingAChosenAnswerAgainKeepsIt() {
        start();
        choose("age", "18_64");
        clickOn("#option-age-18_64");
        assertTrue(this.<ToggleButton>node("#option-age-18_64").isSelected());
        assertEquals("18_64", wizard().answers().get("age"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"safety_intent", "safety_recent_action"})
    void anUrgentAnswerOpensTheCrisisPanelBeforeAnyOtherStep(String urgentQuestion) {
        Map<String, String> answers = calm();
        answers.put("phq9_9", "2");
        start();
        answerPage(answers);
        answerPage(answers);
        answerPage(answers);
        assertEquals("safety", step().sectionId());
        assertTrue(showing("#helpNote"), "item 9 above 0 brings the 988 note at once");
        choose("safety_thoughts", "yes");
        assertFalse(app.crisis().isOpen(), "thoughts alone call for support, not the crisis panel");

        choose(urgentQuestion, "yes");
        assertTrue(app.crisis().isOpen());
        assertTrue(showing("#crisisPanel"));
        assertTrue(showing("#crisisAnswerLine"), "it says they can close it and change the answer");
        assertEquals("safety", step().sectionId(), "the panel opens on the same step");
        assertTrue(showing("#option-" + urgentQuestion + "-yes"));

        clickOn("#closeCrisisButton");
        assertFalse(app.crisis().isOpen());
        choose(urgentQuestion, "no");
        assertFalse(wizard().result().urgent());
        assertFalse(app.crisis().isOpen());
    }

    @Test
    void anUrgentResultLeadsWithHelpAndSupportLeadsWith988() {
        Map<String, String> answers = withSafety();
        walkToReview(answers);
        next();
        assertTrue(showing("#resultSupport"));
        assertTrue(labels("#resultSupport").stream().anyMatch(t -> t.contains("988")));
        assertEquals(0, indexInPage("#resultSupport"), "the 988 message comes first");

        clickOn("#backButton");
        clickInView("#change-safety_recent_action");
        choose("safety_recent_action", "yes");
        assertTrue(app.crisis().isOpen());
        clickOn("#closeCrisisButton");
        next();
        assertTrue(showing("#resultUrgent"));
        assertEquals(0, indexInPage("#resultUrgent"));
        clickOn("#resultHelpButton");
        assertTrue(app.crisis().isOpen());
    }

    @Test
    void reviewEditsInPlaceAndSaysWhichAnswersWereRemoved() {
        walkToReview(withSafety());
        clickInView("#change-age");
        choose("age", "65_plus");
        assertEquals("65 or older", this.<Label>node("#answer-age").getText());
        assertFalse(showing("#clearedNote"));

        clickInView("#change-phq9_9");
        choose("phq9_9", "0");
        assertEquals("Not at all", this.<Label>node("#answer-phq9_9").getText());
        assertTrue(showing("#clearedNote"));
        String note = this.<Label>node("#clearedNote").getText();
        ScreeningRules rules = wizard().rules();
        for (String q : List.of("safety_thoughts", "safety_intent", "safety_recent_action")) {
            assertTrue(note.contains(rules.question(q).summary()), note);
            assertFalse(wizard().answers().containsKey(q));
            assertTrue(lookup("#review-" + q).tryQuery().isEmpty(), q + " is no longer listed");
        }
        assertEquals(WizardStep.Kind.REVIEW, step().kind());
        assertFalse(node("#nextButton").isDisabled());
    }

    @Test
    void reviewShowsNewQuestionsThatAnEditBringsIn() {
        walkToReview(calm());
        clickInView("#change-phq9_9");
        choose("phq9_9", "3");
        assertTrue(node("#nextButton").isDisabled(), "the new safety questions need answers first");
        assertEquals("Not answered yet", this.<Label>node("#answer-safety_thoughts").getText());
        choose("safety_thoughts", "no");
        choose("safety_recent_action", "no");
        assertFalse(node("#nextButton").isDisabled());
    }

    @Test
    void exportsAOneOrTwoPagePdfSummary() throws Exception {
        Map<String, String> answers = calm();
        answers.put("antidepressant_trials", "1");
        walkToReview(answers);
        next();
        Path pdf = dir.resolve("summary.pdf");
        files.willSaveTo(pdf);
        clickInView("#exportButton");
        assertTrue(Files.exists(pdf));
        assertTrue(PdfText.pages(pdf) <= 2, "pages: " + PdfText.pages(pdf));
        String all = PdfText.of(pdf);
        for (String expected : List.of("My screening summary", "Esketamine nasal spray (Spravato)",
                "IV ketamine infusions (off-label)", "Other care usually comes first", "16 out of 27", "988",
                "Questions to ask your clinician", "Other options exist", "not medical advice")) {
            assertTrue(all.contains(expected), "PDF lacks '" + expected + "': " + all);
        }
        assertFalse(all.toLowerCase().contains("eligible"));
    }

    @Test
    void savesAndReopensAScreening() throws Exception {
        walkToReview(withSafety());
        next();
        Path file = dir.resolve("mine.json");
        files.willSaveTo(file);
        clickInView("#saveButton");
        clickOn("#dialog-ok");
        Map<String, String> saved = new LinkedHashMap<>();
        JsonParser.parseString(Files.readString(file)).getAsJsonObject()
                .entrySet().forEach(e -> saved.put(e.getKey(), e.getValue().getAsString()));
        assertEquals(withSafety(), saved);

        fx(() -> app.visit().endVisit());
        assertTrue(wizard().answers().isEmpty());
        assertEquals(WizardStep.Kind.WELCOME, step().kind());
        files.willOpen(file);
        clickInView("#openButton");
        assertEquals(withSafety(), Map.copyOf(wizard().answers()));
        assertEquals(WizardStep.Kind.REVIEW, step().kind());
    }

    @Test
    void aDamagedFileIsRefusedAndNothingIsLoaded() throws Exception {
        start();
        choose("age", "18_64");
        clickOn("#backButton");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"age\": \"65_plus\", \"pregnancy\": \"no\", \"shoe_size\": \"10\"}");
        files.willOpen(bad);
        clickInView("#openButton");
        clickOn("#dialog-confirm-button");
        assertTrue(showing(".dialog-error"));
        String message = lookup(".dialog-error .dialog-message").<Label>query().getText();
        assertTrue(message.contains("Nothing was changed") && message.contains("shoe_size"), message);
        assertEquals(Map.of("age", "18_64"), Map.copyOf(wizard().answers()));
        clickOn("#dialog-ok");
        assertEquals(WizardStep.Kind.WELCOME, step().kind());
    }

    @Test
    void counselorViewShowsRulesSourcesAndUnansweredAndCanOpenTheSafetyQuestions() {
        Map<String, String> answers = calm();
        answers.put("heart_disease", "unsure");
        walkToReview(answers);
        next();
        assertFalse(showing("#counselorPart"));
        assertFalse(showing("#openSafetyButton"));
        clickOn("#counselorToggle");
        assertTrue(showing("#counselorPart"));
        List<String> card = labels("#card-spravato");
        assertTrue(card.stream().anyMatch(t -> t.startsWith("Rule: Spravato PI")), card.toString());
        assertTrue(card.stream().anyMatch(t -> t.startsWith("Source: SPRAVATO (esketamine) nasal spray")
                && t.contains("2026")), card.toString());
        assertTrue(labels("#counselorPart").stream().anyMatch(t -> t.contains("Not asked")
                && t.contains(wizard().rules().question("safety_thoughts").summary())));

        clickOn("#openSafetyButton");
        assertEquals("safety", step().sectionId(), "the safety questions open at once");
        assertFalse(showing("#openSafetyButton"));
        choose("safety_thoughts", "no");
        assertEquals("0", wizard().answers().get("phq9_9"), "item 9 stays as the person answered it");
        assertTrue(wizard().result().unanswered().contains("safety_recent_action"));
    }

    @Test
    void topicLinksOpenTheTopicBrowser() {
        walkToReview(calm());
        next();
        Node link = lookup(".result-topic-link").match(n -> "other-options".equals(n.getUserData())).query();
        fx(link::requestFocus);
        clickOn(link);
        assertEquals(Screen.TOPICS, app.navigator().current());
    }

    @Test
    void tabReachesEveryControlOfAQuestionPage() {
        start();
        var scene = node("#screeningWizard").getScene();
        Set<String> missed = KeyboardWalk.unreached(this, scene);
        assertTrue(missed.isEmpty(), "Tab never reached: " + missed);
    }

    @Test
    void aNarrowWindowAsksOneQuestionPerPage() {
        start();
        assertEquals(2, step().questionIds().size());
        fx(() -> node("#screeningWizard").getScene().getWindow().setWidth(1024));
        assertEquals(List.of("age"), step().questionIds());
        assertTrue(lookup(".answer-buttons-stacked").tryQuery().isPresent());
    }

    private List<String> labels(String container) {
        return lookup(container + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private int indexInPage(String selector) {
        Node n = node(selector);
        return n.getParent().getChildrenUnmodifiable().indexOf(n);
    }
}
