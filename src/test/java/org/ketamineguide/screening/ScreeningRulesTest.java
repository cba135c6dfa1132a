package org.ketamineguide.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineguide.content.Treatment;

/** The programming interface of the screening spec, checked against the spec's own tables. */
class ScreeningRulesTest {
    private static ScreeningRules rules;

    /**
     * The spec's findings table, one answer per row: question, option, spravato, iv_ketamine
     * ("-" means the row does not affect that treatment, so it stays POSSIBLE).
     */
    static final String[] FINDINGS_TABLE = {
            "age, under_18, NOT_ADVISED, NOT_ADVISED",
            "pregnancy, pregnant, NOT_ADVISED, NOT_ADVISED",
            "pregnancy, planning, DISCUSS, DISCUSS",
            "pregnancy, breastfeeding, DISCUSS, DISCUSS",
            "vascular_aneurysm_avm, yes, NOT_ADVISED, NOT_ADVISED",
            "brain_bleed_history, yes, NOT_ADVISED, NOT_ADVISED",
            "ketamine_allergy, yes, NOT_ADVISED, NOT_ADVISED",
            "high_blood_pressure, uncontrolled, NOT_ADVISED, NOT_ADVISED",
            "diagnosis, not_diagnosed, NOT_YET, NOT_YET",
            "diagnosis, other, NOT_YET, NOT_YET",
            "antidepressant_trials, 0, NOT_YET, NOT_YET",
            "antidepressant_trials, 1, NOT_YET, NOT_YET",
            "diagnosis, bipolar_depression, DISCUSS, DISCUSS",
            "antidepressant_trials, unsure, DISCUSS, DISCUSS",
            "high_blood_pressure, controlled, DISCUSS, DISCUSS",
            "high_blood_pressure, unsure, DISCUSS, DISCUSS",
            "heart_disease, yes, DISCUSS, DISCUSS",
            "heart_disease, unsure, DISCUSS, DISCUSS",
            "stroke_or_brain_injury, yes, DISCUSS, NOT_ADVISED",
            "stroke_or_brain_injury, unsure, DISCUSS, DISCUSS",
            "psychosis_history, yes, DISCUSS, DISCUSS",
            "psychosis_history, unsure, DISCUSS, DISCUSS",
            "liver_disease, yes, DISCUSS, DISCUSS",
            "liver_disease, unsure, DISCUSS, DISCUSS",
            "thyroid_untreated, yes, DISCUSS, DISCUSS",
            "thyroid_untreated, unsure, DISCUSS, DISCUSS",
            "bladder_problems, yes, DISCUSS, DISCUSS",
            "bladder_problems, unsure, DISCUSS, DISCUSS",
            "interacting_meds, yes, DISCUSS, DISCUSS",
            "interacting_meds, unsure, DISCUSS, DISCUSS",
            "vascular_aneurysm_avm, unsure, DISCUSS, DISCUSS",
            "brain_bleed_history, unsure, DISCUSS, DISCUSS",
            "ketamine_allergy, unsure, DISCUSS, DISCUSS",
            "substance_use, past, DISCUSS, DISCUSS",
            "substance_use, current, DISCUSS, DISCUSS",
            "substance_use, prefer_not, DISCUSS, DISCUSS",
            "can_stay_2h, no, DISCUSS, -",
            "can_stay_2h, unsure, DISCUSS, -",
            "has_ride, no, DISCUSS, DISCUSS",
            "has_ride, unsure, DISCUSS, DISCUSS",
    };

    /** One row of {@link #FINDINGS_TABLE}. */
    record Row(String question, String option, Suitability spravato, Suitability ivKetamine) {
        static Row parse(String line) {
            String[] f = line.split(",\\s*");
            return new Row(f[0], f[1], value(f[2]), value(f[3]));
        }

        private static Suitability value(String cell) {
            return cell.equals("-") ? Suitability.POSSIBLE : Suitability.valueOf(cell);
        }

        Suitability expected(String treatment) {
            return treatment.equals("spravato") ? spravato : ivKetamine;
        }
    }

    static List<Row> table() {
        return Stream.of(FINDINGS_TABLE).map(Row::parse).toList();
    }

    @BeforeAll
    static void load() {
        rules = ScreeningRules.bundled();
    }

    /** The spec's base case: every other answer no/none, plus the listed answers. */
    static Map<String, String> specBase() {
        Map<String, String> a = new LinkedHashMap<>();
        for (Question q : ScreeningRules.bundled().questions()) {
            q.option("no").or(() -> q.option("none")).ifPresent(o -> a.put(q.id(), o.id()));
        }
        a.put("age", "18_64");
        a.put("diagnosis", "mdd");
        a.put("antidepressant_trials", "2_or_more");
        a.put("can_stay_2h", "yes");
        a.put("has_ride", "yes");
        for (int i = 1; i <= 8; i++) {
            a.put("phq9_" + i, "2");
        }
        a.put("phq9_9", "0");
        return a;
    }

    /**
     * The spec's worked examples (first four rows, exactly as the spec's table), then vignettes for
     * what changed in version 2 and for findings that meet. Each row: the changes to the spec's
     * base answers, urgent, support, spravato, iv_ketamine, PHQ-9 total and band.
     */
    static Stream<Arguments> specExamples() {
        return Stream.of(
                Arguments.of(Map.of(), false, false, "POSSIBLE", "POSSIBLE", 16, "moderately_severe"),
                Arguments.of(Map.of("can_stay_2h", "no"), false, false, "DISCUSS", "POSSIBLE", 16, "moderately_severe"),
                Arguments.of(Map.of("antidepressant_trials", "1", "heart_disease", "yes"), false, false,
                        "NOT_YET", "NOT_YET", 16, "moderately_severe"),
                Arguments.of(Map.of("phq9_9", "1", "safety_thoughts", "yes", "safety_intent", "no",
                        "safety_recent_action", "no"), false, true, "POSSIBLE", "POSSIBLE", 17, "moderately_severe"),
                // version 2: pregnant and planning are two answers
                Arguments.of(Map.of("pregnancy", "pregnant"), false, false, "NOT_ADVISED", "NOT_ADVISED", 16,
                        "moderately_severe"),
                Arguments.of(Map.of("pregnancy", "planning"), false, false, "DISCUSS", "DISCUSS", 16,
                        "moderately_severe"),
                Arguments.of(Map.of("pregnancy", "planning", "antidepressant_trials", "0"), false, false, "NOT_YET",
                        "NOT_YET", 16, "moderately_severe"),
                Arguments.of(Map.of("pregnancy", "pregnant", "antidepressant_trials", "0"), false, false,
                        "NOT_ADVISED", "NOT_ADVISED", 16, "moderately_severe"),
                // version 2: a stroke or brain injury rules out IV ketamine, not Spravato
                Arguments.of(Map.of("stroke_or_brain_injury", "yes"), false, false, "DISCUSS", "NOT_ADVISED", 16,
                        "moderately_severe"),
                Arguments.of(Map.of("stroke_or_brain_injury", "unsure"), false, false, "DISCUSS", "DISCUSS", 16,
                        "moderately_severe"),
                Arguments.of(Map.of("stroke_or_brain_injury", "yes", "antidepressant_trials", "1"), false, false,
                        "NOT_YET", "NOT_ADVISED", 16, "moderately_severe"),
                Arguments.of(Map.of("stroke_or_brain_injury", "yes", "can_stay_2h", "no", "has_ride", "unsure"), false,
                        false, "DISCUSS", "NOT_ADVISED", 16, "moderately_severe"),
                Arguments.of(Map.of("heart_disease", "yes"), false, false, "DISCUSS", "DISCUSS", 16,
                        "moderately_severe"),
                // safety answers never change a treatment's suitability
                Arguments.of(Map.of("phq9_9", "3", "safety_thoughts", "yes", "safety_intent", "yes",
                        "safety_recent_action", "no", "pregnancy", "planning"), true, false, "DISCUSS", "DISCUSS", 19,
                        "moderately_severe"),
                Arguments.of(Map.of("phq9_9", "2", "safety_thoughts", "no", "safety_recent_action", "yes"), true,
                        false, "POSSIBLE", "POSSIBLE", 18, "moderately_severe"),
                Arguments.of(Map.of("phq9_9", "1", "safety_thoughts", "no", "safety_recent_action", "no",
                        "age", "under_18"), false, true, "NOT_ADVISED", "NOT_ADVISED", 17, "moderately_severe"));
    }

    @ParameterizedTest
    @MethodSource("specExamples")
    void specExamplesGiveTheSpecResults(Map<String, String> changes, boolean urgent, boolean support,
                                        Suitability spravato, Suitability iv, int phq9, String band) {
        Map<String, String> answers = specBase();
        answers.putAll(changes);
        ScreeningResult r = rules.evaluate(answers);
        assertEquals(urgent, r.urgent());
        assertEquals(support, r.support());
        assertEquals(spravato, r.suitability("spravato"));
        assertEquals(iv, r.suitability("iv_ketamine"));
        assertEquals(OptionalInt.of(phq9), r.phq9Score());
        assertEquals(band, r.phq9Band().orElseThrow());
    }

    static Stream<Arguments> findingsTable() {
        return table().stream().map(r -> Arguments.of(r.question(), r.option(), r.spravato(), r.ivKetamine()));
    }

    @ParameterizedTest(name = "{0} = {1} gives spravato {2}, iv_ketamine {3}")
    @MethodSource("findingsTable")
    void eachRowOfTheFindingsTable(String question, String option, Suitability spravato, Suitability iv) {
        ScreeningResult r = rules.evaluate(Map.of(question, option));
        assertEquals(spravato, r.suitability("spravato"));
        assertEquals(iv, r.suitability("iv_ketamine"));
        for (String treatment : List.of("spravato", "iv_ketamine")) {
            List<Finding> findings = r.findings(treatment);
            if (r.suitability(treatment) == Suitability.POSSIBLE) {
                assertTrue(findings.isEmpty(), treatment + ": " + findings);
            } else {
                assertEquals(1, findings.size(), treatment + ": " + findings);
                Finding f = findings.get(0);
                assertEquals(question, f.questionId());
                assertEquals(option, f.optionId());
                assertEquals(treatment, f.treatmentId());
                assertEquals(r.suitability(treatment), f.suitability());
                assertFalse(f.explanation().isBlank());
                assertFalse(f.topicId().isBlank());
                assertFalse(f.sourceId().isBlank());
                assertFalse(f.rule().isBlank());
            }
        }
    }

    @Test
    void everyAnswerNotInTheTableGivesNoFinding() {
        Set<String> inTable = new java.util.HashSet<>();
        table().forEach(r -> inTable.add(r.question() + "=" + r.option()));
        for (Question q : rules.questions()) {
            for (Option o : q.options()) {
                if (inTable.contains(q.id() + "=" + o.id())) {
                    continue;
                }
                ScreeningResult r = rules.evaluate(Map.of(q.id(), o.id()));
                assertTrue(r.findings().isEmpty(), q.id() + "=" + o.id() + " gave " + r.findings());
                assertEquals(Suitability.POSSIBLE, r.suitability("spravato"), q.id() + "=" + o.id());
                assertEquals(Suitability.POSSIBLE, r.suitability("iv_ketamine"), q.id() + "=" + o.id());
            }
        }
    }

    @Test
    void forEveryPairOfFindingsTheMoreSevereSuitabilityWins() {
        List<Row> rows = table();
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Row a = rows.get(i);
                Row b = rows.get(j);
                if (a.question().equals(b.question())) {
                    continue; // one question has one answer
                }
                pairs++;
                ScreeningResult r = rules.evaluate(Map.of(a.question(), a.option(), b.question(), b.option()));
                for (String t : List.of("spravato", "iv_ketamine")) {
                    Suitability expected = a.expected(t).compareTo(b.expected(t)) >= 0 ? a.expected(t) : b.expected(t);
                    if (r.suitability(t) != expected) {
                        failures.add(a + " + " + b + " " + t + ": " + r.suitability(t));
                    }
                }
            }
        }
        assertTrue(pairs > 600, "pairs checked: " + pairs);
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void forEveryThreeFindingsTheMostSevereSuitabilityWins() {
        List<Row> rows = table();
        List<String> failures = new ArrayList<>();
        int triples = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                for (int k = j + 1; k < rows.size(); k++) {
                    Row a = rows.get(i);
                    Row b = rows.get(j);
                    Row c = rows.get(k);
                    if (new java.util.HashSet<>(List.of(a.question(), b.question(), c.question())).size() < 3) {
                        continue;
                    }
                    triples++;
                    ScreeningResult r = rules.evaluate(Map.of(a.question(), a.option(), b.question(), b.option(),
                            c.question(), c.option()));
                    for (String t : List.of("spravato", "iv_ketamine")) {
                        Suitability expected = a.expected(t).worst(b.expected(t)).worst(c.expected(t));
                        if (r.suitability(t) != expected) {
                            failures.add(a + " + " + b + " + " + c + " " + t + ": " + r.suitability(t));
                        }
                    }
                }
            }
        }
        assertTrue(triples > 8000, "triples checked: " + triples);
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.stream().limit(3).toList());
    }

    @Test
    void theVersionOneAnswerPregnantOrPlanningIsUnknown() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> rules.evaluate(Map.of("pregnancy", "pregnant_or_planning")));
        assertTrue(e.getMessage().contains("pregnant_or_planning") && e.getMessage().contains("pregnancy"),
                e.getMessage());
    }

    @Test
    void severityOrderIsTheSpecOrder() {
        assertEquals(List.of(Suitability.POSSIBLE, Suitability.DISCUSS, Suitability.NOT_YET, Suitability.NOT_ADVISED),
                List.of(Suitability.values()));
        assertEquals(Suitability.NOT_ADVISED, Suitability.DISCUSS.worst(Suitability.NOT_ADVISED));
        assertEquals(Suitability.NOT_YET, Suitability.NOT_YET.worst(Suitability.DISCUSS));
    }

    static Stream<Arguments> safetyCombinations() {
        List<String> yesNo = java.util.Arrays.asList(null, "yes", "no");
        List<String> item9 = java.util.Arrays.asList(null, "0", "1", "2", "3");
        List<Arguments> out = new ArrayList<>();
        for (String thoughts : yesNo) {
            for (String intent : yesNo) {
                for (String action : yesNo) {
                    for (String phq9 : item9) {
                        out.add(Arguments.of(thoughts, intent, action, phq9));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "thoughts={0} intent={1} action={2} phq9_9={3}")
    @MethodSource("safetyCombinations")
    void urgentAndSupportFollowTheSpecForEverySafetyCombination(String thoughts, String intent, String action,
                                                                 String phq9) {
        Map<String, String> answers = new HashMap<>();
        put(answers, "safety_thoughts", thoughts);
        put(answers, "safety_intent", intent);
        put(answers, "safety_recent_action", action);
        put(answers, "phq9_9", phq9);
        boolean urgent = "yes".equals(intent) || "yes".equals(action);
        boolean support = !urgent && ((phq9 != null && Integer.parseInt(phq9) >= 1) || "yes".equals(thoughts));

        ScreeningResult r = rules.evaluate(answers);
        assertEquals(urgent, r.urgent(), "urgent");
        assertEquals(support, r.support(), "support");
        assertTrue(r.findings().isEmpty(), "safety answers are not findings");
    }

    private static void put(Map<String, String> answers, String question, String option) {
        if (option != null) {
            answers.put(question, option);
        }
    }

    @ParameterizedTest
    @CsvSource({"0, minimal", "4, minimal", "5, mild", "9, mild", "10, moderate", "14, moderate",
            "15, moderately_severe", "19, moderately_severe", "20, severe", "27, severe"})
    void phq9TotalAndBand(int total, String band) {
        Map<String, String> answers = new HashMap<>();
        int left = total;
        for (int i = 1; i <= 9; i++) {
            int item = Math.min(3, left);
            answers.put("phq9_" + i, String.valueOf(item));
            left -= item;
        }
        ScreeningResult r = rules.evaluate(answers);
        assertEquals(OptionalInt.of(total), r.phq9Score());
        assertEquals(band, r.phq9Band().orElseThrow());
    }

    @Test
    void phq9ScoreOnlyWhenAllNineItemsAreAnswered() {
        Map<String, String> answers = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            answers.put("phq9_" + i, "3");
        }
        ScreeningResult r = rules.evaluate(answers);
        assertTrue(r.phq9Score().isEmpty());
        assertTrue(r.phq9Band().isEmpty());
        assertTrue(r.unanswered().contains("phq9_9"));
    }

    @Test
    void unknownQuestionIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> rules.evaluate(Map.of("shoe_size", "10")));
        assertTrue(e.getMessage().contains("shoe_size"), e.getMessage());
    }

    @Test
    void unknownOptionIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> rules.evaluate(Map.of("age", "ancient")));
        assertTrue(e.getMessage().contains("ancient") && e.getMessage().contains("age"), e.getMessage());
    }

    @Test
    void unknownTreatmentIsRefusedByName() {
        ScreeningResult r = rules.evaluate(Map.of());
        var e = assertThrows(IllegalArgumentException.class, () -> r.suitability("aspirin"));
        assertTrue(e.getMessage().contains("unknown treatment id") && e.getMessage().contains("aspirin"));
        assertThrows(IllegalArgumentException.class, () -> r.findings("aspirin"));
    }

    @Test
    void noAnswersMeansEverythingUnansweredAndPossible() {
        ScreeningResult r = rules.evaluate(Map.of());
        assertEquals(rules.questions().size(), r.unanswered().size());
        assertEquals(Suitability.POSSIBLE, r.suitability("spravato"));
        assertEquals(Suitability.POSSIBLE, r.suitability("iv_ketamine"));
        assertFalse(r.urgent());
        assertFalse(r.support());
    }

    @Test
    void safetyAnswersCountEvenWhenItem9IsZero() {
        ScreeningResult r = rules.evaluate(Map.of("phq9_9", "0", "safety_recent_action", "yes"));
        assertTrue(r.urgent());
    }

    @Test
    void findingsCarryQuestionAnswerTopicAndSource() {
        ScreeningResult r = rules.evaluate(Map.of("vascular_aneurysm_avm", "yes"));
        Finding f = r.findings("spravato").get(0);
        assertEquals("vascular_aneurysm_avm", f.questionId());
        assertEquals("yes", f.optionId());
        assertEquals("spravato-label", f.sourceId());
        assertEquals("who-may-be-a-candidate", f.topicId());
        assertEquals(Suitability.NOT_ADVISED, f.suitability());
    }

    @Test
    void treatmentsAreTheSpecTreatments() {
        assertEquals(List.of("spravato", "iv_ketamine"), rules.treatments().stream().map(Treatment::id).toList());
        assertEquals("Esketamine nasal spray (Spravato)", rules.treatmentName("spravato"));
        assertEquals("IV ketamine infusions (off-label)", rules.treatmentName("iv_ketamine"));
    }

    @Test
    void age65AndInsuranceAreInformationNotFindings() {
        ScreeningResult r = rules.evaluate(Map.of("age", "65_plus", "insurance", "none", "psychotherapy_tried", "no"));
        assertTrue(r.findings().isEmpty());
        assertEquals(3, r.notes().size());
    }

    @Test
    void hiddenAnswersAreDroppedOnlyWhenTheirConditionFails() {
        Map<String, String> answers = Map.of("phq9_9", "0", "safety_thoughts", "yes", "safety_intent", "no");
        assertEquals(Map.of("phq9_9", "0"), rules.withoutHidden(answers, Set.of()));
        assertEquals(answers, rules.withoutHidden(answers, Set.of("safety")), "a counselor opened the section");
        assertEquals(Map.of("phq9_9", "2", "safety_thoughts", "no"),
                rules.withoutHidden(Map.of("phq9_9", "2", "safety_thoughts", "no", "safety_intent", "yes"), Set.of()));
    }

    @Test
    void questionIdsAndOptionIdsAreTheSpecIds() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("age", "under_18 18_64 65_plus");
        expected.put("pregnancy", "pregnant planning breastfeeding no not_applicable");
        expected.put("diagnosis", "mdd bipolar_depression other not_diagnosed");
        expected.put("antidepressant_trials", "0 1 2_or_more unsure");
        expected.put("psychotherapy_tried", "yes no");
        for (int i = 1; i <= 9; i++) {
            expected.put("phq9_" + i, "0 1 2 3");
        }
        expected.put("safety_thoughts", "yes no");
        expected.put("safety_intent", "yes no");
        expected.put("safety_recent_action", "yes no");
        for (String q : List.of("vascular_aneurysm_avm", "brain_bleed_history", "ketamine_allergy")) {
            expected.put(q, "yes no unsure");
        }
        expected.put("high_blood_pressure", "no controlled uncontrolled unsure");
        for (String q : List.of("heart_disease", "stroke_or_brain_injury", "psychosis_history")) {
            expected.put(q, "yes no unsure");
        }
        expected.put("substance_use", "none past current prefer_not");
        for (String q : List.of("liver_disease", "thyroid_untreated", "bladder_problems", "interacting_meds",
                "can_stay_2h", "has_ride")) {
            expected.put(q, "yes no unsure");
        }
        expected.put("insurance", "commercial medicare medicaid none unsure");

        Map<String, String> actual = new LinkedHashMap<>();
        for (Question q : rules.questions()) {
            actual.put(q.id(), String.join(" ", q.options().stream().map(Option::id).toList()));
        }
        assertEquals(expected, actual);
    }
}
