package org.ketamineguide.screening.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.Suitability;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.testing.RecordingPrintService;
import org.ketamineguide.ui.DialogService;

/** The wizard's model without a toolkit: steps, Next, urgent handling, hidden answers, reset. */
class ScreeningWizardModelTest {
    private final ScreeningRules rules = ScreeningRules.bundled();
    private final Messages messages = Messages.english();
    private final VisitSession visit = new VisitSession();
    private final Navigator navigator = new Navigator(Screen.HOME);
    private final List<String> topicsOpened = new ArrayList<>();
    private final List<String> dialogsShown = new ArrayList<>();
    private final List<String> dialogTexts = new ArrayList<>();
    private Path fileToOpen;
    private int crisisOpened;
    private ScreeningWizardModel model;

    @BeforeEach
    void build() {
        model = new ScreeningWizardModel(rules,
                new ScreeningReport(rules, messages, Optional.of(ContentRepository.bundled())), messages, visit,
                navigator, () -> crisisOpened++, topicsOpened::add, new Dialogs(), new RecordingPrintService(true));
    }

    /** A complete set of answers that produces no finding and shows no safety section. */
    static Map<String, String> calm() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("age", "18_64");
        a.put("pregnancy", "no");
        a.put("diagnosis", "mdd");
        a.put("antidepressant_trials", "2_or_more");
        a.put("psychotherapy_tried", "yes");
        for (int i = 1; i <= 9; i++) {
            a.put("phq9_" + i, i == 9 ? "0" : "2");
        }
        for (String q : List.of("vascular_aneurysm_avm", "brain_bleed_history", "ketamine_allergy",
                "high_blood_pressure", "heart_disease", "stroke_or_brain_injury", "psychosis_history", "liver_disease",
                "thyroid_untreated", "bladder_problems", "interacting_meds")) {
            a.put(q, "no");
        }
        a.put("substance_use", "none");
        a.put("can_stay_2h", "yes");
        a.put("has_ride", "yes");
        a.put("insurance", "commercial");
        return a;
    }

    private void answerAll(Map<String, String> answers) {
        answers.forEach(model::answer);
    }

    @Test
    void laptopPagesAreOneSectionEachWithThePhq9OnItsOwnPage() {
        // welcome, about you, depression, PHQ-9, health, practical, review, result
        assertEquals(8, model.stepsProperty().get().size());
        assertEquals("5 short parts", model.progressText().get());
        model.answer("phq9_9", "1");
        assertEquals(9, model.stepsProperty().get().size(), "the safety page appears");
    }

    /** The progress on each page of a walk, in order: "Part 2 of 5: Your depression" and so on. */
    private List<String> progressOfAWalk(Map<String, String> answers) {
        List<String> seen = new ArrayList<>();
        seen.add(model.partPosition().get() + " " + model.progressText().get());
        model.next();
        while (model.stepProperty().get().kind() == WizardStep.Kind.QUESTIONS) {
            seen.add(model.partPosition().get() + " " + model.progressText().get());
            int at = model.stepIndexProperty().get();
            for (String q : model.stepProperty().get().questionIds()) {
                if (model.stepIndexProperty().get() == at && model.stepProperty().get().questionIds().contains(q)) {
                    model.answer(q, answers.get(q));
                }
            }
            // an answer may bring in another question on the same page
            for (String q : model.stepProperty().get().questionIds()) {
                if (model.stepIndexProperty().get() == at && !model.answers().containsKey(q)) {
                    model.answer(q, answers.get(q));
                }
            }
            if (model.stepIndexProperty().get() == at) {
                model.next();
            }
        }
        seen.add(model.partPosition().get() + " " + model.progressText().get());
        model.next();
        seen.add(model.partPosition().get() + " " + model.progressText().get());
        return seen.stream().distinct().toList();
    }

    private static final List<String> FIVE_PARTS = List.of("0 5 short parts", "1 Part 1 of 5: About you",
            "2 Part 2 of 5: Your depression", "3 Part 3 of 5: Health", "4 Part 4 of 5: Practical",
            "5 Part 5 of 5: Review", "6 All parts done");

    @ParameterizedTest(name = "one question per page: {0}")
    @ValueSource(booleans = {false, true})
    void progressGoesThroughTheFivePartsInOrderWithOrWithoutTheSafetyQuestions(boolean onePerPage) {
        model.onePerPageProperty().set(onePerPage);
        assertEquals(FIVE_PARTS, progressOfAWalk(calm()));
        model.reset();
        Map<String, String> safety = calm();
        safety.put("phq9_9", "1");
        safety.put("safety_thoughts", "yes");
        safety.put("safety_intent", "no");
        safety.put("safety_recent_action", "no");
        assertEquals(FIVE_PARTS, progressOfAWalk(safety), "the safety questions are part of Your depression");
    }

    @ParameterizedTest(name = "one question per page: {0}")
    @ValueSource(booleans = {false, true})
    void progressStaysTheSameWhenTheSafetyQuestionsAppearAndGo(boolean onePerPage) {
        model.onePerPageProperty().set(onePerPage);
        answerAll(calm());
        model.next();
        model.next();
        model.next();
        while (!model.stepProperty().get().questionIds().contains("phq9_9")) {
            model.next();
        }
        String before = model.progressText().get();
        assertEquals("Part 2 of 5: Your depression", before);
        model.answer("phq9_9", "2");
        assertTrue(model.stepsProperty().get().stream().anyMatch(s -> s.sectionId().equals("safety")));
        assertEquals(before, model.progressText().get(), "same part once the safety questions are in");
        assertEquals(2, model.partPosition().get());
        model.answer("safety_thoughts", "yes");
        assertEquals(before, model.progressText().get(), "and when a follow-up question comes in");
        while (!model.stepProperty().get().questionIds().contains("phq9_9")) {
            model.back();
        }
        assertEquals(before, model.progressText().get());
        model.answer("phq9_9", "0");
        assertTrue(model.stepsProperty().get().stream().noneMatch(s -> s.sectionId().equals("safety")));
        model.back();
        while (!model.stepProperty().get().questionIds().contains("phq9_9")) {
            model.next();
        }
        assertEquals(before, model.progressText().get(), "and the same once they are gone");
    }

    @Test
    void aDisabledNextSaysWhy() {
        assertEquals("", model.nextBlockedReason().get(), "the welcome page needs nothing");
        model.next();
        assertEquals("Answer each question on this page to go on", model.nextBlockedReason().get());
        model.answer("age", "18_64");
        model.answer("pregnancy", "no");
        assertEquals("", model.nextBlockedReason().get());
        model.onePerPageProperty().set(true);
        model.back();
        model.back();
        model.next();
        model.next();
        assertEquals(List.of("pregnancy"), model.stepProperty().get().questionIds());
        assertEquals("", model.nextBlockedReason().get());
        model.next();
        assertEquals("Answer this question to go on", model.nextBlockedReason().get());
        assertFalse(model.canGoNext().get());
    }

    @Test
    void onTheReviewPageADisabledNextPointsAtTheAnswersMissing() {
        model.load(calm());
        assertEquals(WizardStep.Kind.REVIEW, model.stepProperty().get().kind());
        assertEquals("", model.nextBlockedReason().get());
        model.answer("phq9_9", "3");
        assertFalse(model.canGoNext().get(), "the safety questions came in unanswered");
        assertEquals("Answer the questions marked Not answered yet to see your results",
                model.nextBlockedReason().get());
        model.answer("safety_thoughts", "no");
        model.answer("safety_recent_action", "no");
        assertEquals("", model.nextBlockedReason().get());
    }

    @Test
    void oneQuestionPerPageMovesOnAfterAnAnswerAndBackComesBack() {
        model.onePerPageProperty().set(true);
        model.next();
        model.answer("age", "18_64");
        assertEquals(List.of("pregnancy"), model.stepProperty().get().questionIds());
        model.back();
        assertEquals(List.of("age"), model.stepProperty().get().questionIds());
        assertEquals("18_64", model.answers().get("age"), "Back keeps the answer");
        model.answer("age", "18_64");
        assertEquals(List.of("pregnancy"), model.stepProperty().get().questionIds(), "the same answer moves on too");
        model.answer("pregnancy", "no");
        assertEquals(List.of("diagnosis"), model.stepProperty().get().questionIds());
    }

    @Test
    void aLaptopPageOfSeveralQuestionsWaitsForNext() {
        model.next();
        model.answer("age", "18_64");
        model.answer("pregnancy", "no");
        assertEquals("about_you", model.stepProperty().get().sectionId());
    }

    @Test
    void anUrgentAnswerStaysOnItsQuestionUnderTheCrisisPanel() {
        model.onePerPageProperty().set(true);
        Map<String, String> answers = calm();
        answers.put("phq9_9", "3");
        model.next();
        while (!model.stepProperty().get().sectionId().equals("safety")) {
            String q = model.stepProperty().get().questionIds().get(0);
            model.answer(q, answers.get(q));
        }
        model.answer("safety_thoughts", "yes");
        assertEquals(List.of("safety_intent"), model.stepProperty().get().questionIds(), "the follow-up is next");
        model.answer("safety_intent", "yes");
        assertEquals(1, crisisOpened);
        assertEquals(List.of("safety_intent"), model.stepProperty().get().questionIds(), "help first, no moving on");
        model.answer("safety_intent", "no");
        assertEquals(List.of("safety_recent_action"), model.stepProperty().get().questionIds());
    }

    @Test
    void answersChangedOnTheReviewPageStayThere() {
        model.onePerPageProperty().set(true);
        answerAll(calm());
        model.load(calm());
        assertEquals(WizardStep.Kind.REVIEW, model.stepProperty().get().kind());
        model.answer("age", "65_plus");
        assertEquals(WizardStep.Kind.REVIEW, model.stepProperty().get().kind());
    }

    @Test
    void kioskPagesAreOneQuestionEach() {
        model.onePerPageProperty().set(true);
        long questionPages = model.stepsProperty().get().stream()
                .filter(s -> s.kind() == WizardStep.Kind.QUESTIONS).count();
        assertEquals(rules.questions().size() - 3, questionPages, "every question but the hidden safety ones");
        assertTrue(model.stepsProperty().get().stream().allMatch(s -> s.questionIds().size() <= 1));
    }

    @Test
    void switchingToOneQuestionPerPageKeepsThePlace() {
        model.next();
        model.answer("age", "18_64");
        model.answer("pregnancy", "no");
        model.next();
        WizardStep depression = model.stepProperty().get();
        assertEquals("depression", depression.sectionId());
        model.onePerPageProperty().set(true);
        assertEquals(List.of("diagnosis"), model.stepProperty().get().questionIds());
    }

    @Test
    void nextIsDisabledUntilEveryQuestionOnThePageIsAnswered() {
        assertTrue(model.canGoNext().get(), "the welcome page needs no answer");
        assertFalse(model.canGoBack().get());
        model.next();
        assertFalse(model.canGoNext().get());
        model.next();
        assertEquals(1, model.stepIndexProperty().get(), "Next does nothing while disabled");
        model.answer("age", "18_64");
        assertFalse(model.canGoNext().get());
        model.answer("pregnancy", "no");
        assertTrue(model.canGoNext().get());
        assertTrue(model.canGoBack().get());
    }

    @Test
    void backKeepsAnswers() {
        model.next();
        model.answer("age", "65_plus");
        model.answer("pregnancy", "not_applicable");
        model.next();
        model.back();
        assertEquals(Map.of("age", "65_plus", "pregnancy", "not_applicable"), Map.copyOf(model.answers()));
    }

    @Test
    void anAnswerThatMakesTheResultUrgentOpensTheCrisisPanelAtOnce() {
        model.answer("phq9_9", "2");
        model.answer("safety_thoughts", "yes");
        assertEquals(0, crisisOpened);
        assertTrue(model.result().support());
        model.answer("safety_intent", "yes");
        assertEquals(1, crisisOpened);
        assertTrue(model.result().urgent());
        model.answer("safety_recent_action", "yes");
        assertEquals(2, crisisOpened, "a second urgent answer opens it again");
        model.answer("safety_intent", "no");
        model.answer("safety_recent_action", "no");
        assertFalse(model.result().urgent());
        assertEquals(2, crisisOpened);
        model.answer("safety_recent_action", "yes");
        assertEquals(3, crisisOpened);
    }

    @Test
    void helpIsShownOnEveryPageOnceAnAnswerCallsForIt() {
        assertEquals("", model.helpNote().get());
        model.answer("phq9_9", "1");
        assertTrue(model.helpNote().get().contains("988"), model.helpNote().get());
        model.answer("safety_thoughts", "yes");
        model.answer("safety_intent", "yes");
        assertTrue(model.helpNote().get().contains("911"), model.helpNote().get());
        model.answer("safety_intent", "no");
        model.answer("phq9_9", "0");
        assertEquals("", model.helpNote().get(), "the note goes when the answer that called for it changes");
    }

    @Test
    void changingAnAnswerThatHidesQuestionsRemovesTheirAnswersAndSaysSo() {
        model.answer("phq9_9", "1");
        model.answer("safety_thoughts", "yes");
        model.answer("safety_intent", "no");
        model.answer("safety_recent_action", "no");
        assertEquals("", model.clearedNoteProperty().get());

        model.answer("safety_thoughts", "no");
        assertFalse(model.answers().containsKey("safety_intent"));
        assertTrue(model.clearedNoteProperty().get().contains(rules.question("safety_intent").summary()));

        model.answer("phq9_9", "0");
        assertEquals(Map.of("phq9_9", "0"), Map.copyOf(model.answers()));
        assertTrue(model.clearedNoteProperty().get().contains(rules.question("safety_thoughts").summary()));
    }

    @Test
    void aCounselorCanOpenTheSafetySectionAtAnyTime() {
        model.answer("phq9_9", "0");
        assertFalse(model.isShown("safety_thoughts"));
        assertEquals(1, model.closedSections().size());
        model.openSection("safety");
        assertTrue(model.isShown("safety_thoughts"));
        model.answer("safety_thoughts", "yes");
        model.answer("safety_intent", "yes");
        assertTrue(model.result().urgent());
        assertEquals(1, crisisOpened);
        assertTrue(model.closedSections().isEmpty());
    }

    @Test
    void reviewNeedsEveryShownQuestionAndResultIsLast() {
        answerAll(calm());
        int review = model.stepsProperty().get().indexOf(WizardStep.REVIEW);
        while (model.stepIndexProperty().get() < review) {
            model.next();
        }
        assertTrue(model.canGoNext().get());
        model.next();
        assertEquals(WizardStep.Kind.RESULT, model.stepProperty().get().kind());
        assertFalse(model.canGoNext().get());
    }

    @Test
    void insuranceAnswerGoesToTheVisitSession() {
        model.answer("insurance", "medicaid");
        assertEquals("medicaid", visit.insuranceAnswerProperty().get());
        model.reset();
        assertNull(visit.insuranceAnswerProperty().get());
    }

    @Test
    void breadcrumbNamesTheStepWhileTheWizardShows() {
        navigator.goTo(Screen.SCREENING);
        assertEquals("Welcome", navigator.detailProperty().get());
        model.next();
        assertEquals("About you", navigator.detailProperty().get());
        navigator.home();
        model.next();
        assertEquals("", navigator.detailProperty().get(), "other screens keep their own breadcrumb");
    }

    @Test
    void resetReturnsExactlyToTheInitialState() {
        String initial = snapshot();
        answerAll(calm());
        model.answer("phq9_9", "3");
        model.openSection("safety");
        model.counselorViewProperty().set(true);
        model.next();
        model.next();
        model.answer("phq9_9", "0");
        assertTrue(!initial.equals(snapshot()));

        model.reset();
        assertEquals(initial, snapshot());
    }

    private String snapshot() {
        return model.answers() + "|" + model.stepsProperty().get() + "|" + model.stepIndexProperty().get() + "|"
                + model.stepProperty().get() + "|" + model.counselorViewProperty().get() + "|"
                + model.clearedNoteProperty().get() + "|" + model.closedSections() + "|"
                + model.result().answers() + model.result().unanswered() + "|" + model.progressText().get() + "|"
                + model.canGoNext().get() + model.canGoBack().get() + "|" + visit.insuranceAnswerProperty().get();
    }

    @Test
    void loadingRefusesAnswersThatDoNotFitTogetherAndChangesNothing() {
        model.answer("age", "18_64");
        assertThrows(IllegalArgumentException.class,
                () -> model.load(Map.of("safety_thoughts", "no", "safety_intent", "yes")));
        assertThrows(IllegalArgumentException.class, () -> model.load(Map.of("age", "ancient")));
        assertEquals(Map.of("age", "18_64"), Map.copyOf(model.answers()));
    }

    @Test
    void loadingSafetyAnswersWithItem9ZeroOpensTheSafetySection() {
        Map<String, String> saved = calm();
        saved.put("safety_thoughts", "no");
        saved.put("safety_recent_action", "no");
        model.load(saved);
        assertEquals(saved, Map.copyOf(model.answers()));
        assertEquals(WizardStep.Kind.REVIEW, model.stepProperty().get().kind(), "all answered: open at the review");
    }

    @Test
    void loadingPartAnswersOpensAtTheFirstPageWithAQuestionLeft() {
        model.load(Map.of("age", "18_64", "pregnancy", "no", "diagnosis", "mdd"));
        assertEquals("depression", model.stepProperty().get().sectionId());
    }

    @Test
    void loadingUrgentAnswersOpensTheCrisisPanel() {
        model.load(Map.of("phq9_9", "3", "safety_thoughts", "yes", "safety_intent", "yes"));
        assertEquals(1, crisisOpened);
    }

    @Test
    void summaryHasEveryPartAndTheMyQuestions() {
        visit.myQuestions().add("Can I keep taking my other medicine?");
        answerAll(calm());
        model.answer("can_stay_2h", "no");
        PrintDocument doc = model.summary();
        String text = doc.toString();
        assertTrue(text.contains("Esketamine nasal spray (Spravato)"));
        assertTrue(text.contains("IV ketamine infusions (off-label)"));
        assertTrue(text.contains("Talk with a clinician first"));
        assertTrue(text.contains("Can I keep taking my other medicine?"));
        assertTrue(text.contains("Your score is 16 out of 27"));
        assertTrue(text.contains("Developed by Drs. Robert L. Spitzer"));
        assertFalse(text.toLowerCase().contains("eligible"));
    }

    private static Map<String, String> urgent() {
        Map<String, String> a = calm();
        a.put("phq9_9", "2");
        a.put("safety_thoughts", "yes");
        a.put("safety_intent", "yes");
        a.put("safety_recent_action", "no");
        return a;
    }

    private static Map<String, String> support() {
        Map<String, String> a = calm();
        a.put("phq9_9", "1");
        a.put("safety_thoughts", "no");
        a.put("safety_recent_action", "no");
        return a;
    }

    @Test
    void anUrgentResultMarksNoCardAsAnAllClear() {
        answerAll(urgent());
        ScreeningReport.Report report = model.currentReport();
        assertTrue(report.urgent() && report.safetyFirst());
        assertEquals(List.of(Suitability.POSSIBLE, Suitability.POSSIBLE),
                report.treatments().stream().map(ScreeningReport.TreatmentPart::suitability).toList());
        assertEquals(List.of("neutral", "neutral"),
                report.treatments().stream().map(ScreeningReport.TreatmentPart::tone).toList());
        assertTrue(report.treatments().stream().allMatch(t -> t.meaning().contains("Your safety comes first")));
    }

    @Test
    void withoutDangerAnAllClearCardKeepsItsOwnMark() {
        answerAll(calm());
        assertEquals(List.of("possible", "possible"),
                model.currentReport().treatments().stream().map(ScreeningReport.TreatmentPart::tone).toList());
        model.answer("can_stay_2h", "no");
        assertEquals(List.of("discuss", "possible"),
                model.currentReport().treatments().stream().map(ScreeningReport.TreatmentPart::tone).toList());
    }

    @Test
    void theSafetyAnswersNameEverySafetyQuestionAndWhatWasAnswered() {
        answerAll(urgent());
        List<ScreeningReport.SafetyLine> lines = model.currentReport().safetyAnswers();
        assertEquals(List.of(rules.question("phq9_9").summary(), rules.question("safety_thoughts").summary(),
                        rules.question("safety_intent").summary(), rules.question("safety_recent_action").summary()),
                lines.stream().map(ScreeningReport.SafetyLine::question).toList());
        assertEquals(List.of("More than half the days", "Yes", "Yes", "No"),
                lines.stream().map(ScreeningReport.SafetyLine::answer).toList());
        assertEquals("needs help now", lines.get(2).flag());
        assertEquals("calls for 988 support", lines.get(0).flag());
        assertEquals("", lines.get(3).flag());
        assertFalse(model.currentReport().safetySources().isEmpty(), "the urgent rule shows its source");
    }

    @Test
    void safetyQuestionsTheWizardDidNotAskSaySo() {
        answerAll(calm());
        List<ScreeningReport.SafetyLine> lines = model.currentReport().safetyAnswers();
        assertEquals("Not at all", lines.get(0).answer());
        assertEquals(List.of("Not asked", "Not asked", "Not asked"),
                lines.subList(1, 4).stream().map(ScreeningReport.SafetyLine::answer).toList());
        assertTrue(model.currentReport().safetySources().isEmpty());
    }

    @ParameterizedTest(name = "counselor view: {0}")
    @ValueSource(booleans = {false, true})
    void theSummaryOfAPersonInDangerStartsWithTheSafetyAnswers(boolean counselor) {
        answerAll(urgent());
        model.counselorViewProperty().set(counselor);
        List<PrintDocument.Block> blocks = model.summary().blocks();
        assertEquals(new PrintDocument.Heading("Please get help now", 1), blocks.get(0));
        PrintDocument.Table safety = (PrintDocument.Table) blocks.get(2);
        assertEquals("Safety answers (read these first)", safety.header().get(0));
        assertEquals(List.of(rules.question("phq9_9").summary(), "More than half the days (calls for 988 support)"),
                safety.rows().get(0));
        assertEquals(List.of(rules.question("safety_intent").summary(), "Yes (needs help now)"), safety.rows().get(2));
        assertTrue(blocks.get(3) instanceof PrintDocument.Note note && note.text().startsWith("Source: "),
                blocks.get(3).toString());
    }

    @Test
    void theSummaryForTheSupportMessageAlsoStartsWithIt() {
        answerAll(support());
        List<PrintDocument.Block> blocks = model.summary().blocks();
        assertEquals(new PrintDocument.Heading("You do not have to face this alone", 1), blocks.get(0));
        assertTrue(blocks.get(2) instanceof PrintDocument.Table t
                && t.rows().get(0).get(1).equals("Several days (calls for 988 support)"), blocks.get(2).toString());
    }

    @Test
    void whyLinesKeepTheAnswerAndTheSourceOnLinesOfTheirOwn() {
        answerAll(calm());
        model.answer("pregnancy", "pregnant");
        List<PrintDocument.Block> blocks = model.summary().blocks();
        int i = blocks.indexOf(new PrintDocument.Heading("Why, for Esketamine nasal spray (Spravato):", 2));
        assertTrue(i > 0, blocks.toString());
        List<String> lines = List.of(((PrintDocument.Bullets) blocks.get(i + 1)).items().get(0).split("\n"));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("Spravato may harm an unborn baby."), lines.get(0));
        assertEquals("You answered: Pregnant, planning a pregnancy, or breastfeeding \u2014 Yes, I am pregnant",
                lines.get(1));
        assertTrue(lines.get(2).startsWith("Source: SPRAVATO"), lines.get(2));
        int iv = blocks.indexOf(new PrintDocument.Heading("Why, for IV ketamine infusions (off-label):", 2));
        String ivItem = ((PrintDocument.Bullets) blocks.get(iv + 1)).items().get(0);
        assertFalse(ivItem.contains("Spravato"), "the IV card has its own words: " + ivItem);
        assertTrue(ivItem.contains("\nSource: Ketamin Sintetica"), ivItem);
    }

    @Test
    void theCounselorSummaryAddsTheRuleOnItsOwnLine() {
        answerAll(calm());
        model.answer("heart_disease", "yes");
        model.counselorViewProperty().set(true);
        String all = model.summary().blocks().toString();
        assertTrue(all.contains("\nRule: Ketamine product information (UK): should not be used in severe coronary"),
                all);
    }

    @Test
    void thePregnantResultShowsEachTreatmentItsOwnText() {
        answerAll(calm());
        model.answer("pregnancy", "pregnant");
        ScreeningReport.Report r = model.currentReport();
        String spravato = r.treatments().get(0).findings().get(0).explanation();
        String iv = r.treatments().get(1).findings().get(0).explanation();
        assertTrue(spravato.contains("Spravato"), spravato);
        assertFalse(iv.contains("Spravato"), iv);
        assertTrue(iv.contains("ketamine label"), iv);
    }

    @Test
    void planMyCostsOpensThePlannerWithTheInsuranceAnswer() {
        answerAll(calm());
        model.answer("insurance", "medicare");
        model.planCosts();
        assertEquals(Screen.PLANNER, navigator.current());
        assertEquals("medicare", visit.insuranceAnswerProperty().get());
    }

    @Test
    void weighMyOptionsIsOfferedOnlyWhenAScreenIsWiredIn() {
        assertFalse(model.canWeighOptionsProperty().get());
        model.weighOptions();
        int[] opened = {0};
        model.setWeighOptions(() -> opened[0]++);
        assertTrue(model.canWeighOptionsProperty().get());
        model.weighOptions();
        assertEquals(1, opened[0]);
        model.setWeighOptions(null);
        assertFalse(model.canWeighOptionsProperty().get());
    }

    @Test
    void startANewScreeningAsksThenClearsEverything() {
        answerAll(calm());
        model.startNewScreening();
        assertTrue(model.answers().isEmpty());
        assertEquals(WizardStep.Kind.WELCOME, model.stepProperty().get().kind());
    }

    @Test
    void doneGoesHome() {
        navigator.goTo(Screen.SCREENING);
        model.finish();
        assertEquals(Screen.HOME, navigator.current());
    }

    @Test
    void theResultPageHasNoNextButtonToBeStuckOn() {
        answerAll(calm());
        assertFalse(model.onResultPage().get());
        int result = model.stepsProperty().get().size() - 1;
        while (model.stepIndexProperty().get() < result) {
            model.next();
        }
        assertTrue(model.onResultPage().get());
    }

    @Test
    void anOldFileWithPregnantOrPlanningOpensAsPregnantAndSaysSo(@TempDir Path dir) throws Exception {
        fileToOpen = dir.resolve("old.json");
        java.nio.file.Files.writeString(fileToOpen, "{\"age\": \"18_64\", \"pregnancy\": \"pregnant_or_planning\"}");
        model.openAnswers();
        assertEquals(Map.of("age", "18_64", "pregnancy", "pregnant"), Map.copyOf(model.answers()));
        assertEquals(List.of("Please check one answer"), dialogsShown);
        assertTrue(dialogTexts.get(0).contains("\"Yes, I am pregnant\"") && dialogTexts.get(0).contains("planning"),
                dialogTexts.get(0));
        assertEquals(dialogTexts.get(0), model.clearedNoteProperty().get(), "the page says it too");
    }

    @Test
    void topicLinksGoThroughTheInjectedCallback() {
        model.openTopic("other-options");
        assertEquals(List.of("other-options"), topicsOpened);
    }

    private final class Dialogs implements DialogService {
        @Override
        public void info(String title, String message) {
            dialogsShown.add(title);
            dialogTexts.add(message);
        }

        @Override
        public void error(String title, String message) {
            dialogsShown.add(title);
        }

        @Override
        public void confirm(String title, String message, String confirmText, Runnable onConfirm) {
            onConfirm.run();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, FileKind kind) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, FileKind kind) {
            return Optional.ofNullable(fileToOpen);
        }

        @Override
        public void closeAll() {
        }
    }
}
