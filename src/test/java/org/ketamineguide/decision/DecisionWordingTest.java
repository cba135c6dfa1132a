package org.ketamineguide.decision;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.Readability;

/**
 * Plain language in "Weigh my options": the screen texts at Flesch-Kincaid grade 6 or below, the
 * option details and outcome notes in outcomes.json at grade 8 or below, and no word that ranks,
 * recommends or says "eligible".
 */
class DecisionWordingTest {
    private static final double CORE = 6.0;
    private static final double DETAIL = 8.0;
    private static final double SINGLE_SENTENCE = 10.0;

    private static Properties messages() throws IOException {
        Properties p = new Properties();
        try (InputStream in = DecisionWordingTest.class.getResourceAsStream("/org/ketamineguide/i18n/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The screen's own sentences (templates with their placeholders filled by typical words). */
    private static List<String> screenTexts() throws IOException {
        List<String> out = new ArrayList<>();
        Properties p = messages();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("decision.") && !key.startsWith("decision.sure.") && !key.endsWith("fileName")) {
                out.add(key + "\t" + p.getProperty(key).replaceAll("\\{\\d}", "12"));
            }
        }
        return out;
    }

    @Test
    void screenTextsAreGradeSixOrBelow() throws IOException {
        List<String> all = screenTexts();
        // measured together per step so one short label does not swing the grade
        StringBuilder joined = new StringBuilder();
        List<String> hard = new ArrayList<>();
        for (String line : all) {
            String text = line.split("\t", 2)[1];
            joined.append(text.endsWith(".") || text.endsWith("?") || text.endsWith(":") ? text : text + ".").append(' ');
            // one long sentence alone reads harder on the formula than in its paragraph; flag only the outliers
            if (text.split("\\s+").length >= 12 && Readability.grade(text) > SINGLE_SENTENCE) {
                hard.add(String.format(Locale.ROOT, "%.1f %s", Readability.grade(text), line));
            }
        }
        double grade = Readability.grade(joined.toString());
        System.out.printf(Locale.ROOT, "Weigh my options screen texts: grade %.2f over %d strings%n", grade, all.size());
        assertTrue(grade <= CORE, "screen texts read at grade " + grade);
        assertTrue(hard.isEmpty(), "long sentences above grade 10: " + hard);
    }

    @Test
    void optionDetailsAndOutcomeNotesAreGradeEightOrBelow() {
        DecisionContent c = DecisionFixtures.content();
        List<String> bad = new ArrayList<>();
        for (DecisionOption o : c.options()) {
            List<String> parts = new ArrayList<>();
            parts.add(o.summary());
            parts.addAll(o.experience().parts());
            parts.addAll(o.benefits());
            parts.addAll(o.commonHarms());
            parts.addAll(o.seriousHarms());
            parts.addAll(o.unknowns());
            parts.add(o.cost());
            parts.addAll(o.factors().values());
            check(o.id(), String.join(" ", parts), bad);
        }
        for (Outcome o : c.outcomes()) {
            check(o.study() + " " + o.option(), o.population() + " " + o.evidenceWhy() + " "
                    + o.caution().orElse(""), bad);
        }
        assertTrue(bad.isEmpty(), "above grade 8: " + bad);
    }

    private static void check(String where, String text, List<String> bad) {
        double g = Readability.grade(text);
        System.out.printf(Locale.ROOT, "%5.2f  %s%n", g, where);
        if (g > DETAIL) {
            bad.add(String.format(Locale.ROOT, "%.1f %s", g, where));
        }
    }

    @Test
    void noTextRanksRecommendsOrSaysEligible() throws IOException {
        List<String> hits = new ArrayList<>();
        List<String> texts = new ArrayList<>(screenTexts());
        DecisionContent c = DecisionFixtures.content();
        c.options().forEach(o -> texts.add(o.id() + "\t" + String.join(" ", o.benefits()) + " "
                + String.join(" ", o.factors().values())));
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            for (String w : List.of("eligib", "we recommend", "best choice for you is", "ranked", "winner")) {
                if (lower.contains(w)) {
                    hits.add(w + ": " + t);
                }
            }
        }
        assertTrue(hits.isEmpty(), hits.toString());
    }
}
