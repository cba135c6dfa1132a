package org.ketamineguide.topics.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.GlossaryTerm;
import org.ketamineguide.i18n.Messages;

/**
 * Shows a glossary term's definition in place, right under the paragraph that holds the term;
 * one at a time. The same link, the Close button or Escape hides it and puts focus back on the
 * term. JavaFX thread only.
 */
final class TermDefinitions {
    private final TopicBrowserModel model;
    private final Messages messages;
    private VBox openBox;
    private Hyperlink openFor;

    TermDefinitions(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Lets Escape anywhere inside {@code page} close an open definition. */
    void closeOnEscape(Parent page) {
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && isOpen()) {
                close();
                e.consume();
            }
        });
    }

    boolean isOpen() {
        return openBox != null;
    }

    /** Opens the definition of a term under the paragraph of its link, or closes it when open. */
    void toggle(String termId, Hyperlink link) {
        if (link == openFor) {
            close();
            return;
        }
        close();
        GlossaryTerm term = model.glossaryTerm(termId).orElse(null);
        if (term == null || !(link.getParent() != null && link.getParent().getParent() instanceof Pane block)) {
            return;
        }
        Label heading = TopicPageView.label(term.term(), "topics-definition-term", null);
        Label definition = TopicPageView.label(term.definition(), "topics-definition-text", "definitionText");
        Hyperlink all = new Hyperlink(messages.get("topics.term.glossary"));
        all.setId("definitionGlossaryLink");
        all.setMnemonicParsing(false);
        all.setOnAction(e -> model.showGlossary(term.id()));
        Button closeButton = TopicPageView.button(messages.get("topics.term.close"), "closeDefinitionButton",
                e -> close());
        FlowPane actions = new FlowPane(closeButton, all);
        actions.getStyleClass().add("topics-definition-actions");
        VBox box = new VBox(heading, definition, actions);
        box.getStyleClass().add("topics-definition");
        box.setId("glossaryDefinition");
        box.setAccessibleRole(AccessibleRole.PARENT);
        box.setAccessibleText(messages.format("topics.term.spoken", term.term(), term.definition()));
        block.getChildren().add(box);
        openBox = box;
        openFor = link;
        link.pseudoClassStateChanged(TopicsStyles.OPEN, true);
        closeButton.requestFocus();
    }

    /** Hides the open definition, if any, and returns focus to its term. */
    void close() {
        if (openBox == null) {
            return;
        }
        if (openBox.getParent() instanceof Pane parent) {
            parent.getChildren().remove(openBox);
        }
        Hyperlink term = openFor;
        forget();
        term.pseudoClassStateChanged(TopicsStyles.OPEN, false);
        if (term.getScene() != null) {
            term.requestFocus();
        }
    }

    /** Hides the open definition, if any, without moving focus (its page is being left). */
    void dismiss() {
        if (openBox != null && openBox.getParent() instanceof Pane parent) {
            parent.getChildren().remove(openBox);
        }
        if (openFor != null) {
            openFor.pseudoClassStateChanged(TopicsStyles.OPEN, false);
        }
        forget();
    }

    /** Drops the reference to an open definition whose page was replaced. */
    void forget() {
        openBox = null;
        openFor = null;
    }
}
