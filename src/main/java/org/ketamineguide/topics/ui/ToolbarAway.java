package org.ketamineguide.topics.ui;

import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import org.ketamineguide.topics.ui.TopicBrowserModel.Place;
import org.ketamineguide.topics.ui.TopicBrowserModel.View;
import org.ketamineguide.ui.Shown;

/**
 * Lets the Learn screen's bar (Back, search, page buttons) go away while the page under it is
 * scrolled down, when the text is large for the window (fewer than {@link #ROOMY_LINES} lines of
 * height, the wizard header's rule), and brings it back at the top of the page: at 150-200% text
 * the page keeps the room (issue 15). Never while focus is in the bar. Listens only to the view's
 * own nodes and the model's place. JavaFX thread only.
 */
final class ToolbarAway {
    /** With less height than this many lines of text, the bar goes away while the page is scrolled down. */
    static final double ROOMY_LINES = 32;

    private ToolbarAway() {
    }

    /**
     * @param root    the browser, whose height is measured
     * @param toolbar the bar
     * @param pages   the pages, one scroll pane each
     * @param place   the page shown
     * @param sample  a control in the bar's text size, to measure lines by
     */
    static void install(Region root, Region toolbar, Map<View, ScrollPane> pages, ObservableValue<Place> place,
            TextField sample) {
        Observable[] watched = new Observable[pages.size() + 3];
        int i = 0;
        for (ScrollPane page : pages.values()) {
            watched[i++] = page.vvalueProperty();
        }
        watched[i++] = place;
        watched[i++] = root.heightProperty();
        watched[i] = sample.fontProperty();
        BooleanBinding away = Bindings.createBooleanBinding(() -> {
            double height = root.getHeight();
            boolean cramped = height > 0 && height / sample.getFont().getSize() < ROOMY_LINES;
            return cramped && pages.get(place.getValue().view()).getVvalue() > 0 && !holdsFocus(toolbar);
        }, watched);
        Shown.when(toolbar, away.not());
    }

    private static boolean holdsFocus(Region bar) {
        Node n = bar.getScene() == null ? null : bar.getScene().getFocusOwner();
        for (; n != null; n = n.getParent()) {
            if (n == bar) {
                return true;
            }
        }
        return false;
    }
}
