package org.ketamineguide.topics.ui;

import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.Topic;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.ui.ViewScope;

/**
 * One topic page, rebuilt whenever the model shows another topic. Leaving the page (the topic
 * becomes none) closes an open definition but keeps the nodes, so Back to the same topic shows
 * them again instead of building the page anew. JavaFX thread only.
 */
public final class TopicPageController {
    private final TopicBrowserModel model;
    private final TopicPageView view;
    /** The topic whose page the box holds, or null. */
    private Topic built;

    @FXML
    private VBox pageBox;

    public TopicPageController(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.view = new TopicPageView(model, messages);
    }

    @FXML
    private void initialize() {
        view.definitions().closeOnEscape(pageBox);
        show(model.topicProperty().get());
        ViewScope scope = new ViewScope(pageBox);
        scope.onChange(model.topicProperty(), (before, topic) -> show(topic));
        scope.follow(this::refreshQuestions, model.myQuestions());
    }

    private void refreshQuestions() {
        view.refreshQuestions();
    }

    private void show(Topic topic) {
        if (topic == null) {
            view.definitions().dismiss();
        } else if (topic != built) {
            pageBox.getChildren().setAll(view.build(topic));
            built = topic;
        }
    }
}
