package org.ketamineguide.topics.ui;

import javafx.css.PseudoClass;

/** CSS pseudo-classes the topic views switch on and off. */
final class TopicsStyles {
    /** A question that is in My questions. */
    static final PseudoClass ADDED = PseudoClass.getPseudoClass("added");
    /** A glossary term whose definition is open. */
    static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    /** The current page's navigation button. */
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private TopicsStyles() {
    }
}
