package org.ketamineguide.topics.ui;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.Category;
import org.ketamineguide.content.Topic;

/** The topic list: one group per category, one card per topic, in the manifest's order. JavaFX thread only. */
public final class TopicListController {
    private final TopicBrowserModel model;

    @FXML
    private VBox categoryBox;

    public TopicListController(TopicBrowserModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        for (Category category : model.categories()) {
            Label heading = TopicPageView.label(category.title(), "section-heading", null);
            VBox group = new VBox(heading);
            group.getStyleClass().add("topics-category");
            for (String id : category.topicIds()) {
                model.findTopic(id).ifPresent(topic -> group.getChildren().add(card(topic)));
            }
            categoryBox.getChildren().add(group);
        }
    }

    private ActionCard card(Topic topic) {
        Label title = TopicPageView.label(topic.title(), "topics-card-title", null);
        Label summary = TopicPageView.label(topic.summary(), "topics-card-text", null);
        ActionCard card = new ActionCard(topic.title(), () -> model.openTopic(topic.id()), title, summary);
        card.setId("topicCard-" + topic.id());
        card.setAccessibleHelp(topic.summary());
        return card;
    }
}
