package org.ketamineguide.decision.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.decision.DecisionContent;
import org.ketamineguide.decision.DecisionOption;
import org.ketamineguide.decision.Outcome;
import org.ketamineguide.decision.OutcomeText;
import org.ketamineguide.i18n.Messages;

/**
 * The options side by side: one card per option, every card with the same parts in the same
 * sequence (what it is like, good points, downsides, serious risks, what is not known, cost, what
 * the studies found). Two columns when there is room, one when the window is narrow or the text
 * is large. JavaFX thread only.
 */
final class OptionsView {
    /** Below this many text-heights of width, the cards go in one column. */
    private static final double TWO_COLUMN_EMS = 56;

    private final DecisionContent content;
    private final OutcomeText text;
    private final Messages messages;
    private final Map<String, Integer> sourceNumbers = new LinkedHashMap<>();
    private final List<VBox> cards = new ArrayList<>();
    private final StackPane holder;
    private final Label emSource;
    private int columns;

    OptionsView(DecisionContent content, OutcomeText text, Messages messages, StackPane holder, Label emSource) {
        this.content = content;
        this.text = text;
        this.messages = messages;
        this.holder = holder;
        this.emSource = emSource;
        int n = 1;
        for (String id : content.sourceIds()) {
            sourceNumbers.put(id, n++);
        }
        for (DecisionOption o : content.options()) {
            cards.add(card(o));
        }
        holder.widthProperty().addListener((obs, old, w) -> layout());
        emSource.fontProperty().addListener((obs, old, f) -> layout());
        layout();
    }

    /** The source ids in the numbering the cards use. */
    List<String> sourceIds() {
        return List.copyOf(sourceNumbers.keySet());
    }

    /** Two columns when each gets enough room for its text, else one. */
    void layout() {
        double em = emSource.getFont().getSize();
        double width = holder.getWidth();
        int wanted = width <= 0 || width / em >= TWO_COLUMN_EMS ? 2 : 1;
        if (wanted == columns) {
            return;
        }
        columns = wanted;
        GridPane grid = new GridPane();
        grid.getStyleClass().add("decision-option-grid");
        grid.setId("optionGrid");
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < cards.size(); i++) {
            grid.add(cards.get(i), i % columns, i / columns);
        }
        holder.getChildren().setAll(grid);
    }

    private VBox card(DecisionOption o) {
        VBox card = new VBox();
        card.getStyleClass().add("decision-option-card");
        card.setId("option-" + o.id());
        card.setMaxHeight(Double.MAX_VALUE);
        // the columns share the width the page has; a card never asks for more than that
        card.setMinWidth(0);
        card.setPrefWidth(1);
        card.getChildren().addAll(Views.heading(o.name(), "decision-option-name"),
                Views.label(o.summary(), "body-text"));
        card.getChildren().add(Views.heading(messages.get("decision.option.like"), "decision-part-heading"));
        List<String> partKeys = List.of("visits", "time", "course", "how", "driving", "work");
        List<String> parts = o.experience().parts();
        for (int i = 0; i < parts.size(); i++) {
            card.getChildren().add(Views.label(messages.get("decision.option.like." + partKeys.get(i)) + ": "
                    + parts.get(i), "decision-like-line"));
        }
        part(card, "decision.option.benefits", o.benefits());
        part(card, "decision.option.commonHarms", o.commonHarms());
        part(card, "decision.option.seriousHarms", o.seriousHarms());
        part(card, "decision.option.unknowns", o.unknowns());
        card.getChildren().addAll(Views.heading(messages.get("decision.option.cost"), "decision-part-heading"),
                Views.label(o.cost(), "body-text"));
        card.getChildren().add(Views.heading(messages.get("decision.option.studies"), "decision-part-heading"));
        for (Outcome out : content.outcomesFor(o.id())) {
            card.getChildren().add(outcome(out));
        }
        card.getChildren().add(Views.label(sources(o.sourceIds()), "topics-section-sources"));
        return card;
    }

    private void part(VBox card, String key, List<String> items) {
        card.getChildren().addAll(Views.heading(messages.get(key), "decision-part-heading"),
                Views.bullets(items, "body-text"));
    }

    private VBox outcome(Outcome o) {
        FlowPane charts = new FlowPane();
        charts.setPrefWrapLength(1);
        charts.setMinWidth(0);
        charts.getStyleClass().add("decision-charts");
        String base = "chart-" + o.option() + "-" + o.measure().id() + "-" + o.weeks();
        charts.getChildren().add(IconArrayView.of(text.chart(o), base));
        text.comparatorChart(o).ifPresent(c -> charts.getChildren().add(IconArrayView.of(c, base + "-comparator")));
        VBox box = Views.box("decision-outcome",
                Views.heading(text.title(o), "decision-outcome-title"),
                Views.label(text.comparison(o), o.headToHead() ? "decision-head-to-head" : "decision-not-head-to-head"),
                charts,
                Views.label(text.headline(o), "decision-outcome-headline"),
                Views.label(text.comparator(o), "body-text"),
                Views.label(text.range(o), "body-text"),
                Views.label(text.population(o), "body-text"),
                Views.label(text.evidence(o), "decision-evidence"));
        o.caution().ifPresent(c -> box.getChildren().add(Views.label(c, "topics-muted")));
        box.getChildren().add(Views.label(messages.format("decision.outcome.study", o.study(),
                sources(o.sourceIds())), "topics-section-sources"));
        return box;
    }

    private String sources(List<String> ids) {
        List<String> numbers = ids.stream().map(id -> String.valueOf(sourceNumbers.get(id))).toList();
        return messages.format(numbers.size() == 1 ? "decision.sources.one" : "decision.sources.many",
                String.join(", ", numbers));
    }
}
