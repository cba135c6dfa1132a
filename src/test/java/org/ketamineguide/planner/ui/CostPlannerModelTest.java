package org.ketamineguide.planner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.ketamineguide.testing.RecordingDialogs;
import org.ketamineguide.testing.RecordingPrintService;

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
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.planner.Treatment;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.ui.Messages;

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
    void switchingTreatmentKeepsWhatWasTypedForEach() {
        PlanModel a = model.planA();
        a.textProperty(PlanField.PRICE_PER_SESSION).set("650");
        a.selectTreatment(Treatment.SPRAVATO);
        assertEquals("885", a.textProperty(PlanField.PRICE_PER_SESSION).get());
        a.textProperty(PlanField.PRICE_PER_SESSION).set("1000");
        a.selectTreatment(Treatment.IV_KETAMINE);
        assertEquals("650", a.textProperty(PlanField.PRICE_PER_SESSION).get());
        a.selectTreatment(Treatment.SPRAVATO);
        assertEquals("1000", a.textProperty(PlanField.PRICE_PER_SESSION).get());
    }

    @ParameterizedTest
    @CsvSource({"commercial, true", "medicare, true", "medicaid, true", "none, false"})
    void startsFromTheScreeningAnswerUntilThePersonChooses(String given, boolean covered) {
        answer.set(given);
        assertEquals(covered, model.planA().isCovered());
        assertEquals(covered, model.planB().isCovered());
        model.planA().chooseSelfPay();
        answer.set("commercial");
        assertFalse(model.planA().isCovered(), "the person's own choice wins");
        assertTrue(model.planB().isCovered());
    }

    @Test
    void selfPayIsOneCommand() {
        answer.set("commercial");
        PlanModel a = model.planA();
        a.textProperty(PlanField.DEDUCTIBLE_REMAINING).set("oops");
        assertNull(a.estimate());
        a.chooseSelfPay();
        assertNotNull(a.estimate(), "hidden insurance fields never block the totals");
        assertEquals(a.estimate().billedTotal(), a.estimate().patientTotal());
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
        assertEquals("885", model.planA().textProperty(PlanField.PRICE_PER_SESSION).get(), "nothing stashed survives");
    }

    @Test
    void savesTheEditedPlanAndOpensItBack() throws IOException {
        Path file = dir.resolve("plan.json");
        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("640.50");
        dialogs.saves.add(file);
        model.save();
        CostPlan saved = CostPlan.fromJson(Files.readString(file));
        assertEquals(new BigDecimal("640.50"), saved.pricePerSession());
        assertEquals(List.of("Plan saved"), dialogs.titles);

        model.planA().textProperty(PlanField.PRICE_PER_SESSION).set("1");
        dialogs.opens.add(file);
        model.open();
        assertEquals("640.50", model.planA().textProperty(PlanField.PRICE_PER_SESSION).get());
        assertEquals(saved, model.planA().resultProperty().get().plan());
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
        Files.write(huge, new byte[(int) CostPlannerModel.MAX_FILE_BYTES + 1]);
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
