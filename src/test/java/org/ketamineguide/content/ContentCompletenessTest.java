package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled content is complete: every topic of issues 3 and 11, every reference, every required term. */
class ContentCompletenessTest {

    static final List<String> TOPIC_IDS = List.of(
            "what-is-ketamine", "how-it-works", "forms-of-treatment", "does-it-work",
            "side-effects", "addiction-and-misuse", "legal-status", "who-may-be-a-candidate",
            "what-to-expect", "pregnancy-and-breastfeeding", "costs-and-insurance", "other-options",
            "finding-a-provider", "myths-and-facts",
            "at-home-ketamine", "if-it-does-not-work", "your-medicines", "insurance-programs",
            "denials-and-appeals", "checking-a-clinic");

    /** Words the glossary must explain (the term itself or one of its forms). */
    static final List<String> REQUIRED_TERMS = List.of(
            "NMDA receptor", "glutamate", "dissociation", "sedation", "off-label", "Schedule III", "REMS",
            "treatment-resistant depression", "racemic", "esketamine", "remission", "response", "placebo",
            "anesthetic", "infusion", "booster", "maintenance", "integration therapy", "contraindication", "PHQ-9",
            "prior authorization", "deductible", "coinsurance", "copay", "out-of-pocket maximum", "HSA", "FSA",
            "allowed amount", "TMS", "ECT", "telehealth", "compounded drug");

    static final List<String> REQUIRED_ROWS = List.of(
            "approval", "how_given", "visit_time", "schedule", "cost", "insurance", "monitoring", "driving");

    /** The seed pages' hotline numbers and the claims on the misinformation watch-list. */
    static final List<String> FORBIDDEN = List.of(
            "378-4154", "516-4357", "415-6313", "85%", "85 percent", "70 percent", "up to 70%", "press 3",
            "50% of patients");

    private static ContentRepository content;

    @BeforeAll
    static void load() {
        content = ContentRepository.bundled();
    }

    static Stream<Topic> topics() {
        return ContentRepository.bundled().topics().stream();
    }

    @Test
    void everyListedTopicIsPresentAndNoOthers() {
        Set<String> ids = content.topics().stream().map(Topic::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(TOPIC_IDS), ids);
    }

    @Test
    void everyTopicIsInExactlyOneCategory() {
        List<String> listed = content.categories().stream().flatMap(c -> c.topicIds().stream()).toList();
        assertEquals(TOPIC_IDS.size(), listed.size(), "topics listed in categories: " + listed);
        assertEquals(new TreeSet<>(TOPIC_IDS), new TreeSet<>(listed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void topicHasEveryPart(Topic topic) {
        assertFalse(topic.summary().isBlank(), "summary");
        assertTrue(topic.keyPoints().size() >= 3 && topic.keyPoints().size() <= 5,
                "3 to 5 key points, found " + topic.keyPoints().size());
        assertTrue(topic.sections().size() >= 2, "at least 2 sections, found " + topic.sections().size());
        assertTrue(topic.clinicianQuestions().size() >= 3 && topic.clinicianQuestions().size() <= 6,
                "3 to 6 clinician questions, found " + topic.clinicianQuestions().size());
        assertTrue(topic.related().size() >= 2 && topic.related().size() <= 4,
                "2 to 4 related topics, found " + topic.related().size());
        assertFalse(topic.sources().isEmpty(), "sources");
        assertTrue(topic.lastReviewed() != null && !topic.lastReviewed().isAfter(content.info().lastReviewed()),
                "lastReviewed must be set and not after the content review date");
        for (TopicSection section : topic.sections()) {
            assertFalse(section.sources().isEmpty(), "section '" + section.heading() + "' cites no source");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topics")
    void topicListsExactlyTheSourcesItsSectionsCiteInCitationOrder(Topic topic) {
        Set<String> cited = new LinkedHashSet<>();
        for (TopicSection section : topic.sections()) {
            cited.addAll(section.sources());
            section.optionalQuote().ifPresent(q -> cited.add(q.source()));
        }
        assertEquals(new ArrayList<>(cited), topic.sources());
    }

    @Test
    void everyCitedSourceResolves() {
        List<String> missing = new ArrayList<>();
        for (Topic topic : content.topics()) {
            topic.sources().stream().filter(id -> content.source(id).isEmpty())
                    .forEach(id -> missing.add(topic.id() + " -> " + id));
        }
        for (GlossaryTerm term : content.glossary()) {
            term.sources().stream().filter(id -> content.source(id).isEmpty())
                    .forEach(id -> missing.add("glossary " + term.id() + " -> " + id));
        }
        for (ComparisonTable.Row row : content.comparison().rows()) {
            for (ComparisonTable.Cell cell : row.cells()) {
                cell.sources().stream().filter(id -> content.source(id).isEmpty())
                        .forEach(id -> missing.add("comparison " + row.id() + "/" + cell.option() + " -> " + id));
            }
        }
        assertTrue(missing.isEmpty(), "unresolved sources: " + missing);
    }

    @Test
    void everySourceHasTitlePublisherYearAndUrl() {
        for (Source s : content.sources()) {
            assertFalse(s.title().isBlank(), s.id() + " title");
            assertFalse(s.publisher().isBlank(), s.id() + " publisher");
            assertTrue(s.year() >= 1900 && s.year() <= content.info().lastReviewed().getYear(), s.id() + " year");
            assertTrue(s.url().startsWith("https://") || s.url().startsWith("http://"), s.id() + " url");
        }
    }

    @Test
    void glossaryHasAtLeast25TermsIncludingTheRequiredOnes() {
        assertTrue(content.glossary().size() >= 25, "glossary terms: " + content.glossary().size());
        List<String> absent = REQUIRED_TERMS.stream()
                .filter(word -> content.glossary().stream()
                        .noneMatch(t -> t.allForms().stream().anyMatch(f -> f.equalsIgnoreCase(word))))
                .toList();
        assertTrue(absent.isEmpty(), "glossary lacks: " + absent);
    }

    @Test
    void everyGlossaryTermIsUsedInSomeTopic() {
        String allText = content.topics().stream().flatMap(t -> ContentText.of(t).stream())
                .collect(Collectors.joining("\n"));
        List<String> unused = content.glossary().stream()
                .filter(t -> t.allForms().stream().noneMatch(f -> ContentText.containsWord(allText, f)))
                .map(GlossaryTerm::term)
                .toList();
        assertTrue(unused.isEmpty(), "glossary terms used in no topic: " + unused);
    }

    @Test
    void comparisonCoversTheRequiredOptionsAndRowsAndEveryCellHasASource() {
        ComparisonTable table = content.comparison();
        Set<String> options = table.options().stream().map(ComparisonTable.Option::id).collect(Collectors.toSet());
        assertTrue(options.contains("iv_ketamine") && options.contains("spravato"), "options: " + options);
        assertTrue(options.size() >= 3, "needs at least one option besides IV ketamine and Spravato: " + options);
        Set<String> rows = table.rows().stream().map(ComparisonTable.Row::id).collect(Collectors.toSet());
        List<String> missingRows = REQUIRED_ROWS.stream().filter(r -> !rows.contains(r)).toList();
        assertTrue(missingRows.isEmpty(), "comparison lacks rows: " + missingRows);
        for (ComparisonTable.Row row : table.rows()) {
            assertEquals(options.size(), row.cells().size(), "row " + row.id() + " cells");
            for (ComparisonTable.Cell cell : row.cells()) {
                assertFalse(cell.text().isBlank(), row.id() + "/" + cell.option() + " text");
                assertFalse(cell.sources().isEmpty(), row.id() + "/" + cell.option() + " has no source");
            }
        }
    }

    @Test
    void candidateTopicLinksToScreeningAndCostTopicToPlanner() {
        assertEquals("screening", content.topic("who-may-be-a-candidate").orElseThrow().action());
        assertEquals("planner", content.topic("costs-and-insurance").orElseThrow().action());
    }

    @Test
    void noTextSaysEligible() {
        List<String> hits = offenders(List.of("eligib"));
        assertTrue(hits.isEmpty(), "\"eligible\" must never be said: " + hits);
    }

    @Test
    void noTextRepeatsSeedPhoneNumbersOrWatchListClaims() {
        List<String> hits = offenders(FORBIDDEN);
        assertTrue(hits.isEmpty(), "forbidden text found: " + hits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call (877) 378-4154 today", "It works in 85% of cases", "Press 3 for youth",
            "Are you ELIGIBLE?"})
    void theScanFindsPlantedForbiddenText(String planted) {
        List<String> patterns = new ArrayList<>(FORBIDDEN);
        patterns.add("eligib");
        assertTrue(patterns.stream().anyMatch(p -> ContentText.containsIgnoringCase(planted, p)), planted);
    }

    @Test
    void wholeWordMatchingDoesNotMatchInsideLongerWords() {
        assertTrue(ContentText.containsWord("An IV infusion takes 40 minutes.", "infusion"));
        assertFalse(ContentText.containsWord("IV infusions take 40 minutes.", "infusion"));
        assertTrue(ContentText.containsWord("Ask about treatment-resistant depression.", "Treatment-resistant depression"));
        assertFalse(ContentText.containsWord("The scheme is clear.", "ECT"));
    }

    /** Every reader-facing text (topics, glossary, comparison) that contains one of the fragments. */
    private static List<String> offenders(List<String> fragments) {
        List<String> hits = new ArrayList<>();
        for (Topic topic : content.topics()) {
            for (String text : ContentText.of(topic)) {
                fragments.stream().filter(f -> ContentText.containsIgnoringCase(text, f))
                        .forEach(f -> hits.add(topic.id() + ": '" + f + "' in \"" + text + "\""));
            }
        }
        for (GlossaryTerm term : content.glossary()) {
            fragments.stream().filter(f -> ContentText.containsIgnoringCase(term.definition(), f))
                    .forEach(f -> hits.add("glossary " + term.id() + ": '" + f + "'"));
        }
        for (String text : ContentText.of(content.comparison())) {
            fragments.stream().filter(f -> ContentText.containsIgnoringCase(text, f))
                    .forEach(f -> hits.add("comparison: '" + f + "' in \"" + text + "\""));
        }
        return hits;
    }
}
