package org.ketamineguide.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Source;

/**
 * What the findings say, against what their sources say: each treatment's card speaks only of its
 * own treatment and source, one clinic's practice is never "clinics", and the rules that spec v2
 * changed say what the product information says, in strength as well as substance.
 */
class ScreeningFindingTextTest {
    private static final ScreeningRules RULES = ScreeningRules.bundled();
    private static final ContentRepository CONTENT = ContentRepository.bundled();
    /** "clinics" that is not "some clinics": a claim about clinics in general needs more than one clinic. */
    private static final Pattern CLINICS_IN_GENERAL = Pattern.compile("(?<!some )\\bclinics\\b",
            Pattern.CASE_INSENSITIVE);

    static Stream<Arguments> effects() {
        List<Arguments> out = new ArrayList<>();
        for (FindingRule f : RULES.findingRules()) {
            f.effects().forEach((treatment, e) -> out.add(Arguments.of(f.id(), treatment, e)));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("effects")
    void eachCardSpeaksOnlyOfItsOwnTreatment(String finding, String treatment, FindingRule.Effect effect) {
        String text = effect.explanation();
        if (treatment.equals("iv_ketamine")) {
            assertFalse(text.contains("Spravato"), text);
        } else {
            assertFalse(text.toLowerCase(Locale.ROOT).matches(".*(ketamine label|iv ketamine|infusion).*"), text);
        }
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("effects")
    void noFindingSpeaksForClinicsInGeneral(String finding, String treatment, FindingRule.Effect effect) {
        for (String text : List.of(effect.explanation(), effect.rule())) {
            assertFalse(CLINICS_IN_GENERAL.matcher(text).find(), finding + ": " + text);
        }
        Source source = CONTENT.source(effect.sourceId()).orElseThrow();
        if (source.publisher().contains("(clinic)")) {
            assertTrue(effect.explanation().contains("some clinics") || effect.explanation().contains("Some clinics"),
                    finding + " rests on one clinic's page, so it must say \"some clinics\": " + effect.explanation());
        }
    }

    @ParameterizedTest(name = "{0} for {1}")
    @MethodSource("effects")
    void aCardThatSaysNotToUseNamesTheLabel(String finding, String treatment, FindingRule.Effect effect) {
        // "not to use" is the label's voice; only a product-information source may say it
        if (effect.explanation().contains("not to use") || effect.explanation().contains("not to give")) {
            Source source = CONTENT.source(effect.sourceId()).orElseThrow();
            assertTrue(source.title().toLowerCase(Locale.ROOT).matches(
                    ".*(prescribing information|product information|medication guide|label).*"),
                    finding + " cites " + source.id() + ": " + effect.explanation());
            assertTrue(effect.explanation().contains("label"), effect.explanation());
        }
    }

    @Test
    void heartDiseaseSaysSevereAndLeavesItToAClinician() {
        FindingRule.Effect iv = rule("heart").effects().get("iv_ketamine");
        assertEquals(Suitability.DISCUSS, iv.suitability());
        assertEquals("ketalar-uk-smpc", iv.sourceId());
        assertTrue(iv.explanation().contains("not to use it with severe"), iv.explanation());
        assertTrue(iv.explanation().contains("A clinician will judge"), iv.explanation());
        assertTrue(iv.rule().contains("severe coronary or myocardial disease"), iv.rule());
    }

    @Test
    void strokeOrBrainInjuryRulesOutIvKetamineInTheLabelsWords() {
        FindingRule.Effect iv = rule("stroke-brain").effects().get("iv_ketamine");
        FindingRule.Effect spravato = rule("stroke-brain").effects().get("spravato");
        assertEquals(Suitability.NOT_ADVISED, iv.suitability());
        assertEquals(Suitability.DISCUSS, spravato.suitability());
        assertTrue(iv.rule().contains("cerebrovascular accident or cerebral trauma"), iv.rule());
        assertTrue(iv.explanation().contains("not to use it after a stroke or a brain injury"), iv.explanation());
        assertFalse(spravato.explanation().contains("not to use"), "the Spravato label does not rule it out");
    }

    @ParameterizedTest
    @CsvSource({"pregnant, NOT_ADVISED", "planning, DISCUSS", "breastfeeding, DISCUSS"})
    void pregnancyAnswersGiveEachTreatmentItsOwnWords(String option, Suitability expected) {
        ScreeningResult r = RULES.evaluate(Map.of("pregnancy", option));
        Finding spravato = r.findings("spravato").get(0);
        Finding iv = r.findings("iv_ketamine").get(0);
        assertEquals(expected, spravato.suitability());
        assertEquals(expected, iv.suitability());
        assertNotEquals(spravato.explanation(), iv.explanation());
        assertNotEquals(spravato.sourceId(), iv.sourceId());
        assertFalse(iv.explanation().contains("Spravato"), iv.explanation());
    }

    @Test
    void theUrgentAndSupportRulesCiteTheirSources() {
        assertTrue(RULES.urgentSourceIds().contains("cssrs-columbia-triage"), RULES.urgentSourceIds().toString());
        assertTrue(RULES.supportSourceIds().contains("samhsa-988-messaging"), RULES.supportSourceIds().toString());
        Stream.concat(RULES.urgentSourceIds().stream(), RULES.supportSourceIds().stream())
                .forEach(id -> assertTrue(CONTENT.source(id).isPresent(), id));
    }

    @Test
    void theNotesThatMakeAMedicalClaimCiteASource() {
        List<SummaryNote> notes = RULES.evaluate(Map.of("age", "65_plus", "psychotherapy_tried", "no")).notes();
        assertEquals(2, notes.size());
        assertEquals(java.util.Optional.of("spravato-eu-smpc"), notes.get(0).sourceId());
        assertEquals(java.util.Optional.of("nimh-psychotherapies"), notes.get(1).sourceId());
    }

    @Test
    void theSafetyQuestionsAreItem9AndTheSafetySection() {
        assertEquals(List.of("phq9_9", "safety_thoughts", "safety_intent", "safety_recent_action"),
                RULES.safetyQuestionIds());
    }

    private static FindingRule rule(String id) {
        return RULES.findingRules().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
