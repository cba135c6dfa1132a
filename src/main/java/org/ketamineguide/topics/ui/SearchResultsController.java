package org.ketamineguide.topics.ui;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.topics.SearchHit;
import org.ketamineguide.topics.SearchResults;
import org.ketamineguide.ui.CrisisCard;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * Search results as they are typed: crisis help first when the words say someone may be in
 * danger, then matching pages, then matching glossary words, each with the matched words
 * highlighted; when nothing matches, topics to try instead. JavaFX thread only.
 */
public final class SearchResultsController {
    private final TopicBrowserModel model;
    private final Messages messages;
    private final CrisisCard crisisCard;

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
        BooleanBinding anyTopic = whenResults(r -> !r.hits(SearchHit.Kind.TOPIC).isEmpty());
        BooleanBinding anyWord = whenResults(r -> !r.hits(SearchHit.Kind.GLOSSARY).isEmpty());
        // words of danger with nothing to show: the card speaks alone, no cold "Nothing matches" under it
        BooleanBinding cardAlone = whenResults(r -> r.crisis() && r.hits().isEmpty());
        BooleanBinding trySuggestions = whenResults(r -> !r.suggestions().isEmpty()).and(cardAlone.not());
        Shown.when(topicHits, anyTopic);
        Shown.when(glossaryHits, anyWord);
        Shown.when(glossaryHeading, anyWord);
        Shown.when(resultsSummary, cardAlone.not());
        Shown.when(suggestionsHeading, trySuggestions);
        Shown.when(suggestions, trySuggestions);
        show(model.resultsProperty().get());
        new ViewScope(resultsSummary).follow(() -> show(model.resultsProperty().get()), model.resultsProperty());
    }

    private BooleanBinding whenResults(Predicate<SearchResults> rule) {
        return Bindings.createBooleanBinding(() -> rule.test(model.resultsProperty().get()), model.resultsProperty());
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
        suggestionsHeading.setText(messages.get(results.partial() ? "topics.search.partial" : "topics.search.try"));
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
}
