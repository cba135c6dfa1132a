package org.ketamineguide.topics.ui;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.ketamineguide.topics.GlossaryMatcher;
import org.ketamineguide.topics.Span;

/**
 * Builds wrapping text with marked words: search matches in bold colour, and glossary terms as
 * inline links that show their definition. JavaFX thread only.
 */
final class RichText {
    private RichText() {
    }

    /** Text with the given spans highlighted (search results). */
    static TextFlow highlighted(String text, List<Span> spans, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        for (Span.Run run : Span.runs(text, spans)) {
            Text piece = run(run.text());
            if (run.highlighted()) {
                piece.getStyleClass().add("topics-highlight");
            }
            flow.getChildren().add(piece);
        }
        flow.setAccessibleText(text);
        return flow;
    }

    /**
     * Text with glossary terms as links; activating one calls {@code onTerm} with the term id and
     * the link (so the caller can show the definition next to it).
     */
    static TextFlow withTerms(String text, List<GlossaryMatcher.Match> marks, String styleClass, String linkHelp,
                              BiConsumer<String, Hyperlink> onTerm) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        int at = 0;
        for (GlossaryMatcher.Match mark : marks) {
            if (mark.start() > at) {
                flow.getChildren().add(run(text.substring(at, mark.start())));
            }
            Hyperlink link = new Hyperlink(text.substring(mark.start(), mark.end()));
            link.getStyleClass().add("topics-term");
            link.setMnemonicParsing(false);
            link.setAccessibleHelp(linkHelp);
            link.setOnAction(e -> onTerm.accept(mark.termId(), link));
            flow.getChildren().add(link);
            at = mark.end();
        }
        if (at < text.length()) {
            flow.getChildren().add(run(text.substring(at)));
        }
        flow.setAccessibleText(text);
        return flow;
    }

    private static Text run(String text) {
        Text run = new Text(text);
        run.getStyleClass().add("topics-run");
        return run;
    }
}
