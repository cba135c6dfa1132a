package org.ketamineguide.planner.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Small view helpers shared by the planner's controllers. JavaFX thread only. */
final class PlannerViews {
    /** Amounts, counts and differences such as "$1,234.50", "+3" or "—". */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+$0-9.,\u2014 ]*");
    private PlannerViews() {
    }

    /** Adds or removes one style class. */
    static void styleWhen(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** A wrapping label with one style class. */
    static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }

    /** Fills a grid with a table: a header row, then rows with alternating shading. */
    static void fillTable(GridPane grid, PlanReport.Table table) {
        grid.getChildren().clear();
        for (int c = 0; c < table.header().size(); c++) {
            grid.add(cell(table.header().get(c), "planner-table-head", c), c, 0);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Label cell = cell(row.get(c), c == 0 ? "planner-table-first" : "planner-table-cell", c);
                styleWhen(cell, "planner-table-alt", r % 2 == 1);
                grid.add(cell, c, r + 1);
            }
        }
    }

    /** A table cell: words may wrap; numbers and amounts never break across lines. */
    private static Label cell(String text, String styleClass, int column) {
        Label l = label(text, styleClass);
        if (column > 0 && !styleClass.equals("planner-table-head") && NUMBER.matcher(text).matches()) {
            l.setWrapText(false);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        return l;
    }
}
