package org.ketamineguide.topics.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.topics.ui.TopicBrowserModel.Place;
import org.ketamineguide.topics.ui.TopicBrowserModel.View;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * The "Learn" screen's frame: Back, the search box, the page buttons, and one sub-view per page
 * (each with its own controller, included from FXML). Shows the page the model names, keeps each
 * page's scroll position and puts focus on a page when the user moves to it. Only the page showing
 * is in the scene: a hidden page would still get CSS and a layout (at no width, where every wrapped
 * line of the glossary and the comparison is measured word by word) whenever the screen is shown,
 * and its view follows the model only while it is in the scene ({@code ViewScope}), catching up when
 * it comes back. JavaFX thread only.
 */
public final class TopicBrowserController {
    private final TopicBrowserModel model;
    private final Messages messages;

    private final Map<View, ScrollPane> pages = new EnumMap<>(View.class);

    @FXML
    private javafx.scene.layout.BorderPane browserRoot;
    @FXML
    private FlowPane toolbar;
    @FXML
    private StackPane pageHolder;
    @FXML
    private MenuButton moreMenu;
    @FXML
    private MenuItem myQuestionsItem;
    @FXML
    private Button backButton;
    @FXML
    private Label searchLabel;
    @FXML
    private TextField searchField;
    @FXML
    private Button clearSearchButton;
    @FXML
    private Button allTopicsButton;
    @FXML
    private Button comparisonButton;
    @FXML
    private Button glossaryButton;
    @FXML
    private Button myQuestionsButton;
    @FXML
    private ScrollPane topicListView;
    @FXML
    private ScrollPane topicPageView;
    @FXML
    private ScrollPane searchResultsView;
    @FXML
    private ScrollPane comparisonView;
    @FXML
    private ScrollPane glossaryView;
    @FXML
    private ScrollPane myQuestionsView;

    public TopicBrowserController(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        pages.put(View.LIST, topicListView);
        pages.put(View.TOPIC, topicPageView);
        pages.put(View.SEARCH, searchResultsView);
        pages.put(View.COMPARISON, comparisonView);
        pages.put(View.GLOSSARY, glossaryView);
        pages.put(View.QUESTIONS, myQuestionsView);
        // Back and Clear are hidden but keep their places, so nothing in the bar moves when a search
        // brings both in (issue 15: the search box and the page buttons jumped sideways); the word
        // "Search" stands in Back's place while it is hidden, so that place is never an empty gap
        backButton.visibleProperty().bind(model.canGoBackProperty());
        searchLabel.visibleProperty().bind(model.canGoBackProperty().not());
        org.ketamineguide.ui.PastedText.install(searchField); // pasted lines stay apart for the crisis check
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        clearSearchButton.visibleProperty().bind(searchField.textProperty().isNotEmpty());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                e.consume();
            } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN)
                    && model.place().view() == View.SEARCH) {
                focusFirstResult();
                e.consume();
            }
        });
        ToolbarFit.install(toolbar, (Region) backButton.getParent(), searchField, moreMenu,
                allTopicsButton, comparisonButton, glossaryButton, myQuestionsButton);
        ToolbarAway.install(browserRoot, toolbar, pages, model.placeProperty(), searchField);
        pages.values().forEach(ScrollIntoView::follow);
        updateQuestionCount();
        show(null, model.place());
        ViewScope scope = new ViewScope(toolbar);
        scope.follow(this::updateQuestionCount, model.myQuestions());
        scope.onChange(model.placeProperty(), this::show);
    }

    private void show(Place old, Place now) {
        if (old != null) {
            model.rememberScroll(old, pages.get(old.view()).getVvalue());
        }
        allTopicsButton.pseudoClassStateChanged(TopicsStyles.CURRENT, now.view() == View.LIST);
        comparisonButton.pseudoClassStateChanged(TopicsStyles.CURRENT, now.view() == View.COMPARISON);
        glossaryButton.pseudoClassStateChanged(TopicsStyles.CURRENT, now.view() == View.GLOSSARY);
        myQuestionsButton.pseudoClassStateChanged(TopicsStyles.CURRENT, now.view() == View.QUESTIONS);
        ScrollPane page = pages.get(now.view());
        boolean joins = pageHolder.getChildren().size() != 1 || pageHolder.getChildren().get(0) != page;
        if (joins) {
            pageHolder.getChildren().setAll(page);
        }
        double position = model.scrollPosition(now);
        // wait for the page to be laid out with its new content before scrolling and focusing it
        // (a page that has just joined gets its skin from CSS and its size from the holder first)
        Platform.runLater(() -> {
            if (joins && page.getParent() == pageHolder) {
                pageHolder.applyCss();
                pageHolder.layout();
            }
            page.layout();
            page.setVvalue(position);
            if (old != null && now.view() != View.SEARCH && !searchField.isFocused()) {
                page.requestFocus();
            }
        });
    }

    private void updateQuestionCount() {
        int count = model.myQuestions().size();
        String text = count == 0 ? messages.get("topics.nav.questions")
                : messages.format("topics.nav.questionsCount", count);
        myQuestionsButton.setText(text);
        myQuestionsItem.setText(text);
    }

    /** Moves focus from the search box to the first result (or suggestion). */
    private void focusFirstResult() {
        Node first = searchResultsView.lookup(".topics-card");
        if (first != null) {
            first.requestFocus();
        }
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void clearSearch() {
        searchField.clear();
        searchField.requestFocus();
    }

    @FXML
    private void showList() {
        model.showList();
    }

    @FXML
    private void showComparison() {
        model.showComparison();
    }

    @FXML
    private void showGlossary() {
        model.showGlossary(null);
    }

    @FXML
    private void showMyQuestions() {
        model.showMyQuestions();
    }
}
