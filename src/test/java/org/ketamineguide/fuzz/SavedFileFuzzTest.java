package org.ketamineguide.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.ketamineguide.planner.CostEstimator;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.PlanFile;
import org.ketamineguide.screening.SavedScreening;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.testing.Fuzz;
import org.ketamineguide.testing.JsonMutator;

/**
 * Feeds the saved-screening reader and the plan-file reader damaged files: every one either loads
 * (and then works) or is refused with a plain message. Nothing else may happen.
 */
class SavedFileFuzzTest {
    private static final String PLAN = """
            {"version": 1, "treatment": "spravato", "horizonWeeks": 26, "pricePerSession": 900.00,
             "inductionSessions": 6, "inductionWeeks": 3, "maintenanceIntervalWeeks": 2, "oneTimeFees": 350.00,
             "extraPerSession": 25.00, "insurance": {"covered": true, "deductibleRemaining": 1500.00,
             "coinsurancePercent": 20, "copayPerSession": null, "outOfPocketRemaining": 5000.00}}""";
    private static final String IV_PLAN = """
            {"version": 1, "treatment": "iv_ketamine", "horizonWeeks": 52, "pricePerSession": 450,
             "inductionSessions": 6, "inductionWeeks": 3, "maintenanceIntervalWeeks": 4, "oneTimeFees": 0,
             "extraPerSession": 0, "insurance": {"covered": false}}""";

    /** The outcome of one input: loaded, refused with a message, or anything else (a failure). */
    private record Tally(int loaded, int refused) {
    }

    private static Tally fuzz(String name, String[] seeds, Function<String, Boolean> load) {
        long seed = Fuzz.seed();
        Random random = new Random(seed);
        JsonMutator mutator = new JsonMutator(random);
        int loaded = 0;
        int refused = 0;
        for (int i = 0; i < Fuzz.iterations(); i++) {
            String input = mutator.mutate(seeds[random.nextInt(seeds.length)]);
            try {
                if (load.apply(input)) {
                    loaded++;
                } else {
                    refused++;
                }
            } catch (RuntimeException | StackOverflowError e) {
                fail(name + ": seed " + seed + ", input " + i + " threw " + e + "\n" + input, e);
            }
        }
        System.out.printf("%s fuzz: %d loaded, %d refused (seed %d)%n", name, loaded, refused, seed);
        assertEquals(Fuzz.iterations(), loaded + refused);
        assertTrue(refused > 0, "the mutations must damage some files");
        return new Tally(loaded, refused);
    }

    private static void assertPlain(String message) {
        assertTrue(message != null && !message.isBlank(), "blank message");
        assertFalse(message.contains("Exception") || message.contains("\tat "), () -> "technical message: " + message);
    }

    @Test
    void damagedPlanFilesLoadOrAreRefusedByName() {
        fuzz("plan file", new String[] {PLAN, IV_PLAN}, text -> {
            CostPlan plan;
            try {
                plan = CostPlan.fromJson(text);
            } catch (IllegalArgumentException e) {
                assertPlain(e.getMessage());
                return false;
            }
            var estimate = CostEstimator.estimate(plan);
            assertTrue(estimate.patientTotal().signum() >= 0, "a loaded plan gives a sane estimate");
            assertEquals(plan, CostPlan.fromJson(plan.toJson()), "a loaded plan saves and reloads unchanged");
            return true;
        });
    }

    private static final String COMPARISON = """
            {"version": 2, "plans": [
             {"name": "Plan A", "coverage": "no", "insuranceKind": "commercial", "clinicHoursPerSession": 1.5,
              "travelHoursPerSession": 1, "plan": %s},
             {"name": "Plan B", "coverage": "unsure", "insuranceKind": "medicare", "clinicHoursPerSession": 2.5,
              "travelHoursPerSession": 0.5, "plan": %s}]}""".formatted(IV_PLAN, PLAN);

    @Test
    void damagedComparisonFilesLoadWholeOrAreRefusedByName() {
        fuzz("comparison file", new String[] {COMPARISON, PLAN}, text -> {
            PlanFile file;
            try {
                file = PlanFile.fromJson(text);
            } catch (IllegalArgumentException e) {
                assertPlain(e.getMessage());
                return false;
            }
            for (PlanFile.Entry entry : file.plans()) {
                var estimate = entry.setup().estimate();
                assertTrue(estimate.main().patientTotal().signum() >= 0, "a loaded plan gives a sane estimate");
            }
            if (file.version() == PlanFile.FORMAT_VERSION) {
                assertEquals(file, PlanFile.fromJson(file.toJson()), "a loaded file saves and reloads unchanged");
            }
            return true;
        });
    }

    @Test
    void damagedSavedScreeningsLoadOrAreRefused() {
        ScreeningRules rules = ScreeningRules.bundled();
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("age", "18_64");
        answers.put("diagnosis", "mdd");
        answers.put("antidepressant_trials", "2_or_more");
        for (int i = 1; i <= 9; i++) {
            answers.put("phq9_" + i, i == 9 ? "1" : "2");
        }
        answers.put("safety_thoughts", "yes");
        answers.put("safety_intent", "no");
        answers.put("safety_recent_action", "no");
        answers.put("insurance", "commercial");
        String full = SavedScreening.toJson(rules, answers);
        String small = SavedScreening.toJson(rules, Map.of("age", "under_18"));
        fuzz("saved screening", new String[] {full, small}, text -> {
            Map<String, String> loaded;
            try {
                loaded = SavedScreening.parse(text, rules);
            } catch (SavedScreening.Refused e) {
                assertPlain(e.getMessage());
                return false;
            }
            rules.evaluate(loaded);
            return true;
        });
    }
}
