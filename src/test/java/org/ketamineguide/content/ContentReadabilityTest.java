package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plain language, measured with {@link Readability#grade(String)}: summaries and key points at
 * Flesch-Kincaid grade 6 or below, each section (paragraphs and bullets together) and each glossary
 * definition at grade 8 or below. Quotes are exempt. Prints the five hardest texts of each kind.
 */
class ContentReadabilityTest {

    static final double CORE_LIMIT = 6.0;
    static final double DETAIL_LIMIT = 8.0;

    /** One measured text. */
    record Measured(String kind, String where, String text, double grade) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5.2f  %s  %s: \"%s\"", grade, kind, where, shorten(text));
        }
    }

    private static ContentRepository content;

    @BeforeAll
    static void load() {
        content = ContentRepository.bundled();
    }

    static List<Measured> summariesAndKeyPoints(ContentRepository repo) {
        List<Measured> out = new ArrayList<>();
        for (Topic t : repo.topics()) {
            out.add(measure("summary", t.id(), t.summary()));
            for (int i = 0; i < t.keyPoints().size(); i++) {
                out.add(measure("key point", t.id() + " #" + (i + 1), t.keyPoints().get(i)));
            }
        }
        return out;
    }

    static List<Measured> sections(ContentRepository repo) {
        List<Measured> out = new ArrayList<>();
        for (Topic t : repo.topics()) {
            for (TopicSection s : t.sections()) {
                out.add(measure("section", t.id() + " / " + s.heading(), ContentText.body(s)));
            }
        }
        return out;
    }

    static List<Measured> glossaryDefinitions(ContentRepository repo) {
        return repo.glossary().stream().map(g -> measure("glossary", g.id(), g.definition())).toList();
    }

    @Test
    void summariesAndKeyPointsAreGradeSixOrBelow() {
        check("summaries and key points", summariesAndKeyPoints(content), CORE_LIMIT);
    }

    @Test
    void sectionsAreGradeEightOrBelow() {
        check("sections", sections(content), DETAIL_LIMIT);
    }

    @Test
    void glossaryDefinitionsAreGradeEightOrBelow() {
        check("glossary definitions", glossaryDefinitions(content), DETAIL_LIMIT);
    }

    @Test
    void theCheckFlagsDenseText() {
        List<Measured> dense = List.of(measure("section", "planted",
                "Esketamine administration necessitates comprehensive post-administration hemodynamic "
                        + "monitoring in certified healthcare settings."));
        assertEquals(1, offenders(dense, DETAIL_LIMIT).size());
    }

    @Test
    void everySectionIsMeasuredWithItsBullets() {
        TopicSection s = new TopicSection("h", List.of("One short line."), List.of("A bullet."), null, List.of("x"));
        assertEquals("One short line. A bullet.", ContentText.body(s));
    }

    private static void check(String kind, List<Measured> measured, double limit) {
        assertTrue(!measured.isEmpty(), "nothing measured for " + kind);
        String worst = measured.stream().sorted(Comparator.comparingDouble(Measured::grade).reversed()).limit(5)
                .map(m -> "  " + m).collect(Collectors.joining("\n"));
        System.out.printf(Locale.ROOT, "Hardest %s (limit %.1f):%n%s%n", kind, limit, worst);
        List<Measured> bad = offenders(measured, limit);
        assertTrue(bad.isEmpty(), () -> bad.size() + " " + kind + " above grade " + limit + ":\n"
                + bad.stream().map(m -> "  " + m).collect(Collectors.joining("\n")));
    }

    private static List<Measured> offenders(List<Measured> measured, double limit) {
        return measured.stream().filter(m -> m.grade() > limit)
                .sorted(Comparator.comparingDouble(Measured::grade).reversed()).toList();
    }

    private static Measured measure(String kind, String where, String text) {
        return new Measured(kind, where, text, Readability.grade(text));
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
