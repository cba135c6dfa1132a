package org.ketamineguide.topics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.safety.CrisisLanguage;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.testing.RecordingPrintService;
import org.ketamineguide.topics.ui.TopicBrowserModel.Place;
import org.ketamineguide.topics.ui.TopicBrowserModel.View;

class TopicBrowserModelTest {
    @TempDir
    static Path dir;
    private static ContentRepository content;

    private Navigator navigator;
    private VisitSession visit;
    private RecordingPrintService printing;
    private TopicBrowserModel model;

    @BeforeEach
    void setUp() throws IOException {
        if (content == null) {
            content = RichContent.load(dir);
        }
        navigator = new Navigator(Screen.HOME);
        visit = new VisitSession();
        printing = new RecordingPrintService(true);
        model = new TopicBrowserModel(content, navigator, visit.myQuestions(), printing, Messages.english(),
                CrisisLanguage::matches);
        visit.register(model);
        navigator.goTo(Screen.TOPICS);
    }

    @Test
    void startsOnTheTopicListWithNothingToGoBackTo() {
        assertEquals(Place.of(View.LIST), model.place());
        assertFalse(model.canGoBackProperty().get());
        assertEquals("", navigator.detailProperty().get());
    }

    @Test
    void openingATopicNamesItInTheBreadcrumbAndBackReturnsToTheList() {
        model.openTopic(RichContent.DRIVING);
        assertEquals(Place.topic(RichContent.DRIVING), model.place());
        assertEquals("Driving after treatment", model.topicProperty().get().title());
        assertEquals("Driving after treatment", navigator.detailProperty().get());
        assertTrue(model.canGoBackProperty().get());

        model.back();
        assertEquals(Place.of(View.LIST), model.place());
        assertNull(model.topicProperty().get());
        assertEquals("", navigator.detailProperty().get());
        assertFalse(model.canGoBackProperty().get());
    }

    @Test
    void backWalksThroughTopicsSearchAndTheList() {
        model.searchTextProperty().set("driving");
        assertEquals(View.SEARCH, model.place().view());
        model.openTopic(RichContent.DRIVING);
        model.openTopic(RichContent.COSTS);

        model.back();
        assertEquals(Place.topic(RichContent.DRIVING), model.place());
        model.back();
        assertEquals(View.SEARCH, model.place().view());
        assertEquals("driving", model.searchTextProperty().get(), "the search is still there");
        model.back();
        assertEquals(View.LIST, model.place().view());
    }

    @Test
    void typingShowsResultsAndClearingShowsTheListAgain() {
        model.searchTextProperty().set("dis");
        assertEquals(View.SEARCH, model.place().view());
        model.searchTextProperty().set("dissocation");
        assertFalse(model.resultsProperty().get().hits().isEmpty());
        assertEquals("Search", navigator.detailProperty().get());

        model.searchTextProperty().set("   ");
        assertEquals(View.LIST, model.place().view());
        assertTrue(model.resultsProperty().get().isBlank());
        assertFalse(model.canGoBackProperty().get(), "clearing the search does not leave a step to go back to");
    }

    @Test
    void anotherScreenCanLinkToATopicAndBackReturnsToThatScreen() {
        navigator.goTo(Screen.SCREENING);
        assertTrue(model.openTopic(RichContent.SIDE_EFFECTS));
        assertEquals(Screen.TOPICS, navigator.current());
        assertEquals("Side effects", navigator.detailProperty().get());

        model.back();
        assertEquals(Screen.SCREENING, navigator.current());
    }

    @Test
    void anUnknownTopicShowsTheList() {
        model.openTopic(RichContent.DRIVING);
        assertFalse(model.openTopic("no-such-topic"));
        assertEquals(View.LIST, model.place().view());
    }

    @ParameterizedTest
    @CsvSource({"side-effects, SCREENING", "driving, PLANNER"})
    void topicActionsOpenTheirTool(String topicId, Screen tool) {
        model.openAction(content.topic(topicId).orElseThrow());
        assertEquals(tool, navigator.current());
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "comparison", "questions", "glossary"})
    void aPageOfItsOwnEmptiesTheSearchBoxAndBackSkipsTheOldResults(String page) {
        model.openTopic(RichContent.COSTS);
        model.searchTextProperty().set("driving");
        assertEquals(View.SEARCH, model.place().view());
        switch (page) {
            case "list" -> model.showList();
            case "comparison" -> model.showComparison();
            case "questions" -> model.showMyQuestions();
            default -> model.showGlossary("");
        }
        assertEquals("", model.searchTextProperty().get(), page);
        assertNotEquals(View.SEARCH, model.place().view(), page);
        model.back();
        assertEquals(Place.topic(RichContent.COSTS), model.place(), "Back skips the results that were left");
    }

    @Test
    void theComparisonActionOpensTheComparison() {
        model.openTopic(RichContent.COSTS);
        model.openAction(content.topic(RichContent.COSTS).orElseThrow());
        assertEquals(View.COMPARISON, model.place().view());
        assertEquals("Compare options", navigator.detailProperty().get());
        assertEquals(Screen.TOPICS, navigator.current());
    }

    @Test
    void comingBackToTheScreenRestoresTheBreadcrumb() {
        model.openTopic(RichContent.COSTS);
        navigator.home();
        assertEquals("", navigator.detailProperty().get());
        navigator.goTo(Screen.TOPICS);
        assertEquals("What it costs", navigator.detailProperty().get());
    }

    @Test
    void questionsAreAddedOnceAndCanBeTakenOut() {
        model.toggleQuestion(RichContent.QUESTION);
        assertTrue(model.isAdded(RichContent.QUESTION));
        assertEquals(List.of(RichContent.QUESTION), visit.myQuestions().questions());
        model.toggleQuestion(RichContent.QUESTION);
        assertFalse(model.isAdded(RichContent.QUESTION));
        model.toggleQuestion(RichContent.QUESTION);
        model.removeQuestion(RichContent.QUESTION);
        assertTrue(visit.myQuestions().questions().isEmpty());
    }

    @Test
    void endingTheVisitForgetsEverything() {
        model.searchTextProperty().set("drive");
        model.openTopic(RichContent.DRIVING);
        model.rememberScroll(Place.topic(RichContent.DRIVING), 0.7);
        model.showGlossary("infusion");
        model.toggleQuestion(RichContent.QUESTION);

        visit.endVisit();
        assertEquals("", model.searchTextProperty().get());
        assertTrue(model.resultsProperty().get().isBlank());
        assertEquals(Place.of(View.LIST), model.place());
        assertNull(model.topicProperty().get());
        assertFalse(model.canGoBackProperty().get());
        assertEquals(0.0, model.scrollPosition(Place.topic(RichContent.DRIVING)));
        assertEquals("", model.glossaryFocusProperty().get());
        assertTrue(model.myQuestions().isEmpty());
    }

    @Test
    void scrollPositionsAreKeptForGoingBackButANewVisitToAPageStartsAtTheTop() {
        model.openTopic(RichContent.DRIVING);
        model.rememberScroll(Place.topic(RichContent.DRIVING), 0.5);
        model.openTopic(RichContent.COSTS);
        model.back();
        assertEquals(0.5, model.scrollPosition(Place.topic(RichContent.DRIVING)));
        model.showList();
        model.openTopic(RichContent.DRIVING);
        assertEquals(0.0, model.scrollPosition(Place.topic(RichContent.DRIVING)));
    }

    @Test
    void glossaryIsAtoZ() {
        assertEquals(List.of("dissociation", "ECT", "infusion"),
                model.glossary().stream().map(g -> g.term()).toList());
    }

    @Test
    void printedTopicFollowsThePageOrderWithNumberedSources() {
        model.openTopic(RichContent.SIDE_EFFECTS);
        model.printTopic();
        PrintDocument doc = printing.printed.get(0);
        assertEquals("Side effects", doc.title());
        List<String> text = doc.blocks().stream().map(TopicBrowserModelTest::text).toList();
        int keyPoints = text.indexOf("Key points");
        int section = text.indexOf("Feeling detached");
        int questions = text.indexOf("Questions to ask your clinician");
        int related = text.indexOf("Related topics");
        int sources = text.indexOf("Sources");
        assertTrue(0 < keyPoints && keyPoints < section && section < questions && questions < related
                && related < sources, text.toString());
        assertTrue(text.contains("Sources: 1, 2"), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.startsWith("\u201cPatients must be watched") && t.contains("source 1")));
        assertTrue(text.contains("1. SPRAVATO label. FDA, 2026. https://example.org/label"), text.toString());
        assertTrue(text.contains("Last reviewed: November 23, 2026"));
        assertTrue(text.stream().anyMatch(t -> t.contains(RichContent.QUESTION)), text.toString());
        assertEquals("Driving after treatment", text.get(related + 1), "related topics by title");
    }

    @Test
    void exportsUseTheTopicIdAsFileNameAndTheComparisonIsATableWithSourceNumbers() {
        model.openTopic(RichContent.DRIVING);
        model.exportTopic();
        model.exportComparison();
        model.toggleQuestion(RichContent.QUESTION);
        model.exportQuestions();
        assertEquals(List.of("driving.pdf", "compare-options.pdf", "my-questions.pdf"), printing.saved);
        PrintDocument.Table table = printing.printed.get(1).blocks().stream()
                .filter(b -> b instanceof PrintDocument.Table).map(b -> (PrintDocument.Table) b).findFirst().orElseThrow();
        assertEquals(List.of("", "IV ketamine", "Spravato", "ECT"), table.header());
        assertEquals(List.of("FDA approval", "Not approved for depression. (source 1)", "Approved in 2019. (source 2)",
                "Cleared as a device. (sources 1, 3)"), table.rows().get(0));
        assertTrue(printing.printed.get(2).blocks().stream()
                .anyMatch(b -> b instanceof PrintDocument.Bullets bl && bl.items().contains(RichContent.QUESTION)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankSearchNeverLeavesTheCurrentPage(String text) {
        model.openTopic(RichContent.COSTS);
        model.searchTextProperty().set(text);
        assertEquals(Place.topic(RichContent.COSTS), model.place());
    }

    private static String text(PrintDocument.Block block) {
        if (block instanceof PrintDocument.Heading h) {
            return h.text();
        }
        if (block instanceof PrintDocument.Paragraph p) {
            return p.text();
        }
        if (block instanceof PrintDocument.Note n) {
            return n.text();
        }
        if (block instanceof PrintDocument.Bullets b) {
            return String.join("\n", b.items());
        }
        return block.toString();
    }
}
