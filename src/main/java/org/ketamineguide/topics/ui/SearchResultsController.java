package org.ketamineguide.topics.ui;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.topics.SearchHit;
import org.ketamineguide.topics.SearchResults;
import org.ketamineguide.ui.CrisisCard;

/**
 * Search results as they are typed: crisis help first when the words say someone may be in
 * danger, then matching pages, then matching glossary words, each with the matched words
 * highlighted; when nothing matches, topics to try instead. JavaFX thread only.
 */
public final class SearchResultsController {
    private final TopicBrowserModel model;
    private final Messages messages;
    private final CrisisCard crisisCard;
    // the model outlives this view (a kiosk reloads views every visit): it holds this only weakly
    private final ChangeListener<SearchResults> onResults = (obs, old, results) -> show(results);

    @FXML
    private VBox crisisSlot;
    @FXML
    private Label resultsSummary;
    @FXML
    private VBox topicHits;
    @FXML
    private Label glossaryHeading;
    @FXML
    private VBox glossaryHits;
    @FXML
    private Label suggestionsHeading;
    @FXML
    private VBox suggestions;

    public SearchResultsController(TopicBrowserModel model, Messages messages, CrisisCard crisisCard) {
        this.model = model;
        this.messages = messages;
        this.crisisCard = crisisCard;
    }

    @FXML
    private void initialize() {
        // the model holds this controller only weakly, so its view must hold it
        resultsSummary.getProperties().put(getClass(), this);
        model.resultsProperty().addListener(new WeakChangeListener<>(onResults));
        show(model.resultsProperty().get());
    }

    private void show(SearchResults results) {
        crisisCard.show(crisisSlot, results.crisis());
        List<SearchHit> topics = results.hits(SearchHit.Kind.TOPIC);
        List<SearchHit> words = results.hits(SearchHit.Kind.GLOSSARY);
        String query = results.query().strip();
        if (results.hits().isEmpty()) {
            resultsSummary.setText(messages.format("topics.search.none", query));
        } else {
            resultsSummary.setText(messages.format(results.hits().size() == 1 ? "topics.search.one"
                    : "topics.search.count", results.hits().size(), query));
        }
        topicHits.getChildren().setAll(topics.stream().map(this::card).toList());
        glossaryHits.getChildren().setAll(words.stream().map(this::card).toList());
        setShown(topicHits, !topics.isEmpty());
        setShown(glossaryHits, !words.isEmpty());
        setShown(glossaryHeading, !words.isEmpty());
        // words of danger with nothing to show: the card speaks alone, no cold "Nothing matches" under it
        boolean cardAlone = results.crisis() && results.hits().isEmpty();
        setShown(resultsSummary, !cardAlone);
        suggestionsHeading.setText(messages.get(results.partial() ? "topics.search.partial" : "topics.search.try"));
        setShown(suggestionsHeading, !cardAlone && !results.suggestions().isEmpty());
        setShown(suggestions, !cardAlone && !results.suggestions().isEmpty());
        suggestions.getChildren().setAll(results.suggestions().stream().map(this::card).toList());
    }

    private ActionCard card(SearchHit hit) {
        boolean topic = hit.kind() == SearchHit.Kind.TOPIC;
        VBox body = new VBox(RichText.highlighted(hit.title(), hit.titleSpans(), "topics-card-title-flow"));
        if (!hit.context().isEmpty()) {
            body.getChildren().add(TopicPageView.label(messages.format("topics.search.in", hit.context()),
                    "topics-card-context", null));
        }
        body.getChildren().add(RichText.highlighted(hit.snippet(), hit.snippetSpans(), "topics-card-flow"));
        ActionCard card = new ActionCard(hit.title(), topic ? () -> model.openTopic(hit.id())
                : () -> model.showGlossary(hit.id()), body);
        card.getStyleClass().add(topic ? "topics-result" : "topics-result-word");
        card.setAccessibleHelp(hit.snippet());
        return card;
    }

    private static void setShown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
