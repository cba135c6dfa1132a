package org.ketamineguide.screening.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.screening.Option;
import org.ketamineguide.screening.Question;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.Section;

/**
 * The wizard's five progress parts, the order of answers and the section intros, checked against
 * the rules files in English and Spanish (plain Java, no toolkit).
 */
class WizardPartTest {

    static Stream<ScreeningRules> bundledRules() throws IOException {
        Set<String> sources = ScreeningRules.sourceIds(ContentFiles.bundled().read("sources.json"));
        try (InputStream in = WizardPartTest.class.getResourceAsStream(
                "/org/ketamineguide/content/es/screening-rules.json")) {
            String es = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Stream.of(ScreeningRules.bundled(), ScreeningRules.load("es/screening-rules.json", es, sources));
        }
    }

    @ParameterizedTest(name = "question {0} is in part {1}")
    @CsvSource({
        "age, ABOUT_YOU", "pregnancy, ABOUT_YOU",
        "diagnosis, DEPRESSION", "antidepressant_trials, DEPRESSION", "psychotherapy_tried, DEPRESSION",
        "phq9_1, DEPRESSION", "phq9_5, DEPRESSION", "phq9_9, DEPRESSION",
        "safety_thoughts, DEPRESSION", "safety_intent, DEPRESSION", "safety_recent_action, DEPRESSION",
        "vascular_aneurysm_avm, HEALTH", "brain_bleed_history, HEALTH", "ketamine_allergy, HEALTH",
        "high_blood_pressure, HEALTH", "heart_disease, HEALTH", "stroke_or_brain_injury, HEALTH",
        "psychosis_history, HEALTH", "substance_use, HEALTH", "liver_disease, HEALTH", "thyroid_untreated, HEALTH",
        "bladder_problems, HEALTH", "interacting_meds, HEALTH",
        "can_stay_2h, PRACTICAL", "has_ride, PRACTICAL", "insurance, PRACTICAL",
    })
    void eachQuestionOfTheSpecificationHasItsPart(String question, WizardPart part) {
        assertEquals(Optional.of(part), WizardPart.ofQuestion(question));
    }

    @Test
    void anUnknownQuestionHasNoPartAndAPageOfItIsRefused() {
        assertEquals(Optional.empty(), WizardPart.ofQuestion("shoe_size"));
        WizardStep page = new WizardStep(WizardStep.Kind.QUESTIONS, "about_you", List.of("shoe_size"));
        assertThrows(IllegalArgumentException.class, () -> WizardPart.of(page));
    }

    @Test
    void pagesThatAreNotQuestionsSitBeforeAfterOrAtReview() {
        assertEquals(Optional.empty(), WizardPart.of(WizardStep.WELCOME));
        assertEquals(Optional.empty(), WizardPart.of(WizardStep.RESULT));
        assertEquals(Optional.of(WizardPart.REVIEW), WizardPart.of(WizardStep.REVIEW));
        assertEquals(List.of(1, 2, 3, 4, 5), Stream.of(WizardPart.values()).map(WizardPart::number).toList());
        assertEquals(5, WizardPart.count());
    }

    @ParameterizedTest
    @MethodSource("bundledRules")
    void theTableNamesExactlyTheQuestionsOfTheRules(ScreeningRules rules) {
        Set<String> asked = rules.questions().stream().map(Question::id).collect(Collectors.toSet());
        assertEquals(asked, WizardPart.questionIds());
    }

    /** A section is never split between parts, and the parts come in the wizard's order. */
    @ParameterizedTest
    @MethodSource("bundledRules")
    void eachSectionLiesInOnePartAndThePartsNeverGoBack(ScreeningRules rules) {
        int last = 0;
        for (Section s : rules.sections()) {
            Set<WizardPart> parts = s.questions().stream().map(q -> WizardPart.ofQuestion(q.id()).orElseThrow())
                    .collect(Collectors.toSet());
            assertEquals(1, parts.size(), s.id() + " lies in " + parts);
            int number = parts.iterator().next().number();
            assertTrue(number >= last, s.id() + " goes back to part " + number);
            last = number;
        }
    }

    /**
     * One order everywhere: the yes answers, then No, then the honest ways out ("I am not sure",
     * "I would rather not say", "This does not apply to me"). Scales (age, counts, the PHQ-9) keep
     * their own order, with any way out last.
     */
    @ParameterizedTest
    @MethodSource("bundledRules")
    void answersAreShownYesFirstThenNoThenTheWaysOut(ScreeningRules rules) {
        for (Question q : rules.questions()) {
            List<String> ids = AnswerOrder.shown(q).stream().map(Option::id).toList();
            assertEquals(Set.copyOf(q.options().stream().map(Option::id).toList()), Set.copyOf(ids), q.id());
            int firstWayOut = ids.size();
            for (int i = 0; i < ids.size(); i++) {
                if (AnswerOrder.WAY_OUT.contains(ids.get(i))) {
                    firstWayOut = Math.min(firstWayOut, i);
                } else {
                    assertTrue(i < firstWayOut, q.id() + ": a way out comes before an answer: " + ids);
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                if (AnswerOrder.NO.contains(ids.get(i))) {
                    assertEquals(firstWayOut - 1, i, q.id() + ": No is not the last answer before the ways out: "
                            + ids);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
        "high_blood_pressure, controlled uncontrolled no unsure",
        "substance_use, past current none prefer_not",
        "heart_disease, yes no unsure",
        "pregnancy, pregnant planning breastfeeding no not_applicable",
        "diagnosis, mdd bipolar_depression other not_diagnosed",
        "insurance, commercial medicare medicaid none unsure",
        "antidepressant_trials, 0 1 2_or_more unsure",
        "phq9_9, 0 1 2 3",
        "safety_intent, yes no",
    })
    void theWizardShowsTheseOrders(String question, String order) {
        Question q = ScreeningRules.bundled().question(question);
        assertEquals(order, String.join(" ", AnswerOrder.shown(q).stream().map(Option::id).toList()));
    }

    /** Words that count questions or point at a list: wrong on a page that asks one question. */
    private static final Pattern COUNTS = Pattern.compile("(?iu)\\b(one|two|three|four|five|\\d+|any of these|below"
            + "|una|dos|tres|cuatro|cinco|alguno de estos|abajo)\\b");

    @ParameterizedTest
    @MethodSource("bundledRules")
    void sectionIntrosReadRightWhenAPageAsksOneQuestion(ScreeningRules rules) {
        for (Section s : rules.sections()) {
            s.intro().ifPresent(t -> assertTrue(!COUNTS.matcher(t).find(), s.id() + " intro: " + t));
        }
    }
}
