package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ketamineguide.planner.PlanSamples.usd;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.Treatment;

/** Plan files of version 2 hold one plan or the two plans of a comparison; version 1 still opens. */
class ComparisonFileTest {

    private static PlanFile.Entry ivSelfPay() {
        CostPlan plan = new CostPlan(Treatment.IV_KETAMINE, 52, usd("600"), 6, 3, 4, usd("350"), usd("20"),
                new Insurance(false, usd("1500"), usd("20"), null, usd("10600")));
        return new PlanFile.Entry("Plan A", new PlanSetup(plan, Coverage.NO, InsuranceKind.COMMERCIAL,
                new VisitTime(usd("1.5"), usd("1"))));
    }

    private static PlanFile.Entry spravatoUnsure() {
        CostPlan plan = CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE);
        return new PlanFile.Entry("Plan B", new PlanSetup(plan, Coverage.UNSURE, InsuranceKind.MEDICARE,
                new VisitTime(usd("2.5"), usd("0.75"))));
    }

    private static String comparison() {
        return PlanFile.of(List.of(ivSelfPay(), spravatoUnsure())).toJson();
    }

    /** The comparison file with one field of one plan replaced (a JSON fragment) or removed ("-"). */
    private static String comparisonWith(int plan, String path, String json) {
        JsonObject root = JsonParser.parseString(comparison()).getAsJsonObject();
        PlanSamples.edit(root.getAsJsonArray("plans").get(plan).getAsJsonObject(), path, json);
        return root.toString();
    }

    @Test
    void bothPlansAreSavedWithTheirNamesAndReopenAsTheComparison() {
        String json = comparison();
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(2, root.get("version").getAsInt());
        JsonArray plans = root.getAsJsonArray("plans");
        assertEquals(2, plans.size());
        assertEquals("Plan A", plans.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("unsure", plans.get(1).getAsJsonObject().get("coverage").getAsString());
        assertEquals("medicare", plans.get(1).getAsJsonObject().get("insuranceKind").getAsString());
        assertEquals(0.75, plans.get(1).getAsJsonObject().get("travelHoursPerSession").getAsDouble());
        assertEquals(1, plans.get(1).getAsJsonObject().getAsJsonObject("plan").get("version").getAsInt(),
                "each plan inside is a version-1 plan");

        PlanFile back = PlanFile.fromJson(json);
        assertEquals(2, back.version());
        assertEquals(List.of(ivSelfPay(), spravatoUnsure()), back.plans());
        assertEquals(usd("5855.00"), back.plans().get(1).setup().estimate().ifCovered().patientTotal(),
                "the spec example inside a comparison is still exact");
    }

    @Test
    void oneSavedPlanReopensAsOnePlan() {
        PlanFile back = PlanFile.fromJson(PlanFile.of(List.of(spravatoUnsure())).toJson());
        assertEquals(List.of(spravatoUnsure()), back.plans());
    }

    @Test
    void aVersionOneFileStillOpensAsOnePlan() {
        PlanFile file = PlanFile.fromJson(PlanSamples.SPEC_EXAMPLE);
        assertEquals(1, file.version());
        assertEquals(1, file.plans().size());
        PlanSetup setup = file.plans().get(0).setup();
        assertNull(file.plans().get(0).name());
        assertEquals(CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE), setup.plan());
        assertEquals(Coverage.YES, setup.coverage(), "covered: true in version 1 means the plan pays");
        assertNull(setup.insuranceKind());
        assertNull(setup.time());
        assertEquals(usd("5855.00"), setup.estimate().main().patientTotal());
        String selfPay = PlanSamples.SPEC_EXAMPLE.replace("\"covered\": true", "\"covered\": false");
        assertEquals(Coverage.NO, PlanFile.fromJson(selfPay).plans().get(0).setup().coverage());
    }

    @Test
    void costPlanFromJsonStillReadsOnlyVersionOne() {
        PlanFileException e = assertThrows(PlanFileException.class, () -> CostPlan.fromJson(comparison()));
        assertEquals("version", e.field());
        assertEquals(PlanProblem.UNKNOWN_VERSION, e.problem());
    }

    @ParameterizedTest(name = "plan {0}: {1} = {2} is refused naming {3}")
    @CsvSource(delimiter = ';', value = {
            // plan index; field; new JSON value or - to remove; field the message names; problem
            "1; name; -; plans[1].name; MISSING",
            "1; name; '\"  \"'; plans[1].name; MISSING",
            "0; name; 7; plans[0].name; NOT_TEXT",
            "1; coverage; '\"maybe\"'; plans[1].coverage; UNKNOWN_CHOICE",
            "1; coverage; -; plans[1].coverage; MISSING",
            "0; coverage; '\"yes\"'; plans[0].coverage; CONFLICT",
            "1; insuranceKind; '\"tricare\"'; plans[1].insuranceKind; UNKNOWN_CHOICE",
            "1; insuranceKind; '\"none\"'; plans[1].coverage; CONFLICT",
            "0; clinicHoursPerSession; 25; plans[0].clinicHoursPerSession; OUT_OF_RANGE",
            "1; travelHoursPerSession; -; plans[1].travelHoursPerSession; MISSING",
            "1; travelHoursPerSession; '\"1h\"'; plans[1].travelHoursPerSession; NOT_A_NUMBER",
            "1; plan; -; plans[1].plan; MISSING",
            "1; plan; '[]'; plans[1].plan; NOT_OBJECT",
            "1; plan.version; 2; plans[1].plan.version; UNKNOWN_VERSION",
            "1; plan.pricePerSession; -5; plans[1].plan.pricePerSession; NEGATIVE",
            "1; plan.maintenanceIntervalWeeks; 3; plans[1].plan.maintenanceIntervalWeeks; SPRAVATO_INTERVAL",
            "1; plan.insurance.covered; '\"yes\"'; plans[1].plan.insurance.covered; NOT_TRUE_FALSE",
            "0; plan.treatment; '\"lozenge\"'; plans[0].plan.treatment; UNKNOWN_TREATMENT",
    })
    void aDamagedComparisonIsRefusedWholeByFieldName(int plan, String path, String json, String named,
                                                     PlanProblem problem) {
        PlanFileException e = assertThrows(PlanFileException.class,
                () -> PlanFile.fromJson(comparisonWith(plan, path, json)));
        assertEquals(named, e.field());
        assertEquals(problem, e.problem());
        assertTrue(e.getMessage().startsWith(named + ":"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "no plans; {\"version\": 2, \"plans\": []}; plans; NOT_LIST",
            "three plans; {\"version\": 2, \"plans\": [{}, {}, {}]}; plans; NOT_LIST",
            "plans not a list; {\"version\": 2, \"plans\": {}}; plans; NOT_LIST",
            "plans missing; {\"version\": 2}; plans; MISSING",
            "a plan that is not an object; {\"version\": 2, \"plans\": [1]}; plans[0]; NOT_OBJECT",
            "version 3; {\"version\": 3, \"plans\": []}; version; UNKNOWN_VERSION",
            "no version; {\"plans\": []}; version; MISSING",
    })
    void aDamagedFileShapeIsRefusedByName(String label, String json, String named, PlanProblem problem) {
        PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFile.fromJson(json));
        assertEquals(named, e.field());
        assertEquals(problem, e.problem());
    }

    @Test
    void aPlanWithoutKindOrTimeCannotBeWrittenAsVersionTwo() {
        PlanFile file = PlanFile.of(List.of(new PlanFile.Entry("Plan A",
                PlanSetup.ofVersion1(CostPlan.fromJson(PlanSamples.SPEC_EXAMPLE)))));
        assertThrows(IllegalArgumentException.class, file::toJson);
    }
}
