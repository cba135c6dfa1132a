package org.ketamineguide.planner.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ketamineguide.ui.Shown;

/**
 * Puts the planner in two columns (the form beside the results, each scrolling) when there is
 * room, and in one column (the form, then the results, scrolling together) when the window is
 * narrow for its text size: below {@value #TWO_COLUMNS_FROM_EM} em, that is below about 1100 px
 * at 100% text and below every common window width at 150% text and more. JavaFX thread only.
 */
final class ColumnSwitch {
    /** The narrowest planner, in em of its text, that still gets two columns. */
    static final double TWO_COLUMNS_FROM_EM = 68;

    private final GridPane root;
    private final ScrollPane formScroll;
    private final ScrollPane resultsScroll;
    private final VBox formColumn;
    private final VBox resultsColumn;
    private final VBox together = new VBox();
    private Boolean single;

    ColumnSwitch(GridPane root, ScrollPane formScroll, ScrollPane resultsScroll, VBox formColumn, VBox resultsColumn) {
        this.root = root;
        this.formScroll = formScroll;
        this.resultsScroll = resultsScroll;
        this.formColumn = formColumn;
        this.resultsColumn = resultsColumn;
        together.getStyleClass().add("planner-single");
        together.setId("plannerSingleColumn");
    }

    /** True when a planner this wide, with text of this size, should be one column. */
    static boolean oneColumn(double widthPx, double fontPx) {
        return fontPx > 0 && widthPx > 0 && widthPx / fontPx < TWO_COLUMNS_FROM_EM;
    }

    /** Switches layout when the width or the text size calls for it, and starts reading again from the top. */
    void update(double widthPx, double fontPx) {
        if (widthPx <= 0 || fontPx <= 0) {
            return; // not laid out yet
        }
        boolean oneColumn = oneColumn(widthPx, fontPx);
        if (single != null && single == oneColumn) {
            return;
        }
        single = oneColumn;
        if (oneColumn) {
            resultsScroll.setContent(null);
            formScroll.setContent(null);
            together.getChildren().setAll(formColumn, resultsColumn);
            formScroll.setContent(together);
            setColumns(100, 0);
        } else {
            together.getChildren().clear();
            formScroll.setContent(formColumn);
            resultsScroll.setContent(resultsColumn);
            setColumns(45, 55);
        }
        formScroll.setVvalue(0);
        resultsScroll.setVvalue(0);
        Shown.set(resultsScroll, !oneColumn);
        GridPane.setColumnSpan(formScroll, oneColumn ? 2 : 1);
    }

    /** True while the planner is one column. */
    boolean isSingle() {
        return Boolean.TRUE.equals(single);
    }

    private void setColumns(double form, double results) {
        ColumnConstraints a = new ColumnConstraints();
        a.setPercentWidth(form);
        a.setHgrow(Priority.ALWAYS);
        ColumnConstraints b = new ColumnConstraints();
        b.setPercentWidth(results);
        root.getColumnConstraints().setAll(a, b);
    }
}
