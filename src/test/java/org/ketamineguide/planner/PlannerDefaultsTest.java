package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Treatment;

class PlannerDefaultsTest {
    private static ContentRepository content;
    private static String bundledText;

    @BeforeAll
    static void load() throws IOException {
        content = ContentRepository.bundled();
        try (InputStream in = PlannerDefaults.class.getResourceAsStream("/org/ketamineguide/content/en/planner-defaults.json")) {
            bundledText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PlannerDefaults bundled() {
        return PlannerDefaults.bundled(content::source);
    }

    @Test
    void bundledDefaultsLoadAndEveryValueHasADateAndABasis() {
        PlannerDefaults d = bundled();
        for (Treatment t : Treatment.values()) {
            for (PlanField f : PlanField.values()) {
                if (t == Treatment.SPRAVATO && PlannerDefaults.IV_FIELDS.contains(f)) {
                    continue;
                }
                PlannerDefaults.SourcedValue v = d.value(t, f);
                assertFalse(v.basis().isBlank());
                assertFalse(v.asOf().isBlank());
                assertTrue(v.source() != null || v.value().signum() == 0, t + " " + f + " needs a source");
            }
            assertNotNull(d.covered(t).source());
            assertFalse(d.priceRanges(t).isEmpty());
        }
        for (InsuranceKind k : InsuranceKind.values()) {
            for (PlanField f : PlannerDefaults.INSURANCE_FIELDS) {
                PlannerDefaults.SourcedValue v = d.value(Treatment.SPRAVATO, k, f);
                assertFalse(v.basis().isBlank());
                assertTrue(v.source() != null || (v.value() != null && v.value().signum() == 0),
                        k + " " + f + " needs a source (a missing limit is a claim too)");
            }
        }
        PlanNotes.ALL_IDS.forEach(id -> assertNotNull(d.note(id).source()));
    }

    @Test
    void defaultsMatchThePublishedFigures() {
        PlannerDefaults d = bundled();
        assertEquals(new BigDecimal("400"), d.priceRanges(Treatment.IV_KETAMINE).get(0).low());
        assertEquals(new BigDecimal("800"), d.priceRanges(Treatment.IV_KETAMINE).get(0).high());
        assertEquals(new BigDecimal("300"), d.priceRanges(Treatment.IV_KETAMINE).get(1).low());
        assertEquals(new BigDecimal("1500"), d.priceRanges(Treatment.IV_KETAMINE).get(1).high());
        assertEquals(new BigDecimal("590"), d.priceRanges(Treatment.SPRAVATO).get(0).low());
        assertEquals(new BigDecimal("885"), d.priceRanges(Treatment.SPRAVATO).get(0).high());
        assertEquals(new BigDecimal("952.59"), d.priceRanges(Treatment.SPRAVATO).get(1).low());
        assertEquals(new BigDecimal("1356.08"), d.priceRanges(Treatment.SPRAVATO).get(1).high());
        assertEquals("kan-cost", d.value(Treatment.IV_KETAMINE, PlanField.PRICE_PER_SESSION).source().id());
        assertEquals("aca-oop-2026-rule", d.value(Treatment.SPRAVATO, PlanField.OUT_OF_POCKET_REMAINING).source().id());
        assertEquals(new BigDecimal("10600.00"), d.value(Treatment.SPRAVATO, PlanField.OUT_OF_POCKET_REMAINING).value());
    }

    @Test
    void spravatoStartsFromOneSessionPriceThatCoversTheMedicineAndTheWatch() {
        PlannerDefaults.SourcedValue price = bundled().value(Treatment.SPRAVATO, PlanField.PRICE_PER_SESSION);
        assertEquals(new BigDecimal("1356.08"), price.value());
        assertTrue(price.basis().contains("medicine and the 2-hour watch"), price.basis());
        assertTrue(price.basis().contains("reports"), "a figure we could not check is labelled as reported");
        assertFalse(price.value().compareTo(new BigDecimal("885")) == 0, "the 2019 drug-only price is not the session price");
    }

    @ParameterizedTest(name = "{0} + {1}: coverage {2}, kind {3}")
    @CsvSource(nullValues = "null", value = {
            // IV ketamine starts as not paid, whatever the insurance; SPRAVATO follows the answer.
            "IV_KETAMINE, commercial, NO, COMMERCIAL",
            "IV_KETAMINE, medicare, NO, MEDICARE",
            "IV_KETAMINE, medicaid, NO, MEDICAID",
            "IV_KETAMINE, none, NO, NONE",
            "IV_KETAMINE, unsure, NO, COMMERCIAL",
            "IV_KETAMINE, null, NO, COMMERCIAL",
            "SPRAVATO, commercial, YES, COMMERCIAL",
            "SPRAVATO, medicare, YES, MEDICARE",
            "SPRAVATO, medicaid, YES, MEDICAID",
            "SPRAVATO, none, NO, NONE",
            "SPRAVATO, unsure, UNSURE, COMMERCIAL",
            "SPRAVATO, null, YES, COMMERCIAL",
    })
    void theScreeningAnswerSetsTheKindAndTheStartingCoverage(Treatment t, String answer, Coverage coverage,
                                                           InsuranceKind kind) {
        PlanInputs in = bundled().initialInputs(t, answer);
        assertEquals(coverage, in.coverage());
        assertEquals(kind, in.kind());
    }

    @ParameterizedTest(name = "{0}: deductible {1}, {2}%, copay {3}, limit ''{4}'', copay first {5}")
    @CsvSource({
            // kind; deductible; coinsurance; copay; limit text ("" = no limit); starts with a copay
            "COMMERCIAL, 1500, 20, 20, 10600, false",
            "MEDICARE, 283, 20, 0, '', false",
            "MEDICAID, 0, 0, 4, '', true",
            "NONE, 1500, 20, 20, 10600, false",
    })
    void insuranceKindShapesTheStartingNumbers(InsuranceKind kind, String deductible, String coinsurance, String copay,
                                              String limit, boolean copayFirst) {
        var texts = bundled().insuranceTexts(kind);
        assertEquals(deductible, texts.get(PlanField.DEDUCTIBLE_REMAINING));
        assertEquals(coinsurance, texts.get(PlanField.COINSURANCE_PERCENT));
        assertEquals(copay, texts.get(PlanField.COPAY_PER_SESSION));
        assertEquals(limit, texts.get(PlanField.OUT_OF_POCKET_REMAINING));
        assertEquals(copayFirst, bundled().insurance(kind).useCopay());
        assertEquals(!limit.isEmpty(), bundled().insurance(kind).hasCap());
    }

    @Test
    void medicareStartsWithNoCapUnlessThePersonEntersOne() {
        PlanInputs in = bundled().initialInputs(Treatment.SPRAVATO, "medicare");
        assertFalse(in.hasCap());
        PlanSetup setup = PlanForm.evaluate(in).setup();
        assertNull(setup.plan().insurance().outOfPocketRemaining(), "Original Medicare: no out-of-pocket limit");
        assertEquals(new BigDecimal("283.00"), setup.plan().insurance().deductibleRemaining());
        assertEquals(new BigDecimal("20.00"), setup.plan().insurance().coinsurancePercent());
        assertEquals("medicare-costs", bundled().value(Treatment.SPRAVATO, InsuranceKind.MEDICARE,
                PlanField.OUT_OF_POCKET_REMAINING).source().id());
        // 34 sessions of $1,356.08: $283 then 20% of the rest, with nothing to stop it.
        BigDecimal uncapped = PlanForm.evaluate(in).setup().estimate().ifCovered().patientTotal();
        PlanInputs capped = new PlanInputs(in.treatment(), in.texts(), in.spravatoIntervalWeeks(), in.coverage(),
                in.kind(), in.useCopay(), true).withText(PlanField.OUT_OF_POCKET_REMAINING, "3000");
        PlanSetup withCap = PlanForm.evaluate(capped).setup();
        assertEquals(new BigDecimal("3000.00"), withCap.plan().insurance().outOfPocketRemaining());
        assertEquals(new BigDecimal("3000.00"), withCap.estimate().ifCovered().patientSharesTotal());
        assertTrue(uncapped.compareTo(new BigDecimal("9000")) > 0, uncapped.toPlainString());
    }

    @Test
    void timeDefaultsPerTreatment() {
        assertEquals(new BigDecimal("2.50"), bundled().value(Treatment.SPRAVATO, PlanField.CLINIC_HOURS).value());
        assertEquals("spravato-label", bundled().value(Treatment.SPRAVATO, PlanField.CLINIC_HOURS).source().id());
        assertEquals(new BigDecimal("1.50"), bundled().value(Treatment.IV_KETAMINE, PlanField.CLINIC_HOURS).value());
        assertEquals(new BigDecimal("0.00"), bundled().value(Treatment.IV_KETAMINE, PlanField.TRAVEL_HOURS).value());
    }

    private static String edited(Consumer<JsonObject> edit) {
        JsonObject root = JsonParser.parseString(bundledText).getAsJsonObject();
        edit.accept(root);
        return root.toString();
    }

    private static JsonObject iv(JsonObject root) {
        return root.getAsJsonObject("treatments").getAsJsonObject("iv_ketamine");
    }

    private static void assertRefused(String json, String expectedInMessage) {
        ContentException e = assertThrows(ContentException.class, () -> PlannerDefaults.load(json, content::source));
        assertTrue(e.getMessage().startsWith("planner-defaults.json"), e.getMessage());
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    @Test
    void unknownSourceIdIsRefusedByName() {
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").addProperty("source", "made-up")),
                "item 'iv_ketamine', field 'pricePerSession.source': unknown source id 'made-up'");
    }

    @Test
    void missingFieldsAreRefusedByName() {
        assertRefused(edited(r -> iv(r).remove("inductionWeeks")), "field 'inductionWeeks': is missing");
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").remove("asOf")), "pricePerSession.asOf");
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").remove("source")), "pricePerSession.source");
        assertRefused(edited(r -> r.getAsJsonObject("insurance").getAsJsonObject("commercial").remove("coinsurancePercent")),
                "item 'insurance.commercial', field 'coinsurancePercent': is missing");
        assertRefused(edited(r -> r.getAsJsonObject("insurance").remove("medicare")), "field 'medicare': is missing");
        assertRefused(edited(r -> iv(r).remove("clinicHoursPerSession")), "field 'clinicHoursPerSession': is missing");
        assertRefused(edited(r -> r.getAsJsonObject("treatments").remove("spravato")), "spravato");
        assertRefused(edited(r -> r.getAsJsonArray("notes").remove(0)), "one-year");
    }

    @Test
    void badValuesAreRefusedByName() {
        assertRefused(edited(r -> iv(r).getAsJsonObject("horizonWeeks").addProperty("value", 60)), "horizonWeeks.value");
        assertRefused(edited(r -> r.getAsJsonObject("treatments").getAsJsonObject("spravato")
                .getAsJsonObject("maintenanceIntervalWeeks").addProperty("value", 4)), "maintenanceIntervalWeeks");
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").add("source", JsonParser.parseString("null"))),
                "is required unless the value is 0");
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").addProperty("asOf", "last year")),
                "pricePerSession.asOf");
        assertRefused(edited(r -> iv(r).getAsJsonArray("priceRanges").get(0).getAsJsonObject().addProperty("low", 900)),
                "priceRanges[0]");
        JsonElement dup = JsonParser.parseString("{\"id\": \"hsa-fsa\", \"source\": \"irs-pub-502\", \"asOf\": \"2025\"}");
        assertRefused(edited(r -> r.getAsJsonArray("notes").add(dup)), "is used twice");
        assertRefused(edited(r -> r.getAsJsonObject("insurance").getAsJsonObject("medicaid").addProperty("sharing", "both")),
                "item 'insurance.medicaid', field 'sharing': must be deductible or copay");
        assertRefused(edited(r -> r.getAsJsonObject("insurance").getAsJsonObject("medicare")
                .getAsJsonObject("outOfPocketRemaining").add("source", JsonParser.parseString("null"))),
                "is required when there is no limit");
        assertRefused(edited(r -> r.getAsJsonObject("insurance").getAsJsonObject("medicare")
                .getAsJsonObject("deductibleRemaining").add("value", JsonParser.parseString("null"))),
                "deductibleRemaining.value");
        assertRefused("[1]", "one JSON object");
        assertRefused("{", "not valid JSON");
    }
}
