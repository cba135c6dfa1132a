package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketamineguide.planner.PlanSamples.usd;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.content.Treatment;

class PlanFileTest {

    /** The spec example with one field replaced (a JSON fragment) or removed ("-"). */
    private static String exampleWith(String path, String json) {
        JsonObject root = JsonParser.parseString(PlanSamples.SPEC_EXAMPLE).getAsJsonObject();
        PlanSamples.edit(root, path, json);
        return root.toString();
    }

    @Test
    void readsTheSpecExample() {
        CostPlan plan = CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE);
        assertEquals(Treatment.SPRAVATO, plan.treatment());
        assertEquals(26, plan.horizonWeeks());
        assertEquals(usd("900.00"), plan.pricePerSession());
        assertEquals(2, plan.maintenanceIntervalWeeks());
        assertTrue(plan.insurance().covered());
        assertEquals(usd("20.00"), plan.insurance().coinsurancePercent());
        assertNull(plan.insurance().copayPerSession());
        assertEquals(usd("5000.00"), plan.insurance().outOfPocketRemaining());
    }

    @ParameterizedTest(name = "{0} = {1} is refused naming {2}")
    @CsvSource(delimiter = ';', value = {
            // field to change; new JSON value or - to remove; field the message must name; problem
            "version; -; version; MISSING",
            "version; 2; version; UNKNOWN_VERSION",
            "version; '\"1\"'; version; NOT_A_NUMBER",
            "treatment; -; treatment; MISSING",
            "treatment; '\"ketamine_troche\"'; treatment; UNKNOWN_TREATMENT",
            "treatment; '\"Spravato\"'; treatment; UNKNOWN_TREATMENT",
            "treatment; 3; treatment; NOT_TEXT",
            "horizonWeeks; -; horizonWeeks; MISSING",
            "horizonWeeks; 0; horizonWeeks; OUT_OF_RANGE",
            "horizonWeeks; 53; horizonWeeks; OUT_OF_RANGE",
            "horizonWeeks; -1; horizonWeeks; NEGATIVE",
            "horizonWeeks; 26.5; horizonWeeks; NOT_WHOLE",
            "horizonWeeks; '\"26\"'; horizonWeeks; NOT_A_NUMBER",
            "horizonWeeks; null; horizonWeeks; MISSING",
            "horizonWeeks; 1e400; horizonWeeks; OUT_OF_RANGE",
            "pricePerSession; -; pricePerSession; MISSING",
            "pricePerSession; -0.01; pricePerSession; NEGATIVE",
            "pricePerSession; 100000.01; pricePerSession; OUT_OF_RANGE",
            "pricePerSession; 900.001; pricePerSession; TOO_MANY_DECIMALS",
            "pricePerSession; '\"$900\"'; pricePerSession; NOT_A_NUMBER",
            "pricePerSession; true; pricePerSession; NOT_A_NUMBER",
            "pricePerSession; 1e999999999; pricePerSession; OUT_OF_RANGE",
            "maintenanceIntervalWeeks; -; maintenanceIntervalWeeks; MISSING",
            "maintenanceIntervalWeeks; 0; maintenanceIntervalWeeks; SPRAVATO_INTERVAL",
            "maintenanceIntervalWeeks; 3; maintenanceIntervalWeeks; SPRAVATO_INTERVAL",
            "maintenanceIntervalWeeks; 27; maintenanceIntervalWeeks; OUT_OF_RANGE",
            "inductionSessions; 13; inductionSessions; OUT_OF_RANGE",
            "inductionWeeks; 0; inductionWeeks; OUT_OF_RANGE",
            "oneTimeFees; -; oneTimeFees; MISSING",
            "oneTimeFees; 100001; oneTimeFees; OUT_OF_RANGE",
            "extraPerSession; -; extraPerSession; MISSING",
            "extraPerSession; 10000.01; extraPerSession; OUT_OF_RANGE",
            "insurance; -; insurance; MISSING",
            "insurance; '[]'; insurance; NOT_OBJECT",
            "insurance.covered; -; insurance.covered; MISSING",
            "insurance.covered; '\"yes\"'; insurance.covered; NOT_TRUE_FALSE",
            "insurance.deductibleRemaining; -; insurance.deductibleRemaining; MISSING",
            "insurance.deductibleRemaining; -5; insurance.deductibleRemaining; NEGATIVE",
            "insurance.coinsurancePercent; -; insurance.coinsurancePercent; MISSING",
            "insurance.coinsurancePercent; 101; insurance.coinsurancePercent; OUT_OF_RANGE",
            "insurance.coinsurancePercent; '\"20%\"'; insurance.coinsurancePercent; NOT_A_NUMBER",
            "insurance.copayPerSession; -1; insurance.copayPerSession; NEGATIVE",
            "insurance.outOfPocketRemaining; -1; insurance.outOfPocketRemaining; NEGATIVE",
    })
    void badFieldsAreRefusedByName(String path, String json, String named, PlanProblem problem) {
        PlanFileException e = assertThrows(PlanFileException.class, () -> CostPlan.fromJson(exampleWith(path, json)));
        assertEquals(named, e.field());
        assertEquals(problem, e.problem());
        assertTrue(e.getMessage().startsWith(named + ":"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "[]", "42", "\"plan\"", "{\"version\": 1,}", "{version: 1}",
            "{\"version\": 1} {\"version\": 1}", "{'version': 1}", "// comment\n{}", "{\"version\": NaN}"})
    void malformedFilesAreRefused(String text) {
        PlanFileException e = assertThrows(PlanFileException.class, () -> CostPlan.fromJson(text));
        assertEquals("file", e.field());
        assertEquals(PlanProblem.MALFORMED, e.problem());
    }

    @Test
    void nullTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CostPlan.fromJson(null));
    }

    @Test
    void ivPlanNeedsItsSeries() {
        String iv = exampleWith("treatment", "\"iv_ketamine\"");
        String noSessions = JsonParser.parseString(iv).getAsJsonObject().deepCopy().toString()
                .replace("\"inductionSessions\":6,", "");
        PlanFileException e = assertThrows(PlanFileException.class, () -> CostPlan.fromJson(noSessions));
        assertEquals("inductionSessions", e.field());
        assertEquals(PlanProblem.MISSING, e.problem());
    }

    @Test
    void spravatoPlanMayLeaveOutTheIvSeries() {
        String json = exampleWith("inductionSessions", "-");
        CostPlan plan = CostPlan.fromJson(json.replace("\"inductionWeeks\":3,", ""));
        assertNull(plan.inductionSessions());
        assertNull(plan.inductionWeeks());
        assertEquals(21, CostEstimator.estimate(plan).sessions());
    }

    @Test
    void ivPlanAllowsNoBoostersAndEveryIntervalUpTo26() {
        String iv = exampleWith("treatment", "\"iv_ketamine\"");
        assertEquals(0, CostPlan.fromJson(iv.replace("\"maintenanceIntervalWeeks\":2", "\"maintenanceIntervalWeeks\":0"))
                .maintenanceIntervalWeeks());
        assertEquals(26, CostPlan.fromJson(iv.replace("\"maintenanceIntervalWeeks\":2", "\"maintenanceIntervalWeeks\":26"))
                .maintenanceIntervalWeeks());
    }

    @Test
    void selfPayNeedsNoOtherInsuranceFields() {
        String json = PlanSamples.SPEC_EXAMPLE.replaceAll("(?s)\"insurance\": \\{.*?\\}", "\"insurance\": {\"covered\": false}");
        CostEstimate e = CostEstimator.estimate(CostPlan.fromJson(json));
        assertEquals(e.billedTotal(), e.patientTotal());
        assertEquals(usd("0.00"), e.insurerTotal());
    }

    @Test
    void copayPlanNeedsNoDeductible() {
        String json = PlanSamples.SPEC_EXAMPLE.replaceAll("(?s)\"insurance\": \\{.*?\\}",
                "\"insurance\": {\"covered\": true, \"copayPerSession\": 40}");
        assertEquals(usd("40.00"), CostPlan.fromJson(json).insurance().copayPerSession());
    }

    @Test
    void zeroPriceAndZeroFeesAreAllowed() {
        CostPlan plan = CostPlan.fromJson(exampleWith("pricePerSession", "0"));
        assertEquals(usd("0.00"), CostEstimator.estimate(plan).insurerTotal());
    }

    @Test
    void unknownExtraFieldsAreIgnored() {
        CostPlan plan = CostPlan.fromJson(exampleWith("note", "\"from my clinic\""));
        assertEquals(CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE), plan);
    }

    @Test
    void writingThenReadingGivesTheSamePlan() {
        CostPlan plan = CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE);
        String written = plan.toJson();
        assertEquals(plan, CostPlan.fromJson(written));
        assertTrue(written.contains("\"treatment\": \"spravato\""), written);
        assertTrue(written.contains("\"pricePerSession\": 900.00"), written);
        assertTrue(written.contains("\"coinsurancePercent\": 20,"), written);
        assertTrue(written.contains("\"copayPerSession\": null"), written);
    }

    @Test
    void roundTripKeepsNullsAndFractions() {
        CostPlan plan = new CostPlan(Treatment.IV_KETAMINE, 40, usd("612.34"), 6, 3, 4, usd("0"), usd("12.5"),
                new Insurance(true, usd("250.5"), usd("12.5"), usd("35"), null));
        assertEquals(plan, CostPlan.fromJson(plan.toJson()));
        CostPlan selfPay = plan.withInsurance(Insurance.selfPay());
        assertEquals(selfPay, CostPlan.fromJson(selfPay.toJson()));
    }

    @Test
    void constructorRefusesBadPlansByName() {
        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanSamples.spravato(26, 4, "900",
                Insurance.selfPay()));
        assertEquals("maintenanceIntervalWeeks", e.field());
        assertThrows(IllegalArgumentException.class, () -> PlanSamples.iv(26, 6, 3, 4, "900",
                Insurance.deductible(usd("0"), null, null)));
    }
}
