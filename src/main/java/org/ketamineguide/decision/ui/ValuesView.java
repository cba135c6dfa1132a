package org.ketamineguide.decision.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ketamineguide.decision.Factor;
import org.ketamineguide.decision.Importance;
import org.ketamineguide.decision.ValuesTable;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.ui.ViewScope;

/**
 * "What matters to me": one row of three large choices per factor (not important, somewhat, very
 * important), and below it the table of how each option stands on what the person marked. The
 * table shows words only, options always in the same sequence. JavaFX thread only.
 */
final class ValuesView {
    private final DecisionModel model;
    private final Messages messages;
    private final VBox tableBox;
    private final Map<Factor, ToggleGroup> groups = new EnumMap<>(Factor.class);

    ValuesView(DecisionModel model, Messages messages, VBox ratingsBox, VBox tableBox) {
        this.model = model;
        this.messages = messages;
        this.tableBox = tableBox;
        for (Factor f : Factor.values()) {
            ToggleGroup group = new ToggleGroup();
            groups.put(f, group);
            FlowPane choices = new FlowPane();
            choices.getStyleClass().add("decision-choice-row");
            choices.setAccessibleRole(AccessibleRole.PARENT);
            String name = messages.get("decision.factor." + f.id());
            choices.setAccessibleText(name);
            for (Importance i : Importance.values()) {
                ToggleButton b = Views.choice(messages.get("decision.importance." + i.id()),
                        "rate-" + f.id() + "-" + i.id(), group, () -> model.rate(f, i));
                b.setUserData(i);
                b.setAccessibleHelp(name);
                choices.getChildren().add(b);
            }
            ratingsBox.getChildren().add(Views.box("decision-factor",
                    Views.heading(name, "decision-factor-name"),
                    Views.label(messages.get("decision.factor." + f.id() + ".help"), "topics-muted"), choices));
        }
        refresh();
        new ViewScope(ratingsBox).follow(this::refresh, model.ratings());
    }

    private void refresh() {
        groups.forEach((f, g) -> Views.select(g, model.ratings().get(f)));
        ValuesTable table = model.valuesTable();
        tableBox.getChildren().clear();
        if (table.isEmpty()) {
            tableBox.getChildren().add(Views.label(messages.get("decision.values.table.empty"), "decision-note"));
            return;
        }
        tableBox.getChildren().add(Views.label(messages.get("decision.values.table.showing."
                + table.level().orElseThrow().id()), "body-text"));
        for (ValuesTable.Row row : table.rows()) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("decision-values-grid");
            grid.setId("values-" + row.factor().id());
            ColumnConstraints names = new ColumnConstraints();
            names.setPercentWidth(30);
            ColumnConstraints texts = new ColumnConstraints();
            texts.setPercentWidth(70);
            texts.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(names, texts);
            int r = 0;
            for (ValuesTable.Cell cell : row.cells()) {
                grid.add(Views.label(cell.optionName(), "decision-values-option"), 0, r);
                grid.add(Views.label(cell.text(), "decision-values-text"), 1, r);
                r++;
            }
            tableBox.getChildren().addAll(Views.heading(messages.get("decision.factor." + row.factor().id()),
                    "decision-part-heading"), grid);
        }
    }
}
