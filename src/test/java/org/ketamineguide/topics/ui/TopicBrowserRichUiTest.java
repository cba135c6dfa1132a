package org.ketamineguide.topics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.topics.Words;

/**
 * The Learn screen on test content that has what the bundled seed lacks yet: related topics,
 * tool buttons, quotes, bullets, glossary words with forms and a three-column comparison.
 */
class TopicBrowserRichUiTest extends AppUiTest {
    @TempDir
    Path dir;
    private RichBrowser browser;

    @BeforeEach
    void showRichBrowser() throws IOException {
        var content = RichContent.load(dir);
        Stage stage = (Stage) node("#appRoot").getScene().getWindow();
        fx(() -> browser = RichBrowser.show(stage, content, files, true));
    }

    private void open(String topicId) {
        fx(() -> browser.model.openTopic(topicId));
    }

    private <T extends Node> List<T> visible(String selector) {
        return lookup(selector).<T>queryAll().stream().filter(BrowserChecks::reallyVisible).toList();
    }

    private String title() {
        return this.<Label>node("#topicTitle").getText();
    }

    @Test
    void relatedLinksOpenTheOtherTopicAndBackComesBack() {
        open(RichContent.SIDE_EFFECTS);
        Hyperlink related = visible(".topics-related-link").stream().map(n -> (Hyperlink) n)
                .filter(l -> l.getText().equals("Driving after treatment")).findFirst().orElseThrow();
        fx(related::requestFocus);
        push(KeyCode.ENTER);
        assertEquals("Driving after treatment", title());
        assertEquals(List.of("Side effects", "What it costs"),
                visible(".topics-related-link").stream().map(n -> ((Hyperlink) n).getText()).toList());

        clickOn("#topicsBackButton");
        assertEquals("Side effects", title());
    }

    @ParameterizedTest
    @CsvSource({"side-effects, SCREENING, Check what fits me", "driving, PLANNER, Plan my costs"})
    void toolTopicsHaveAClearButtonToTheirTool(String topicId, Screen tool, String buttonText) {
        open(topicId);
        assertEquals(buttonText, this.<javafx.scene.control.Button>node("#topicActionButton").getText());
        clickOn("#topicActionButton");
        assertEquals(tool, browser.navigator.current());
    }

    @Test
    void theComparisonTopicOpensTheComparison() {
        open(RichContent.COSTS);
        clickOn("#topicActionButton");
        assertTrue(showing("#comparisonView"));
    }

    @Test
    void glossaryWordsAreMarkedOncePerSectionInAnyFormAndCase() {
        open(RichContent.SIDE_EFFECTS);
        List<String> marked = visible(".topics-term").stream().map(n -> Words.fold(((Hyperlink) n).getText())).toList();
        // the summary and the first section each mark "dissociation" once; "infusion" is in the first section
        assertEquals(2, marked.stream().filter(w -> w.equals("dissociation")).count(), marked.toString());
        assertEquals(1, marked.stream().filter(w -> w.equals("infusion")).count(), marked.toString());
        assertFalse(marked.contains("ect"));
    }

    @Test
    void quotesShowAsQuotationsWithTheirSourceAndSectionsPointToTheSourceList() {
        open(RichContent.SIDE_EFFECTS);
        assertEquals("\u201cPatients must be watched for at least 2 hours.\u201d",
                lookup(".topics-quote-text").queryAs(Label.class).getText());
        assertEquals("\u2014 Source 1: SPRAVATO label", lookup(".topics-quote-source").queryAs(Label.class).getText());
        assertEquals(List.of("Sources: 1, 2", "Source: 1"),
                visible("#topicPage .topics-section-sources").stream().map(n -> ((Label) n).getText()).toList());
        assertEquals(List.of("1. SPRAVATO label. FDA, 2026. https://example.org/label",
                        "2. A patient guide. A clinic group, 2025. https://example.org/guide",
                        "3. What treatment costs. A survey, 2024. https://example.org/prices"),
                visible("#topicSources .source-line").stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void threeOptionColumnsShareTheWidthEquallyAndShowTheirSources() {
        clickOn("#comparisonButton");
        List<Region> heads = visible("#comparisonGrid .topics-compare-head");
        assertEquals(3, heads.size());
        assertTrue(heads.stream().allMatch(h -> Math.abs(h.getWidth() - heads.get(0).getWidth()) < 1.5));
        assertEquals(List.of("Source: 1", "Source: 2", "Sources: 1, 3", "Source: 1", "Source: 2", "Source: 3"),
                visible("#comparisonGrid .topics-section-sources").stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void largeTextNeverCutsTheRichPageOrTheComparisonCards() {
        fx(() -> node("#topicBrowser").getScene().getRoot().setStyle("-fx-font-size: 40px;"));
        open(RichContent.SIDE_EFFECTS);
        assertEquals(List.of(), BrowserChecks.truncatedTexts(node("#topicPageView")));
        clickOn("#topicsMoreMenu");
        clickOn(lookup(".topics-menu-item").<Node>queryAll().stream()
                .filter(n -> n.lookup(".label") instanceof Label l && l.getText().equals("Compare options"))
                .findFirst().orElseThrow());
        assertTrue(showing("#comparisonCards"));
        assertEquals(List.of(), BrowserChecks.truncatedTexts(node("#comparisonView")));
    }

    @Test
    void aKioskNeverOffersToSave() {
        Stage stage = (Stage) node("#topicBrowser").getScene().getWindow();
        fx(() -> browser = RichBrowser.show(stage, contentAgain(), files,
                false));
        open(RichContent.DRIVING);
        assertFalse(showing("#exportTopicButton"));
        assertTrue(showing("#printTopicButton"));
        clickOn("#comparisonButton");
        assertFalse(showing("#exportComparisonButton"));
        assertTrue(showing("#printComparisonButton"));
        clickOn("#myQuestionsButton");
        assertFalse(showing("#exportQuestionsButton"));
        assertEquals(0, files.timesAsked());
    }

    private org.ketamineguide.content.ContentRepository contentAgain() {
        try {
            return RichContent.load(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
