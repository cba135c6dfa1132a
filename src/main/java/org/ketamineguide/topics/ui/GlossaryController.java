package org.ketamineguide.topics.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.GlossaryTerm;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.topics.Words;
import org.ketamineguide.ui.ViewScope;

/**
 * The glossary: every term A to Z under its letter, with its definition and sources. When the
 * user comes from a word in a topic, that word's entry is brought into view and marked.
 * JavaFX thread only.
 */
public final class GlossaryController {
    private final TopicBrowserModel model;
    private final Messages messages;
    private final Map<String, VBox> entries = new HashMap<>();

    @FXML
    private ScrollPane glossaryView;
    @FXML
    private VBox termList;

    public GlossaryController(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        char letter = 0;
        for (GlossaryTerm term : model.glossary()) {
            char first = Character.toUpperCase(Words.fold(term.term()).charAt(0));
            if (first != letter) {
                letter = first;
                termList.getChildren().add(TopicPageView.label(String.valueOf(letter), "topics-glossary-letter", null));
            }
            termList.getChildren().add(entry(term));
        }
        ViewScope scope = new ViewScope(termList);
        scope.onChange(model.glossaryFocusProperty(), (before, id) -> bringIntoView(id));
        scope.onChange(model.placeProperty(), (before, place) -> onPlace(place));
    }

    private void onPlace(TopicBrowserModel.Place place) {
        if (place.view() == TopicBrowserModel.View.GLOSSARY) {
            bringIntoView(model.glossaryFocusProperty().get());
        }
    }

    private VBox entry(GlossaryTerm term) {
        VBox box = new VBox(TopicPageView.label(term.term(), "topics-glossary-term", null));
        if (!term.forms().isEmpty()) {
            box.getChildren().add(TopicPageView.label(messages.format("topics.glossary.forms",
                    String.join(", ", term.forms())), "topics-muted", null));
        }
        model.endedOn(term).ifPresent(end -> box.getChildren().add(TopicPageView.label(
                messages.format("topics.page.validUntil.ended", messages.date(end)),
                "topics-ended-notice", null)));
        box.getChildren().add(TopicPageView.label(term.definition(), "topics-glossary-definition", null));
        String sources = term.sources().stream().map(model::findSource).flatMap(java.util.Optional::stream)
                .map(s -> s.title() + " (" + s.publisher() + ", " + s.year() + ")").collect(Collectors.joining("; "));
        if (!sources.isEmpty()) {
            box.getChildren().add(TopicPageView.label(messages.format("topics.glossary.source", sources),
                    "topics-section-sources", null));
        }
        box.getStyleClass().add("topics-glossary-entry");
        box.setId("glossaryEntry-" + term.id());
        entries.put(term.id(), box);
        return box;
    }

    private void bringIntoView(String id) {
        entries.forEach((key, box) -> box.pseudoClassStateChanged(TopicsStyles.CURRENT, key.equals(id)));
        VBox target = entries.get(id);
        if (target != null) {
            // after the browser has shown this page and restored its scroll position
            Platform.runLater(() -> Platform.runLater(() -> {
                glossaryView.layout();
                ScrollIntoView.toTop(glossaryView, target);
            }));
        }
    }
}
