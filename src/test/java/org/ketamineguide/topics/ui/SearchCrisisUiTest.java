package org.ketamineguide.topics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.testing.AppUiTest;

/** Words of danger typed into topic search bring crisis help above any result, on a laptop. */
class SearchCrisisUiTest extends AppUiTest {

    private void search(String words) {
        clickOn("#topicsTile");
        clickOn("#topicSearchField").write(words);
    }

    private List<String> cardText() {
        return lookup("#crisisHelpCard .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void pastedLinesStayApartSoWordsOfDangerOnTheSecondLineAreSeen() {
        clickOn("#topicsTile");
        javafx.scene.control.TextField field = node("#topicSearchField");
        clickOn(field);
        // the field used to drop the line break: "nothing helps" + "kill myself" read as "nothing helpskill myself"
        fx(() -> field.replaceSelection("nothing helps\nkill myself"));
        assertEquals("nothing helps kill myself", field.getText());
        assertTrue(showing("#crisisHelpCard"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"i want to kill myself", "suicide", "sucide", "quiero morirme"})
    void aDangerPhraseShowsTheCrisisCardAboveTheResults(String words) {
        search(words);
        assertTrue(showing("#searchResultsView"));
        assertTrue(showing("#crisisHelpCard"), "no crisis card for: " + words);
        List<String> text = cardText();
        assertTrue(text.stream().anyMatch(t -> t.contains("911")), text.toString());
        assertTrue(text.stream().anyMatch(t -> t.contains("Call or text 988") && t.contains("988lifeline.org")),
                text.toString());
        assertFalse(showing("#crisisHelpStaff"), "the staff line is for a kiosk");
    }

    @Test
    void theCardComesBeforeAnyResult() {
        search("suicidal");
        assertTrue(showing("#crisisHelpCard"));
        assertFalse(lookup("#searchTopicHits .topics-card").queryAll().isEmpty(), "the question still gets answers");
        settle();
        Bounds card = node("#crisisHelpCard").localToScene(node("#crisisHelpCard").getBoundsInLocal());
        Bounds summary = node("#searchSummary").localToScene(node("#searchSummary").getBoundsInLocal());
        assertTrue(card.getMaxY() <= summary.getMinY(), "the card comes before any result");
    }

    @Test
    void withNothingElseToShowTheCardSpeaksAlone() {
        search("i want to kill myself");
        assertTrue(showing("#crisisHelpCard"));
        assertFalse(node("#searchSummary").isVisible(), "no \"Nothing matches\" under the card");
        assertFalse(node("#searchSuggestions").isVisible());
    }

    @Test
    void theCardsButtonOpensTheFullCrisisPanel() {
        search("suicide");
        assertFalse(app.crisis().isOpen());
        clickOn("#crisisHelpOpen");
        assertTrue(app.crisis().isOpen());
        assertTrue(showing("#crisisPanel"));
    }

    @Test
    void ordinaryQuestionsShowNoCardAndTheCardGoesWhenTheWordsGo() {
        search("ketamine dose");
        assertFalse(showing("#crisisHelpCard"));
        TextField field = node("#topicSearchField");
        fx(() -> field.setText("i want to die"));
        assertTrue(showing("#crisisHelpCard"));
        fx(() -> field.setText("side effects"));
        assertFalse(showing("#crisisHelpCard"));
        assertFalse(node("#searchCrisisSlot").isManaged(), "an empty slot takes no room");
    }

    @Test
    void theCardIsStillThereWhenNothingElseMatches() {
        search("no reason to live");
        assertTrue(showing("#crisisHelpCard"));
        Node first = node("#searchResultsView .topics-page").lookup("#searchCrisisSlot");
        assertEquals(first, ((javafx.scene.layout.Pane) node("#searchResultsView .topics-page"))
                .getChildrenUnmodifiable().get(0), "the card's slot is the first thing on the page");
    }
}
