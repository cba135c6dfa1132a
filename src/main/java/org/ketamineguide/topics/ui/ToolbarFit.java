package org.ketamineguide.topics.ui;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * Keeps the Learn screen's bar on one line: the page buttons fold into the "More" menu when the
 * whole bar would not fit, measured with this language's labels and this text size (Spanish needs
 * about 81 text-heights at 100%, English about 72), and the search box gets narrower only when even
 * the folded bar would not fit. What a bar needs does not depend on the fold, so it never flips back
 * and forth. Listens only to the bar's own nodes. JavaFX thread only.
 */
final class ToolbarFit {
    static final int FULL_SEARCH_COLUMNS = 18;
    static final int COMPACT_SEARCH_COLUMNS = 11;

    private ToolbarFit() {
    }

    /**
     * @param toolbar     the bar
     * @param start       the place Back and the word "Search" share, first in the bar
     * @param searchField the search box (in its own box with the Clear button)
     * @param more        the menu the page buttons fold into
     * @param pageButtons the page buttons, after the search box
     */
    static void install(FlowPane toolbar, Region start, TextField searchField, MenuButton more, Button... pageButtons) {
        BooleanProperty folded = new SimpleBooleanProperty(false);
        BooleanProperty narrowSearch = new SimpleBooleanProperty(false);
        Runnable refit = () -> {
            double width = toolbar.getWidth();
            double base = barWithFullSearchBox(toolbar, start, searchField);
            double pages = 0;
            for (Button b : pageButtons) {
                pages += b.prefWidth(-1) + toolbar.getHgap();
            }
            folded.set(width > 0 && width < base + pages);
            narrowSearch.set(width > 0 && width < base + more.prefWidth(-1) + toolbar.getHgap());
        };
        // a new width arrives in the layout pass, after CSS: measure at once. New text sizes and labels
        // arrive while CSS is still on its way to the other buttons: measure once it has reached them.
        ViewScope scope = new ViewScope(toolbar);
        scope.onChange(toolbar.widthProperty(), (old, now) -> refit.run());
        scope.onChange(searchField.fontProperty(), (old, now) -> Platform.runLater(refit));
        for (Button b : pageButtons) {
            scope.onChange(b.textProperty(), (old, now) -> Platform.runLater(refit));
            Shown.when(b, folded.not());
        }
        Shown.when(more, folded);
        searchField.prefColumnCountProperty().bind(Bindings.when(narrowSearch)
                .then(COMPACT_SEARCH_COLUMNS).otherwise(FULL_SEARCH_COLUMNS));
    }

    /** The bar's padding, the Back/Search place and the search box at its full width, with the gap after it. */
    private static double barWithFullSearchBox(FlowPane toolbar, Region start, TextField searchField) {
        // a text field's preferred width is its columns times one character's width, plus its padding
        double field = searchField.prefWidth(-1);
        double padding = searchField.snappedLeftInset() + searchField.snappedRightInset();
        double fullField = padding + (field - padding) * FULL_SEARCH_COLUMNS / searchField.getPrefColumnCount();
        return toolbar.snappedLeftInset() + toolbar.snappedRightInset() + start.prefWidth(-1) + toolbar.getHgap()
                + searchField.getParent().prefWidth(-1) - field + fullField;
    }
}
