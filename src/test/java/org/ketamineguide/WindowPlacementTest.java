package org.ketamineguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowPlacementTest {
    private static final WindowPlacement.Dimension PREFERRED = new WindowPlacement.Dimension(1280, 800);
    private static final WindowPlacement.Dimension MINIMUM = new WindowPlacement.Dimension(1024, 640);

    @ParameterizedTest(name = "screen {0},{1} {2}x{3} -> window {4},{5} {6}x{7}")
    @CsvSource({
        // visual bounds x, y, w, h    -> window x, y, w, h
        "0,    0,   1920, 1080,          320,  140, 1280, 800",  // room to spare: preferred size, centred
        "0,    0,   1280, 800,           0,    0,   1280, 800",  // exactly the preferred size
        "0,    0,   1024, 640,           0,    0,   1024, 640",  // the smallest screen the app supports
        "0,    0,   1366, 728,           43,   0,   1280, 728",  // laptop with a task bar: height shrinks
        "0,    27,  1280, 773,           0,    27,  1280, 773",  // menu bar on top: starts below it
        "72,   0,   1208, 800,           72,   0,   1208, 800",  // dock on the left: starts right of it
        "0,    0,   800,  600,           0,    0,   1024, 640",  // too small: minimum size at the top left
        "1920, 0,   1920, 1080,          2240, 140, 1280, 800",  // primary screen to the right of another
        "0,    0,   1100, 1400,          0,    300, 1100, 800",  // portrait screen: width shrinks, centred
    })
    void windowOpensInsideTheVisualBoundsAndNeverBelowTheMinimum(double vx, double vy, double vw, double vh,
                                                                  double x, double y, double w, double h) {
        Rectangle2D visual = new Rectangle2D(vx, vy, vw, vh);
        Rectangle2D window = WindowPlacement.place(visual, PREFERRED, MINIMUM);
        assertEquals(new Rectangle2D(x, y, w, h), window);
        assertTrue(window.getWidth() >= MINIMUM.width() && window.getHeight() >= MINIMUM.height());
        if (vw >= MINIMUM.width() && vh >= MINIMUM.height()) {
            assertTrue(visual.contains(window), "window " + window + " leaves the screen " + visual);
        } else {
            assertEquals(visual.getMinX(), window.getMinX(), "the app bar starts on screen");
            assertEquals(visual.getMinY(), window.getMinY(), "the app bar starts on screen");
        }
    }
}
