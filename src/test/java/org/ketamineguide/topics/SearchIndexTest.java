package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Topic;
import org.ketamineguide.safety.CrisisLanguage;

class SearchIndexTest {
    private static final SearchIndex INDEX = SearchIndex.build(TopicFixtures.searchTopics(),
            TopicFixtures.searchGlossary(), CrisisLanguage::matches);

    private static List<String> topicIds(SearchResults results) {
        return results.hits(SearchHit.Kind.TOPIC).stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest(name = "\"{0}\" puts the title hit {1} above the body hit {2}")
    @CsvSource({
            "effects, side-effects, costs",     // "Side effects" title vs "effect" in a paragraph
            "effect, side-effects, costs",
            "driving, driving, ''",
            "drive, driving, ''",
            "infusion, infusions, ''",
            "clinic, clinic, costs"})           // "Visiting a clinic" title vs "the clinic" in a paragraph
    void titleHitsRankAboveBodyHits(String query, String titleHit, String bodyHit) {
        List<String> ids = topicIds(INDEX.search(query));
        assertFalse(ids.isEmpty(), "no hits for " + query);
        assertEquals(titleHit, ids.get(0));
        if (!bodyHit.isEmpty()) {
            assertTrue(ids.contains(bodyHit), "body hit missing: " + ids);
        }
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "effects, side-effects", "effect, side-effects", "infusions, infusions", "infusion, infusions",
            "driving, driving", "drive, driving", "drives, driving", "night, driving", "nights, driving",
            "ketamine infusions, infusions", "what is an infusion, infusions", "DRIVING, driving",
            "minutes, infusions", "detached from my body, side-effects"})
    void wordFormsMatch(String query, String expected) {
        assertTrue(topicIds(INDEX.search(query)).contains(expected), query + " -> " + INDEX.search(query));
    }

    @ParameterizedTest(name = "typo \"{0}\" finds {1}")
    @CsvSource({"dissocation, side-effects", "disociation, side-effects", "dissociatoin, side-effects",
            "dissoziation, side-effects", "infusoins, infusions", "efect, side-effects", "drivng, driving",
            "insurence, costs", "dirve, driving"})
    void oneTypoIsForgivenInWordsOfFiveLettersOrMore(String query, String expected) {
        assertTrue(topicIds(INDEX.search(query)).contains(expected), query + " -> " + INDEX.search(query));
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @ValueSource(strings = {"drve", "cots", "slep", "nigt", "dissocaton", "disoziation", "zebra"})
    void shortWordsAndTwoTyposAreNotForgiven(String query) {
        assertEquals(List.of(), INDEX.search(query).hits());
    }

    @ParameterizedTest(name = "\"{0}\" finds the caf\u00e9")
    @ValueSource(strings = {"cafe", "caf\u00e9", "CAF\u00c9", "Cafe\u0301", "caf\u00e8"})
    void accentsAndCaseAreIgnored(String query) {
        assertEquals(List.of("clinic"), topicIds(INDEX.search(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "\t\n"})
    void emptyOrWhitespaceInputFindsNothingAndSuggestsNothing(String query) {
        SearchResults results = INDEX.search(query);
        assertTrue(results.isBlank());
        assertEquals(List.of(), results.hits());
        assertEquals(List.of(), results.suggestions());
    }

    @Test
    void nullInputIsBlank() {
        assertTrue(INDEX.search(null).isBlank());
    }

    @Test
    void veryLongInputIsCutAndStillAnswers() {
        String pasted = "driving ".repeat(1250);
        assertEquals(10_000, pasted.length());
        assertEquals(List.of("driving"), topicIds(INDEX.search(pasted)));
        String cutMidWord = "infusion ".repeat(1112);
        assertEquals('f', cutMidWord.charAt(SearchIndex.MAX_QUERY_CHARS), "the cut falls inside a word");
        assertEquals(List.of("infusions"), topicIds(INDEX.search(cutMidWord)), "half a word is not searched for");

        StringBuilder noise = new StringBuilder();
        for (int i = 0; noise.length() < 10_000; i++) {
            noise.append("word").append(i).append(i % 7 == 0 ? "\u00e9 " : " ");
        }
        SearchResults results = INDEX.search(noise.toString());
        assertEquals(List.of(), results.hits());
        assertFalse(results.suggestions().isEmpty());

        SearchResults oneLongWord = INDEX.search("x".repeat(10_000));
        assertEquals(List.of(), oneLongWord.hits());
    }

    @Test
    void noResultSuggestsTopicsInsteadOfABlankList() {
        SearchResults none = INDEX.search("zebra");
        assertEquals(List.of(), none.hits());
        assertFalse(none.partial());
        assertFalse(none.suggestions().isEmpty());
        assertEquals("side-effects", none.suggestions().get(0).id(), "the first topic of the first category");
        assertTrue(none.suggestions().stream().allMatch(s -> s.kind() == SearchHit.Kind.TOPIC));
    }

    @Test
    void noResultForEveryWordSuggestsPagesThatMatchSomeWords() {
        SearchResults some = INDEX.search("zebra driving");
        assertEquals(List.of(), some.hits());
        assertTrue(some.partial());
        assertEquals("driving", some.suggestions().get(0).id());
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of("driving"), topicIds(INDEX.search("drive night")));
        assertEquals(List.of(), INDEX.search("drive infusion").hits());
    }

    @Test
    void theWordBeingTypedIsCompleted() {
        assertEquals(List.of("side-effects"), topicIds(INDEX.search("dissoc")));
        assertEquals(List.of(), INDEX.search("dissoc ").hits(), "a finished word must match as a whole");
    }

    @Test
    void glossaryTermsAreSearchedToo() {
        SearchResults results = INDEX.search("racemic");
        assertEquals(List.of("racemic"), results.hits(SearchHit.Kind.GLOSSARY).stream().map(SearchHit::id).toList());
        assertEquals(List.of("ect"), INDEX.search("electroconvulsive").hits(SearchHit.Kind.GLOSSARY).stream()
                .map(SearchHit::id).toList());
    }

    static Stream<Arguments> highlights() {
        return Stream.of(
                Arguments.of("effects", "side-effects", List.of("effects"), List.of()),
                Arguments.of("dissocation", "side-effects", List.of(), List.of("dissociation")),
                Arguments.of("drive", "driving", List.of("Driving"), List.of("drive")),
                Arguments.of("cafe", "clinic", List.of(), List.of("caf\u00e9")),
                Arguments.of("infusion minutes", "infusions", List.of("infusions"), List.of("infusion", "minutes")));
    }

    @ParameterizedTest(name = "\"{0}\" highlights {2} in the title and {3} in the snippet")
    @MethodSource("highlights")
    void matchedWordsAreHighlighted(String query, String id, List<String> inTitle, List<String> inSnippet) {
        SearchHit hit = INDEX.search(query).hits().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
        assertEquals(inTitle, hit.titleSpans().stream().map(s -> hit.title().substring(s.start(), s.end())).toList());
        assertEquals(inSnippet, hit.snippetSpans().stream()
                .map(s -> hit.snippet().substring(s.start(), s.end())).toList());
    }

    @Test
    void snippetNamesTheSectionItCameFrom() {
        SearchHit hit = INDEX.search("dissociation").hits().get(0);
        assertEquals("Feeling detached", hit.context());
        assertTrue(hit.snippet().contains("dissociation"));
    }

    @Test
    void aMatchInAHeadingShowsTheTextUnderIt() {
        SearchHit hit = INDEX.search("long").hits().get(0);
        assertEquals("infusions", hit.id());
        assertEquals("How long it takes", hit.context());
        assertEquals("Each infusion takes about 40 minutes.", hit.snippet());
    }

    @Test
    void longPassagesAreCutAroundTheMatchAndSpansFollow() {
        String filler = "Plain words that say nothing much at all. ".repeat(12);
        Topic longTopic = TopicFixtures.topic("long", "Long page", "Short summary.", "Long section",
                filler + "Here is the needle word. " + filler);
        SearchIndex index = SearchIndex.build(List.of(longTopic), List.of(), CrisisLanguage::matches);
        SearchHit hit = index.search("needle").hits().get(0);
        assertTrue(hit.snippet().length() <= SearchIndex.SNIPPET_CHARS + 4, hit.snippet());
        assertTrue(hit.snippet().startsWith("\u2026 ") && hit.snippet().endsWith(" \u2026"), hit.snippet());
        Span span = hit.snippetSpans().get(0);
        assertEquals("needle", hit.snippet().substring(span.start(), span.end()));
    }

    @Test
    void everyBundledTopicIsFoundByItsTitle() {
        ContentRepository content = ContentRepository.bundled();
        SearchIndex index = SearchIndex.build(content.topics(), content.glossary(), CrisisLanguage::matches);
        for (Topic topic : content.topics()) {
            SearchResults results = index.search(topic.title());
            assertTrue(topicIds(results).contains(topic.id()), topic.id());
            assertFalse(results.hits().get(0).titleSpans().isEmpty(), topic.id());
        }
    }

    @ParameterizedTest(name = "\"{0}\" -> crisis help {1}")
    @CsvSource({"i want to kill myself, true", "suicide, true", "SUICIDAL thoughts?, true", "no reason to live, true",
            "quiero morirme, true", "ketamine dose, false", "side effects, false", "killer prices, false", "'', false"})
    void resultsSayWhenTheWordsCallForCrisisHelp(String query, boolean crisis) {
        assertEquals(crisis, INDEX.search(query).crisis());
        assertFalse(SearchResults.none("").crisis());
    }
}
