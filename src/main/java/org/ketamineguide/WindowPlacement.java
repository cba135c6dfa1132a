package org.ketamineguide;

import javafx.geometry.Rectangle2D;

/**
 * Where the laptop window opens: the preferred size, shrunk to fit the screen's visual bounds (the
 * screen without task bars and docks), never smaller than the minimum, centred in what is left.
 * On a screen smaller than the minimum the window keeps the minimum size and starts at the top
 * left of the visual bounds, so the app bar ("Need help now?", Home) is always on screen.
 * Pure arithmetic: no toolkit needed.
 */
public final class WindowPlacement {
    private WindowPlacement() {
    }

    /**
     * @param visual    the screen's visual bounds ({@code Screen.getPrimary().getVisualBounds()})
     * @param preferred the size the window would like
     * @param minimum   the smallest size the app is laid out for
     * @return the window's bounds (position and size, decorations included)
     */
    public static Rectangle2D place(Rectangle2D visual, Dimension preferred, Dimension minimum) {
        double width = Math.max(minimum.width(), Math.min(preferred.width(), visual.getWidth()));
        double height = Math.max(minimum.height(), Math.min(preferred.height(), visual.getHeight()));
        double x = visual.getMinX() + Math.max(0, Math.floor((visual.getWidth() - width) / 2));
        double y = visual.getMinY() + Math.max(0, Math.floor((visual.getHeight() - height) / 2));
        return new Rectangle2D(x, y, width, height);
    }

    /** A width and a height in pixels. */
    public record Dimension(double width, double height) {
    }
}
