package org.ketamineguide.ui;

import java.util.Map;
import javafx.scene.layout.Region;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;

/**
 * A small line icon drawn from path data on a 24-unit grid, in the style of the app's own icon set
 * (2-unit strokes, round ends). Its size comes from CSS ({@code .icon}, {@code .icon-large}) and its
 * colour from the looked-up colour {@code -color-icon}, which buttons and chips set to their text
 * colour. Icons are decoration: the control that holds one always has text or an accessible name.
 * Nothing is loaded from disk, so an icon costs no start-up time. Use from FXML as
 * {@code <Icon name="home"/>} or from code as {@code new Icon("home")}. JavaFX thread only.
 */
public final class Icon extends Region {
    private static final double GRID = 24;

    /** Stroke path and optional filled path of every icon, by name. */
    private static final Map<String, String[]> SHAPES = Map.ofEntries(
            Map.entry("home", new String[] {"M3 10.5 L12 3 L21 10.5 M5.5 9 V20.5 H10 V15 H14 V20.5 H18.5 V9"}),
            Map.entry("arrow-right", new String[] {"M4.5 12 H19 M13 6 L19 12 L13 18"}),
            Map.entry("arrow-left", new String[] {"M19.5 12 H5 M11 6 L5 12 L11 18"}),
            Map.entry("chevron-right", new String[] {"M9 5.5 L15.5 12 L9 18.5"}),
            Map.entry("clipboard-check", new String[] {
                "M8.5 4.5 H6.5 Q5 4.5 5 6 V20 Q5 21.5 6.5 21.5 H17.5 Q19 21.5 19 20 V6 Q19 4.5 17.5 4.5 H15.5"
                        + " M9 2.5 H15 V6.5 H9 Z M8.5 13.5 L11 16 L15.5 11"}),
            Map.entry("book", new String[] {
                "M12 6.5 Q8.5 4 3 4.5 V18.5 Q8.5 18 12 20.5 Q15.5 18 21 18.5 V4.5 Q15.5 4 12 6.5 Z M12 6.5 V20.5"}),
            Map.entry("calculator", new String[] {
                "M6.5 2.5 H17.5 Q19 2.5 19 4 V20 Q19 21.5 17.5 21.5 H6.5 Q5 21.5 5 20 V4 Q5 2.5 6.5 2.5 Z"
                        + " M8.5 6 H15.5 V9.5 H8.5 Z M8.5 13.5 H8.6 M12 13.5 H12.1 M15.5 13.5 H15.6"
                        + " M8.5 17.5 H8.6 M12 17.5 H12.1 M15.5 17.5 H15.6"}),
            Map.entry("scale", new String[] {
                "M12 3 V20.5 M7.5 20.5 H16.5 M4.5 7 H19.5 M4.5 7 L2 13.5 Q4.5 16 7 13.5 Z M19.5 7 L17 13.5"
                        + " Q19.5 16 22 13.5 Z"}),
            Map.entry("phone", new String[] {
                "M6.5 3 H9.5 L11 8 L8.5 9.8 Q10.2 13.8 14.2 15.5 L16 13 L21 14.5 V17.5 Q21 21 17.5 21"
                        + " Q4 20 3 6.5 Q3 3 6.5 3 Z"}),
            Map.entry("info", new String[] {"M12 2.5 A9.5 9.5 0 1 1 11.99 2.5 Z M12 11 V16.5 M12 7.5 H12.01"}),
            Map.entry("contrast", new String[] {"M12 2.5 A9.5 9.5 0 1 1 11.99 2.5 Z", "M12 3.5 A8.5 8.5 0 0 1 12 20.5 Z"}),
            Map.entry("close", new String[] {"M6 6 L18 18 M18 6 L6 18"}),
            Map.entry("print", new String[] {
                "M7 9 V3 H17 V9 M7 17.5 H5 Q3 17.5 3 15.5 V11 Q3 9 5 9 H19 Q21 9 21 11 V15.5 Q21 17.5 19 17.5"
                        + " H17 M7 14 H17 V21 H7 Z"}),
            Map.entry("download", new String[] {"M12 3.5 V15 M7 10 L12 15 L17 10 M4.5 20.5 H19.5"}),
            Map.entry("folder", new String[] {
                "M3 6.5 Q3 4.5 5 4.5 H9.5 L11.5 7 H19 Q21 7 21 9 V17.5 Q21 19.5 19 19.5 H5 Q3 19.5 3 17.5 Z"}),
            Map.entry("document", new String[] {
                "M14 2.5 H6.5 Q5 2.5 5 4 V20 Q5 21.5 6.5 21.5 H17.5 Q19 21.5 19 20 V7.5 Z M14 2.5 V7.5 H19"
                        + " M8.5 13 H15.5 M8.5 17 H13"}),
            Map.entry("restart", new String[] {"M4 12 A8 8 0 1 0 6.3 6.3 L3.5 9 M3.5 4 V9 H8.5"}),
            Map.entry("check-circle", new String[] {"M12 2.5 A9.5 9.5 0 1 1 11.99 2.5 Z M7.5 12 L10.5 15 L16.5 9"}),
            Map.entry("chat", new String[] {
                "M4 5.5 Q4 3.5 6 3.5 H18 Q20 3.5 20 5.5 V14.5 Q20 16.5 18 16.5 H10 L5.5 20.5 V16.5 Q4 16.5 4 14.5 Z"
                        + " M8 8.5 H16 M8 12 H13"}),
            Map.entry("clock", new String[] {"M12 2.5 A9.5 9.5 0 1 1 11.99 2.5 Z M12 6.5 V12 L15.5 14"}),
            Map.entry("ban", new String[] {"M12 2.5 A9.5 9.5 0 1 1 11.99 2.5 Z M5.3 5.3 L18.7 18.7"}),
            Map.entry("alert", new String[] {"M12 3 L22 20 H2 Z M12 9.5 V14 M12 17 H12.01"}),
            Map.entry("search", new String[] {"M10.5 3.5 A7 7 0 1 1 10.49 3.5 Z M15.5 15.5 L21 21"}),
            Map.entry("lock", new String[] {
                "M5 11 H19 V21 H5 Z M8 11 V7.5 Q8 3.5 12 3.5 Q16 3.5 16 7.5 V11 M12 15 V17"}),
            Map.entry("plus", new String[] {"M12 5 V19 M5 12 H19"}),
            Map.entry("minus", new String[] {"M5 12 H19"}));

    private final SVGPath stroke = new SVGPath();
    private final SVGPath fill = new SVGPath();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private String name;

    public Icon() {
        getStyleClass().add("icon");
        stroke.getStyleClass().add("icon-stroke");
        fill.getStyleClass().add("icon-fill");
        for (SVGPath p : new SVGPath[] {fill, stroke}) {
            p.getTransforms().add(scale);
            p.setManaged(false);
        }
        getChildren().addAll(fill, stroke);
        setMouseTransparent(true);
        setFocusTraversable(false);
    }

    public Icon(String name) {
        this();
        setName(name);
    }

    /** The names an icon can have. */
    public static java.util.Set<String> names() {
        return SHAPES.keySet();
    }

    public String getName() {
        return name;
    }

    /**
     * Chooses the drawing and adds the style class {@code icon-<name>}.
     *
     * @throws IllegalArgumentException for a name that is not in {@link #names()}
     */
    public void setName(String name) {
        String[] shape = SHAPES.get(name);
        if (shape == null) {
            throw new IllegalArgumentException("No icon named '" + name + "'; known: " + SHAPES.keySet());
        }
        if (this.name != null) {
            getStyleClass().remove("icon-" + this.name);
        }
        this.name = name;
        getStyleClass().add("icon-" + name);
        stroke.setContent(shape[0]);
        fill.setContent(shape.length > 1 ? shape[1] : "");
        fill.setVisible(shape.length > 1);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + GRID + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + GRID + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double side = Math.max(0, Math.min(w, h));
        scale.setX(side / GRID);
        scale.setY(side / GRID);
        double x = snappedLeftInset() + (w - side) / 2;
        double y = snappedTopInset() + (h - side) / 2;
        for (SVGPath p : new SVGPath[] {fill, stroke}) {
            p.setLayoutX(x);
            p.setLayoutY(y);
        }
    }
}
