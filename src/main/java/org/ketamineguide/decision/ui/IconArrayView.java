package org.ketamineguide.decision.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ketamineguide.decision.IconArray;
import org.ketamineguide.decision.OutcomeText;

/**
 * Draws an icon array: 10 rows of 10 figures, filled figures solid and the rest as outlines (shape,
 * not colour alone, tells them apart, so it works in the high-contrast theme too), with its
 * caption. A screen reader reads the chart's text instead of the 100 figures. JavaFX thread only.
 */
final class IconArrayView {
    private IconArrayView() {
    }

    static VBox of(OutcomeText.Chart chart, String id) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("decision-icon-grid");
        IconArray array = chart.array();
        for (int i = 0; i < IconArray.TOTAL; i++) {
            Region figure = new Region();
            figure.getStyleClass().addAll("decision-icon", array.isFilled(i) ? "decision-icon-filled" : "decision-icon-outline");
            grid.add(figure, i % IconArray.COLUMNS, i / IconArray.COLUMNS);
        }
        grid.setFocusTraversable(false);
        Label caption = Views.label(chart.caption(), "decision-chart-caption");
        // the caption wraps at the picture's width instead of widening the chart
        caption.setMinWidth(0);
        caption.prefWidthProperty().bind(grid.widthProperty());
        caption.maxWidthProperty().bind(grid.widthProperty());
        VBox box = new VBox(grid, caption);
        box.getStyleClass().add("decision-chart");
        box.setId(id);
        box.setUserData(array.filled());
        box.setAccessibleRole(AccessibleRole.TEXT);
        box.setAccessibleText(chart.accessibleText());
        grid.setAccessibleRole(AccessibleRole.NODE);
        return box;
    }
}
