package org.ketamineguide.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineguide.content.Readability;
import org.ketamineguide.i18n.Messages;

/**
 * The words the screening shows: plain language (Flesch-Kincaid grade 6 or below) for everything the
 * project wrote, the PHQ-9 word for word with its credit line, and never the word "eligible".
 */
class ScreeningWordingTest {
    private static final double MAX_GRADE = 6.0;
    private static final ScreeningRules RULES = ScreeningRules.bundled();
    /** Keys that are not sentences (numbers, file names, labels of one or two words, counselor-only text). */
    private static final Set<String> NOT_PROSE = Set.of("screening.progress", "screening.print.fileName",
            "screening.save.fileName", "screening.answered", "screening.source", "screening.source.id",
            "screening.counselor.rule", "screening.counselor.notAsked", "screening.counselor.help",
            "screening.unanswered.list", "screening.open.refused.text");

    /**
     * Every text the project wrote for the screening, as (where, text). A question is measured with
     * its help line and its answer labels, each label read as its own short sentence, because a label
     * of two words has no meaningful grade alone.
     */
    static Stream<Arguments> ourTexts() {
        List<Arguments> out = new ArrayList<>();
        for (Section s : RULES.sections()) {
            s.intro().ifPresent(t -> out.add(Arguments.of("section " + s.id(), t)));
        }
        for (Question q : RULES.questions()) {
            if (q.verbatim()) {
                continue;
            }
            StringBuilder text = new StringBuilder(q.text());
            q.help().ifPresent(h -> text.append(' ').append(h));
            q.options().forEach(o -> text.append(' ').append(o.label()).append('.'));
            out.add(Arguments.of("question " + q.id(), text.toString()));
        }
        for (FindingRule f : RULES.findingRules()) {
            f.effects().forEach((treatment, e) -> out.add(Arguments.of("finding " + f.id() + " for " + treatment,
                    e.explanation())));
            f.ask().ifPresent(a -> out.add(Arguments.of("finding " + f.id() + " ask", a)));
        }
        for (SummaryNote n : RULES.evaluate(java.util.Map.of("age", "65_plus", "psychotherapy_tried", "no")).notes()) {
            out.add(Arguments.of("note for " + n.questionId(), n.text()));
        }
        ResourceBundle bundle = Messages.english().bundle();
        for (String key : bundle.keySet()) {
            String value = bundle.getString(key);
            if (key.startsWith("screening.") && !NOT_PROSE.contains(key) && value.split("\\s+").length >= 6) {
                out.add(Arguments.of(key, value));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ourTexts")
    void ourWordsAreAtGradeSixOrBelow(String where, String text) {
        double grade = Readability.grade(text);
        assertTrue(grade <= MAX_GRADE, where + " reads at grade " + Math.round(grade * 10) / 10.0 + ": " + text);
    }

    @Test
    void theCheckCoversEveryQuestionAndFinding() {
        long expected = RULES.questions().stream().filter(q -> !q.verbatim()).count()
                + RULES.findingRules().stream().mapToLong(f -> f.effects().size()).sum();
        assertTrue(ourTexts().count() > expected, "questions, findings and messages are all measured");
    }

    @Test
    void phq9ItemsAreShownWordForWordWithTheirCredit() {
        List<String> items = List.of(
                "Little interest or pleasure in doing things",
                "Feeling down, depressed, or hopeless",
                "Trouble falling or staying asleep, or sleeping too much",
                "Feeling tired or having little energy",
                "Poor appetite or overeating",
                "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
                "Trouble concentrating on things, such as reading the newspaper or watching television",
                "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so "
                        + "fidgety or restless that you have been moving around a lot more than usual",
                "Thoughts that you would be better off dead or of hurting yourself in some way");
        for (int i = 0; i < 9; i++) {
            Question q = RULES.question("phq9_" + (i + 1));
            assertEquals(items.get(i), q.text());
            assertTrue(q.verbatim());
            assertEquals("Over the last 2 weeks, how often have you been bothered by any of the following problems?",
                    q.stem().orElseThrow());
            assertEquals("Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
                    + "with an educational grant from Pfizer Inc.", q.attribution().orElseThrow());
            assertEquals(List.of("Not at all", "Several days", "More than half the days", "Nearly every day"),
                    q.options().stream().map(Option::label).toList());
        }
        assertEquals(9, RULES.questions().stream().filter(Question::verbatim).count(), "only the PHQ-9 is verbatim");
    }

    @Test
    void safetyQuestionsDoNotReproduceTheColumbiaWording() {
        List<String> columbia = List.of("wished you were dead", "thoughts of killing yourself",
                "thinking about how you might do this", "had some intention of acting on them",
                "worked out the details of how to kill yourself",
                "done anything, started to do anything, or prepared to do anything");
        for (String id : List.of("safety_thoughts", "safety_intent", "safety_recent_action")) {
            Question q = RULES.question(id);
            String words = (q.text() + " " + q.help().orElse("")).toLowerCase(Locale.ROOT);
            columbia.forEach(c -> assertFalse(words.contains(c), id + " copies: " + c));
        }
    }

    @Test
    void nothingSaysEligible() {
        List<String> all = new ArrayList<>();
        ourTexts().forEach(a -> all.add((String) a.get()[1]));
        for (FindingRule f : RULES.findingRules()) {
            f.effects().values().forEach(e -> all.add(e.rule()));
        }
        RULES.treatments().forEach(t -> all.add(RULES.treatmentName(t)));
        for (String text : all) {
            assertFalse(text.toLowerCase(Locale.ROOT).contains("eligib"), text);
        }
    }
}
