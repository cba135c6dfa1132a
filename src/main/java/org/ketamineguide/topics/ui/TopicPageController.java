package org.ketamineguide.topics.ui;

import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.Topic;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.ui.ViewScope;

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
            view.definitions().forget();
            pageBox.getChildren().clear();
        } else {
            pageBox.getChildren().setAll(view.build(topic));
        }
    }
}
