package org.ketamineguide.planner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.InsuranceKind;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanFile;
import org.ketamineguide.planner.PlanNotes;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.testing.RecordingDialogs;
import org.ketamineguide.testing.RecordingPrintService;

/** The planner's screen state and commands, without a toolkit (JavaFX properties need none). */
class CostPlannerModelTest {
    private static PlannerDefaults defaults;

    @TempDir
    Path dir;

    private final SimpleObjectProperty<String> answer = new SimpleObjectProperty<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingPrintService printing = new RecordingPrintService(true);
    private CostPlannerModel model;

    @BeforeAll
    static void loadDefaults() {
        defaults = PlannerDefaults.bundled(ContentRepository.bundled()::source);
    }

    @BeforeEach
    void build() {
        model = new CostPlannerModel(defaults, answer, Messages.english(), dialogs, printing);
    }

    @Test
    void startsWithSixInfusionsAndMonthlyBoostersForAYear() {
        PlanModel a = model.planA();
        assertEquals(Treatment.IV_KETAMINE, a.treatment());
        assertEquals(18, a.estimate().sessions());
        assertEquals(new BigDecimal("11150.00"), a.estimate().patientTotal());
        assertEquals(Treatment.SPRAVATO, model.planB().treatment());
        assertFalse(model.isComparing());
    }

    @Test
    void everyKeystrokeIsChecked() {
        PlanModel a = model.planA();
        a.textProperty(PlanField.PRICE_PER_SESSION).set("7");
        assertEquals(new BigDecimal("476.00"), a.estimate().patientTotal()); // 18 x 7 + 350
        a.textProperty(PlanField.PRICE_PER_SESSION).set("7x");
        assertNull(a.estimate());
        assertEquals(PlanProblem.NOT_A_NUMBER, a.problemProperty(PlanField.PRICE_PER_SESSION).get());
        a.textProperty(PlanField.PRICE_PER_SESSION).set("$1,500.00");
        assertNull(a.problemProperty(PlanField.PRICE_PER_SESSION).get());
        assertEquals(new BigDecimal("27350.00"), a.estimate().patientTotal());
    }

    @Test
    void eachKeystrokePublishesTheResultsOnce() {
        int[] published = {0};
        model.planA().outcomeProperty().addListener(o -> {
            published[0]++;
            model.planA().outcomeProperty().get(); // keep the property valid so each change is seen
        });
        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("65");
        assertEquals(1, published[0]);
        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("650");
        assertEquals(2, published[0]);
        model.planA().chooseKind(InsuranceKind.MEDICARE);
        assertEquals(3, published[0], "a choice that changes several fields still publishes once");
    }

    @Test
    void switchingTreatmentKeepsWhatWasTypedForEach() {
        PlanModel a = model.planA();
        a.textProperty(PlanField.PRICE_PER_SESSION).set("650");
        a.selectTreatment(Treatment.SPRAVATO);
        assertEquals("1356.08", a.textProperty(PlanField.PRICE_PER_SESSION).get());
        a.textProperty(PlanField.PRICE_PER_SESSION).set("1000");
        a.selectTreatment(Treatment.IV_KETAMINE);
        assertEquals("650", a.textProperty(PlanField.PRICE_PER_SESSION).get());
        a.selectTreatment(Treatment.SPRAVATO);
        assertEquals("1000", a.textProperty(PlanField.PRICE_PER_SESSION).get());
    }

    @ParameterizedTest(name = "{0}: IV {1}, Spravato {2}, kind {3}")
    @CsvSource({"commercial, NO, YES, COMMERCIAL", "medicare, NO, YES, MEDICARE", "medicaid, NO, YES, MEDICAID",
            "none, NO, NO, NONE", "unsure, NO, UNSURE, COMMERCIAL"})
    void startsFromTheScreeningAnswerUntilThePersonChooses(String given, Coverage iv, Coverage spravato,
                                                           InsuranceKind kind) {
        answer.set(given);
        assertEquals(iv, model.planA().coverageProperty().get());
        assertEquals(spravato, model.planB().coverageProperty().get());
        assertEquals(kind, model.planA().kind());
        assertEquals(kind, model.planB().kind());
        model.planB().chooseCoverage(Coverage.UNSURE);
        answer.set("medicare");
        assertEquals(Coverage.UNSURE, model.planB().coverageProperty().get(), "the person's own choice wins");
        assertEquals(InsuranceKind.MEDICARE, model.planB().kind(), "the kind still follows the screening");
    }

    @Test
    void aPlannerThatLeftNoLongerFollowsTheSharedAnswer() {
        answer.set("medicare");
        CostPlannerModel next = new CostPlannerModel(defaults, answer, Messages.english(), dialogs, printing);
        next.continueFrom(model);
        model.leave();
        answer.set("none");
        assertEquals(InsuranceKind.MEDICARE, model.planB().kind(), "the old planner stopped listening");
        assertEquals(Coverage.YES, model.planB().coverageProperty().get());
        assertEquals(InsuranceKind.NONE, next.planB().kind(), "the one that took its place still follows");
        assertEquals(Coverage.NO, next.planB().coverageProperty().get());
    }

    @Test
    void ivAfterInsuranceFromAJobStartsAsNotPaidAndTheHeadlineSaysSo() {
        answer.set("commercial");
        PlanModel a = model.planA();
        assertEquals(Treatment.IV_KETAMINE, a.treatment());
        assertEquals(Coverage.NO, a.coverageProperty().get());
        assertEquals(new BigDecimal("11150.00"), a.estimate().patientTotal());
        assertEquals(new BigDecimal("0.00"), a.estimate().insurerTotal());
        assertEquals("If your plan does not pay, you pay about $11,150 in 52 weeks.",
                model.text().headline(a.planEstimate()));
    }

    @Test
    void iDontKnowGivesBothEstimatesAndTheHeadlineNamesBoth() {
        answer.set("commercial");
        PlanModel a = model.planA();
        a.chooseCoverage(Coverage.UNSURE);
        var e = a.planEstimate();
        assertEquals(new BigDecimal("3710.00"), e.ifCovered().patientTotal()); // 1500 + 20% x 9300 + 350
        assertEquals(new BigDecimal("11150.00"), e.ifNotCovered().patientTotal());
        assertEquals("If your plan pays, you pay about $3,710 in 52 weeks. If it does not pay, you pay about $11,150.",
                model.text().headline(e));
        assertTrue(a.notesProperty().get().contains(PlanNotes.ASK_INSURER));
    }

    @Test
    void medicareLoadsItsNumbersWithNoCapAndTypedNumbersComeBack() {
        PlanModel b = model.planB();
        b.textProperty(PlanField.DEDUCTIBLE_REMAINING).set("900");
        b.chooseKind(InsuranceKind.MEDICARE);
        assertEquals("283", b.textProperty(PlanField.DEDUCTIBLE_REMAINING).get());
        assertFalse(b.hasCapProperty().get(), "Original Medicare has no yearly limit");
        assertNull(b.resultProperty().get().plan().insurance().outOfPocketRemaining());
        assertTrue(b.notesProperty().get().contains(PlanNotes.MEDICARE_NO_CAP));
        assertTrue(b.notesProperty().get().contains(PlanNotes.WITHME_GOVERNMENT));
        b.hasCapProperty().set(true);
        b.textProperty(PlanField.OUT_OF_POCKET_REMAINING).set("4000");
        assertEquals(new BigDecimal("4000.00"), b.resultProperty().get().plan().insurance().outOfPocketRemaining(),
                "the person can enter their own cap");
        b.chooseKind(InsuranceKind.COMMERCIAL);
        assertEquals("900", b.textProperty(PlanField.DEDUCTIBLE_REMAINING).get());
        assertTrue(b.hasCapProperty().get());
        b.chooseKind(InsuranceKind.MEDICARE);
        assertEquals("4000", b.textProperty(PlanField.OUT_OF_POCKET_REMAINING).get());
    }

    @Test
    void noInsuranceIsOneClickAndMakesEverySessionSelfPay() {
        PlanModel b = model.planB();
        b.textProperty(PlanField.DEDUCTIBLE_REMAINING).set("oops");
        assertNull(b.estimate());
        b.chooseKind(InsuranceKind.NONE);
        assertNotNull(b.estimate(), "hidden insurance fields never block the totals");
        assertEquals(b.estimate().billedTotal(), b.estimate().patientTotal());
        assertEquals(Coverage.NO, b.effectiveCoverage());
    }

    @Test
    void selfPayIsOneCommand() {
        PlanModel b = model.planB();
        b.textProperty(PlanField.DEDUCTIBLE_REMAINING).set("oops");
        assertNull(b.estimate());
        b.chooseSelfPay();
        assertNotNull(b.estimate(), "hidden insurance fields never block the totals");
        assertEquals(b.estimate().billedTotal(), b.estimate().patientTotal());
    }

    @Test
    void timeIsCountedBesideTheMoney() {
        PlanModel b = model.planB();
        b.textProperty(PlanField.TRAVEL_HOURS).set("1");
        var time = b.planEstimate().time();
        assertEquals(34, time.visits());
        assertEquals(0, new BigDecimal("119").compareTo(time.totalHours()), "34 x (2.5 + 1)");
        b.textProperty(PlanField.CLINIC_HOURS).set("two");
        assertNull(b.estimate(), "bad hours are a bad field like any other");
        assertEquals(PlanProblem.NOT_A_NUMBER, b.problemProperty(PlanField.CLINIC_HOURS).get());
    }

    @Test
    void medicareHidesTheMakersSavingsOffer() {
        answer.set("medicare");
        assertTrue(model.planB().notesProperty().get().contains("withme-government"));
        assertFalse(model.planB().notesProperty().get().contains("withme"));
    }

    @Test
    void resetReturnsBothPlansAndCompareToTheStart() {
        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("abc");
        model.planA().selectTreatment(Treatment.SPRAVATO);
        model.planB().chooseSelfPay();
        model.startComparing();
        model.edit(CostPlannerModel.Which.B);
        model.reset();
        assertFalse(model.isComparing());
        assertEquals(CostPlannerModel.Which.A, model.editingProperty().get());
        assertEquals(Treatment.IV_KETAMINE, model.planA().treatment());
        assertEquals("600", model.planA().textProperty(PlanField.PRICE_PER_SESSION).get());
        assertTrue(model.planB().isCovered());
        model.planA().selectTreatment(Treatment.SPRAVATO);
        assertEquals("1356.08", model.planA().textProperty(PlanField.PRICE_PER_SESSION).get(), "nothing stashed survives");
    }

    @Test
    void savesTheEditedPlanAndOpensItBack() throws IOException {
        Path file = dir.resolve("plan.json");
        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("640.50");
        dialogs.saves.add(file);
        model.save();
        PlanFile saved = PlanFile.fromJson(Files.readString(file));
        assertEquals(1, saved.plans().size());
        assertEquals(new BigDecimal("640.50"), saved.plans().get(0).setup().plan().pricePerSession());
        assertEquals(List.of("Plan saved"), dialogs.titles);
        assertTrue(dialogs.messages.get(0).contains(dir.toAbsolutePath().toString()), "the message says where it went");
        assertEquals(file, dialogs.savedFiles.get(0));

        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("1");
        dialogs.opens.add(file);
        model.open();
        assertEquals("640.50", model.planA().textProperty(PlanField.PRICE_PER_SESSION).get());
        assertEquals(saved.plans().get(0).setup(), model.planA().resultProperty().get().setup());
    }

    @Test
    void aComparisonIsSavedWholeAndReopensAsTheComparison() throws IOException {
        Path file = dir.resolve("both.json");
        answer.set("medicare");
        model.startComparing();
        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("550");
        model.planB().chooseCoverage(Coverage.UNSURE);
        model.planB().textProperty(PlanField.TRAVEL_HOURS).set("0.5");
        var a = model.planA().resultProperty().get().setup();
        var b = model.planB().resultProperty().get().setup();
        dialogs.saves.add(file);
        model.save();
        assertTrue(dialogs.messages.get(0).contains("plan A and plan B"), dialogs.messages.get(0));
        PlanFile saved = PlanFile.fromJson(Files.readString(file));
        assertEquals(List.of("Plan A", "Plan B"), saved.plans().stream().map(PlanFile.Entry::name).toList());
        assertEquals(List.of(a, b), saved.plans().stream().map(PlanFile.Entry::setup).toList());

        model.reset();
        answer.set(null);
        dialogs.opens.add(file);
        model.open();
        assertTrue(model.isComparing(), "two plans reopen as the comparison");
        assertEquals(a, model.planA().resultProperty().get().setup());
        assertEquals(b, model.planB().resultProperty().get().setup());
        assertTrue(dialogs.messages.get(1).contains("side by side"), dialogs.messages.get(1));
        assertFalse(dialogs.messages.get(1).contains("as plan A"), dialogs.messages.get(1));
    }

    @Test
    void aDamagedComparisonIsRefusedWholeAndNothingIsHalfLoaded() throws IOException {
        Path file = dir.resolve("both.json");
        model.startComparing();
        dialogs.saves.add(file);
        model.save();
        Files.writeString(file, Files.readString(file).replaceFirst("\"pricePerSession\": 1356.08",
                "\"pricePerSession\": \"lots\""));
        model.stopComparing();
        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("610");
        model.planB().textProperty(PlanField.PRICE_PER_SESSION).set("999");
        var beforeA = model.planA().inputs();
        var beforeB = model.planB().inputs();
        dialogs.opens.add(file);
        model.open();
        assertEquals(beforeA, model.planA().inputs(), "plan A was fine in the file but is not loaded alone");
        assertEquals(beforeB, model.planB().inputs());
        assertFalse(model.isComparing());
        String message = dialogs.messages.get(dialogs.messages.size() - 1);
        assertTrue(message.contains("plan B") && message.contains("plans[1].plan.pricePerSession"), message);
        assertTrue(message.contains("did not change"), message);
    }

    @Test
    void aVersionOneFileStillOpensIntoThePlanBeingEdited() throws IOException {
        Path file = dir.resolve("old.json");
        Files.writeString(file, PlanSamplesForUi.SPEC_EXAMPLE);
        model.startComparing();
        model.edit(CostPlannerModel.Which.B);
        dialogs.opens.add(file);
        model.open();
        assertEquals(CostPlan.fromJson(PlanSamplesForUi.SPEC_EXAMPLE), model.planB().resultProperty().get().plan());
        assertEquals(Coverage.YES, model.planB().coverageProperty().get());
        assertEquals(new BigDecimal("5855.00"), model.planB().estimate().patientTotal(), "the spec example, exactly");
        assertTrue(dialogs.messages.get(0).contains("as plan B"), dialogs.messages.get(0));
    }

    @Test
    void aBadFileChangesNothingAndNamesTheField() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, CostPlan.fromJson(PlanSamplesForUi.SPEC_EXAMPLE).toJson()
                .replace("\"horizonWeeks\": 26", "\"horizonWeeks\": 60"));
        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("610");
        var before = model.planA().inputs();
        dialogs.opens.add(file);
        model.open();
        assertEquals(before, model.planA().inputs());
        assertEquals("This file could not be opened", dialogs.titles.get(0));
        assertTrue(dialogs.messages.get(0).contains("horizonWeeks"), dialogs.messages.get(0));
        assertTrue(dialogs.messages.get(0).contains("Weeks to plan"), dialogs.messages.get(0));
        assertTrue(dialogs.messages.get(0).contains("did not change"), dialogs.messages.get(0));
    }

    @Test
    void aMalformedOrHugeFileIsRefusedPlainly() throws IOException {
        Path file = dir.resolve("junk.json");
        Files.writeString(file, "{ not json");
        dialogs.opens.add(file);
        model.open();
        assertTrue(dialogs.messages.get(0).contains("not a plan file"), dialogs.messages.get(0));
        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[(int) org.ketamineguide.planner.CostPlan.MAX_FILE_BYTES + 1]);
        dialogs.opens.add(huge);
        model.open();
        assertTrue(dialogs.messages.get(1).contains("too big"), dialogs.messages.get(1));
        assertEquals("600", model.planA().textProperty(PlanField.PRICE_PER_SESSION).get());
    }

    @Test
    void aPlanWithBadFieldsIsNotSavedOrPrinted() {
        model.planA().textProperty(PlanField.HORIZON_WEEKS).set("");
        model.save();
        model.exportPdf();
        assertEquals(List.of("Fix the plan first", "Fix the plan first"), dialogs.titles);
        assertTrue(printing.printed.isEmpty());
    }

    @Test
    void onAKioskNothingIsSavedOrOpened() {
        printing.setCanSave(false);
        dialogs.saves.add(dir.resolve("never.json"));
        model.save();
        model.open();
        assertEquals(List.of("Saving is off on this kiosk", "Saving is off on this kiosk"), dialogs.titles);
        assertFalse(Files.exists(dir.resolve("never.json")));
        assertTrue(dialogs.savedFiles.isEmpty(), "no 'saved' message, so no button that opens a folder");
    }

    @Test
    void theComparisonPrintOutHasBothPlansAndTheDifference() {
        model.startComparing();
        PrintDocument doc = model.document().orElseThrow();
        String all = doc.blocks().toString();
        assertTrue(all.contains("Plan A: IV ketamine"), all);
        assertTrue(all.contains("Plan B: Spravato"), all);
        assertTrue(all.contains("B minus A"), all);
        assertTrue(all.contains("$11,150.00"), all);
        assertTrue(all.contains("Publication 502"), all);
    }
}
