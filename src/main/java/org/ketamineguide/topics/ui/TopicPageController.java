package org.ketamineguide.topics.ui;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.Topic;
import org.ketamineguide.ui.Messages;

/** One topic page, rebuilt whenever the model shows another topic. JavaFX thread only. */
public final class TopicPageController {
    private final TopicBrowserModel model;
    private final TopicPageView view;

    @FXML
    private VBox pageBox;

    public TopicPageController(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.view = new TopicPageView(model, messages);
    }

    @FXML
    private void initialize() {
        view.definitions().closeOnEscape(pageBox);
        model.topicProperty().addListener((obs, old, topic) -> show(topic));
        model.myQuestions().addListener((ListChangeListener<String>) c -> view.refreshQuestions());
        show(model.topicProperty().get());
    }

    private void show(Topic topic) {
        if (topic == null) {
            view.definitions().forget();
            pageBox.getChildren().clear();
        } else {
            pageBox.getChildren().setAll(view.build(topic));
        }
    }
}
