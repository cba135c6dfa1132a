package org.ketamineguide.screening.ui;

import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Keeps the wizard's header (progress, title, notes) fixed above the page while there is room, and
 * lets it scroll away with the page when the text is large for the window (150% and up on a laptop
 * screen), so the answers keep most of the height. Listens only to the view's own nodes. JavaFX
 * thread only.
 */
final class HeaderPlacement {
    /** With less height than this many lines of text, the header scrolls away with the page. */
    static final double ROOMY_LINES = 32;

    private final BorderPane root;
    private final Region header;
    private final Pane scrollContent;
    private final Labeled sample;
    private boolean pending;

    private HeaderPlacement(BorderPane root, Region header, Pane scrollContent, Labeled sample) {
        this.root = root;
        this.header = header;
        this.scrollContent = scrollContent;
        this.sample = sample;
    }

    /**
     * @param root          the wizard, whose top holds the header while it is fixed
     * @param header        the header
     * @param scrollContent the scrolled content, whose first child the header becomes when it scrolls
     * @param sample        a label in the body text size, to measure lines by
     */
    static void install(BorderPane root, Region header, Pane scrollContent, Labeled sample) {
        HeaderPlacement p = new HeaderPlacement(root, header, scrollContent, sample);
        root.heightProperty().addListener((obs, was, now) -> p.placeLater());
        sample.fontProperty().addListener((obs, was, now) -> p.placeLater());
    }

    /**
     * Moves the header after the current pulse: the font changes while JavaFX walks the scene
     * graph for CSS, and moving a node then changes a child list under the walk (an
     * IndexOutOfBoundsException in Node.reapplyCss, found by the random walk).
     */
    private void placeLater() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                place();
            });
        }
    }

    private void place() {
        double height = root.getHeight();
        boolean roomy = height <= 0 || height / sample.getFont().getSize() >= ROOMY_LINES;
        boolean fixed = root.getTop() == header;
        if (roomy && !fixed) {
            scrollContent.getChildren().remove(header);
            root.setTop(header);
        } else if (!roomy && fixed) {
            root.setTop(null);
            scrollContent.getChildren().add(0, header);
        }
    }
}
