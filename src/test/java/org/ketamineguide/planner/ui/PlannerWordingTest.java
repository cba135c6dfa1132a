package org.ketamineguide.planner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Readability;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.planner.InsuranceKind;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlannerDefaults;

/** The planner speaks plainly: grade 6 or below, and never says "eligible". */
class PlannerWordingTest {
    private static final double MAX_GRADE = 6.0;
    /** The formula means little for a few words ("Insurance" alone scores grade 20). */
    private static final int MIN_WORDS = 10;
    private static Messages messages;
    private static PlannerDefaults defaults;

    @BeforeAll
    static void load() {
        messages = Messages.english();
        defaults = PlannerDefaults.bundled(ContentRepository.bundled()::source);
    }

    /** Every planner sentence a person reads (labels and table headings are too short to score). */
    private static List<String> sentences() {
        List<String> out = new ArrayList<>();
        for (String key : messages.bundle().keySet()) {
            if (key.startsWith("planner.") && (key.endsWith(".help") || key.startsWith("planner.note.")
                    || key.startsWith("planner.problem.") || key.startsWith("planner.fileProblem.")
                    || key.equals("planner.lead") || key.startsWith("planner.insurance.")
                    || key.startsWith("planner.schedule.") || key.startsWith("planner.print.estimate")
                    || key.startsWith("planner.headline.") || key.startsWith("planner.coverage.")
                    || key.startsWith("planner.time."))) {
                if (!key.equals("planner.note.source")) {
                    out.add(messages.get(key).replaceAll("\\{\\d}", "100"));
                }
            }
        }
        for (Treatment t : Treatment.values()) {
            for (InsuranceKind k : InsuranceKind.values()) {
                for (PlanField f : PlanField.values()) {
                    out.add(defaults.value(t, k, f).basis());
                }
            }
            out.add(defaults.covered(t).basis());
        }
        return out;
    }

    @Test
    void everySentenceIsGradeSixOrBelow() {
        List<String> hard = new ArrayList<>();
        for (String s : sentences()) {
            Readability.Score score = Readability.score(s);
            double grade = score.grade();
            if (score.words() >= MIN_WORDS && grade > MAX_GRADE) {
                hard.add(String.format(Locale.ROOT, "%.1f  %s", grade, s));
            }
        }
        assertTrue(hard.isEmpty(), "Above grade " + MAX_GRADE + ":\n" + String.join("\n", hard));
    }

    @Test
    void neverSaysEligible() {
        for (String s : sentences()) {
            assertFalse(s.toLowerCase(Locale.ROOT).contains("eligib"), s);
        }
    }

    @Test
    void asOfReadsNaturally() {
        PlannerText text = new PlannerText(messages, defaults);
        assertEquals("2024", text.asOf("2024"));
        assertEquals("March 2019", text.asOf("2019-03"));
    }
}
