package org.ketamineguide.topics.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.Topic;
import org.ketamineguide.i18n.Messages;

/** One topic page, rebuilt whenever the model shows another topic. JavaFX thread only. */
public final class TopicPageController {
    private final TopicBrowserModel model;
    private final TopicPageView view;
    // the model outlives this view (a kiosk reloads views every visit): it holds these only weakly
    private final ChangeListener<Topic> onTopic = (obs, old, topic) -> show(topic);
    private final ListChangeListener<String> onQuestions = c -> refreshQuestions();

    @FXML
    private VBox pageBox;

    public TopicPageController(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.view = new TopicPageView(model, messages);
    }

    @FXML
    private void initialize() {
        // the model holds this controller only weakly, so its view must hold it
        pageBox.getProperties().put(getClass(), this);
        view.definitions().closeOnEscape(pageBox);
        model.topicProperty().addListener(new WeakChangeListener<>(onTopic));
        model.myQuestions().addListener(new WeakListChangeListener<>(onQuestions));
        show(model.topicProperty().get());
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
