package org.ketamineguide.topics.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import org.ketamineguide.content.Quote;
import org.ketamineguide.content.Topic;
import org.ketamineguide.content.TopicSection;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.topics.GlossaryMatcher;
import org.ketamineguide.topics.SourceList;
import org.ketamineguide.ui.Shown;

/**
 * Builds the nodes of one topic page, in reading order: title, summary, key points, the tool the
 * topic points to, sections (with quotes and source numbers), questions to ask a clinician,
 * related topics and the numbered sources with the review date. Glossary terms in the text are
 * links that open their definition in place. JavaFX thread only.
 */
final class TopicPageView {

    private final TopicBrowserModel model;
    private final Messages messages;
    private final TermDefinitions definitions;
    private final Map<String, Button> questionButtons = new LinkedHashMap<>();

    TopicPageView(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.definitions = new TermDefinitions(model, messages);
    }

    TermDefinitions definitions() {
        return definitions;
    }

    /** The page of a topic, as a list of nodes to put into the page box. */
    List<Node> build(Topic topic) {
        definitions.forget();
        questionButtons.clear();
        SourceList sources = model.sources(topic);
        List<Node> out = new ArrayList<>();
        out.add(label(topic.title(), "screen-title", "topicTitle"));

        List<String> intro = new ArrayList<>();
        intro.add(topic.summary());
        intro.addAll(topic.keyPoints());
        List<List<GlossaryMatcher.Match>> introMarks = model.glossaryMarks(intro);
        out.add(block(topic.summary(), introMarks.get(0), "topics-lead"));
        out.add(label(messages.format("topics.page.checked", messages.date(topic.lastReviewed())), "topics-muted", null));
        out.add(actions());

        VBox keyPoints = new VBox(label(messages.get("topics.page.keyPoints"), "topics-box-heading", null));
        keyPoints.getStyleClass().add("topics-key-points");
        keyPoints.setId("topicKeyPoints");
        for (int i = 0; i < topic.keyPoints().size(); i++) {
            keyPoints.getChildren().add(bullet(topic.keyPoints().get(i), introMarks.get(i + 1)));
        }
        out.add(keyPoints);
        topic.optionalAction().ifPresent(a -> out.add(actionCallout(topic, a)));

        for (TopicSection section : topic.sections()) {
            out.addAll(section(section, sources));
        }
        out.addAll(questions(topic));
        List<Topic> related = model.related(topic);
        if (!related.isEmpty()) {
            out.add(label(messages.get("topics.page.related"), "section-heading", null));
            FlowPane links = new FlowPane();
            links.getStyleClass().add("topics-related");
            for (Topic other : related) {
                Hyperlink link = new Hyperlink(other.title());
                link.getStyleClass().add("topics-related-link");
                link.setMnemonicParsing(false);
                link.setOnAction(e -> model.openTopic(other.id()));
                links.getChildren().add(link);
            }
            out.add(links);
        }
        out.add(label(messages.get("topics.page.sources"), "section-heading", null));
        VBox list = new VBox();
        list.getStyleClass().add("topics-source-list");
        list.setId("topicSources");
        sources.citations().forEach(c -> list.getChildren().add(label(c, "source-line", null)));
        out.add(list);
        out.add(label(messages.format("topics.page.reviewed", messages.date(topic.lastReviewed())), "topics-muted",
                "topicReviewed"));
        return out;
    }

    /** Updates every "Add to my questions" button to whether its question is in the list. */
    void refreshQuestions() {
        questionButtons.forEach((question, button) -> {
            boolean added = model.isAdded(question);
            button.setText(messages.get(added ? "topics.page.added" : "topics.page.add"));
            button.setAccessibleHelp(messages.get(added ? "topics.page.added.help" : "topics.page.add.help"));
            button.pseudoClassStateChanged(TopicsStyles.ADDED, added);
        });
    }

    private FlowPane actions() {
        FlowPane row = new FlowPane();
        row.getStyleClass().add("topics-actions");
        Button print = button(messages.get("topics.print"), "printTopicButton", e -> model.printTopic());
        Button save = button(messages.get("topics.savePdf"), "exportTopicButton", e -> model.exportTopic());
        Shown.set(save, model.canSave());
        row.getChildren().addAll(print, save);
        return row;
    }

    private VBox actionCallout(Topic topic, String action) {
        String key = "topics.action." + action;
        Label text = label(messages.get(key + ".text"), "topics-callout-text", null);
        Button go = button(messages.get(key), "topicActionButton", e -> model.openAction(topic));
        go.getStyleClass().add("primary");
        VBox box = new VBox(text, go);
        box.getStyleClass().add("topics-callout");
        return box;
    }

    private List<Node> section(TopicSection section, SourceList sources) {
        List<Node> out = new ArrayList<>();
        out.add(label(section.heading(), "section-heading", null));
        model.endedOn(section).ifPresent(end -> out.add(label(
                messages.format("topics.page.validUntil.ended", messages.date(end)), "topics-ended-notice",
                "topicEndedNotice")));
        List<String> texts = new ArrayList<>(section.paragraphs());
        texts.addAll(section.bullets());
        List<List<GlossaryMatcher.Match>> marks = model.glossaryMarks(texts);
        int i = 0;
        for (String paragraph : section.paragraphs()) {
            out.add(block(paragraph, marks.get(i++), "topics-text"));
        }
        if (!section.bullets().isEmpty()) {
            VBox bullets = new VBox();
            bullets.getStyleClass().add("topics-bullets");
            for (String item : section.bullets()) {
                bullets.getChildren().add(bullet(item, marks.get(i++)));
            }
            out.add(bullets);
        }
        section.optionalQuote().ifPresent(q -> out.add(quote(q, sources)));
        if (!section.sources().isEmpty()) {
            out.add(label(messages.format(section.sources().size() == 1 ? "topics.page.sectionSource"
                    : "topics.page.sectionSources", sources.numbers(section.sources())), "topics-section-sources", null));
        }
        return out;
    }

    private VBox quote(Quote quote, SourceList sources) {
        Label text = label(messages.format("topics.page.quote", quote.text()), "topics-quote-text", null);
        String title = model.findSource(quote.source()).map(s -> s.title()).orElse(quote.source());
        Label from = label(messages.format("topics.page.quoteSource", sources.number(quote.source()), title),
                "topics-quote-source", null);
        VBox box = new VBox(text, from);
        box.getStyleClass().add("topics-quote");
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(messages.format("topics.page.quoteSpoken", quote.text(), title));
        return box;
    }

    private List<Node> questions(Topic topic) {
        List<Node> out = new ArrayList<>();
        out.add(label(messages.get("topics.page.questions"), "section-heading", null));
        out.add(label(messages.get("topics.page.questions.hint"), "topics-muted", null));
        VBox list = new VBox();
        list.getStyleClass().add("topics-question-list");
        for (String question : topic.clinicianQuestions()) {
            Label text = label(question, "topics-question-text", null);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button toggle = button("", null, e -> model.toggleQuestion(question));
            toggle.getStyleClass().add("topics-add-question");
            toggle.setAccessibleText(question);
            questionButtons.put(question, toggle);
            HBox row = new HBox(text, toggle);
            row.getStyleClass().add("topics-question");
            list.getChildren().add(row);
        }
        refreshQuestions();
        out.add(list);
        return out;
    }

    /** A paragraph with its glossary terms as links, inside a box where a definition can open. */
    private VBox block(String text, List<GlossaryMatcher.Match> marks, String styleClass) {
        TextFlow flow = RichText.withTerms(text, marks, styleClass, messages.get("topics.term.help"),
                definitions::toggle);
        VBox block = new VBox(flow);
        block.getStyleClass().add("topics-block");
        return block;
    }

    private HBox bullet(String text, List<GlossaryMatcher.Match> marks) {
        Label dot = new Label("\u2022");
        dot.getStyleClass().add("topics-bullet-dot");
        VBox body = block(text, marks, "topics-text");
        body.setMinWidth(0);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(dot, body);
        row.getStyleClass().add("topics-bullet");
        return row;
    }

    static Label label(String text, String styleClass, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    static Button button(String text, String id, javafx.event.EventHandler<javafx.event.ActionEvent> onAction) {
        Button button = new Button(text);
        button.setMnemonicParsing(false);
        button.setWrapText(true);
        button.setOnAction(onAction);
        if (id != null) {
            button.setId(id);
        }
        return button;
    }
}
