package org.ketamineguide.ui;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A bar with one long text (the child marked with {@link #setSpills}) among fixed-size controls:
 * while the text fits on one line beside them it sits in the row, in its place; when it does not,
 * it takes a line of its own above the row, as wide as the bar, and wraps there between words (if
 * even the controls do not fit on one line, the ones before the text go up with it). It is never
 * squeezed beside the controls. The children before the text keep to the left, the ones
 * after it (and all of them if no child is marked) to the right, each at its preferred width, centred
 * in the row's height. The gap comes
 * from CSS ({@code -kg-spill-gap}). Pure layout. JavaFX thread only.
 */
public final class SpillRow extends Pane {
    private static final String SPILLS = "spill-row-spills";
    private static final CssSize<SpillRow> GAP = new CssSize<>("-kg-spill-gap", 12, row -> row.gap);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS = CssSize.withSizes(Pane.getClassCssMetaData(), GAP);

    private final StyleableDoubleProperty gap = GAP.property(this, "gap");

    public SpillRow() {
        getStyleClass().add("spill-row");
    }

    /** Marks the child that takes a line of its own when the row is short of room (FXML: {@code SpillRow.spills="true"}). */
    public static void setSpills(Node child, boolean spills) {
        if (spills) {
            child.getProperties().put(SPILLS, Boolean.TRUE);
        } else {
            child.getProperties().remove(SPILLS);
        }
        if (child.getParent() != null) {
            child.getParent().requestLayout();
        }
    }

    public static boolean getSpills(Node child) {
        return Boolean.TRUE.equals(child.getProperties().get(SPILLS));
    }

    /** How the bar is laid out: all on one line, the text above the controls, or the text with the controls before it above the rest. */
    public enum Lines {
        ONE, TEXT_ABOVE, TEXT_AND_LEADING_ABOVE
    }

    /**
     * Which layout {@code width} pixels allow: the controls before the text ({@code before} wide in
     * all, gaps between them included; 0 if none), the text on one line ({@code text} wide) and the
     * controls after it ({@code after}) on one line if they fit; else the text above all the
     * controls if they fit on one line; else the text and the controls before it above the others.
     */
    public static Lines lines(double width, double before, double after, double text, double gap) {
        double controls = before + after + (before > 0 && after > 0 ? gap : 0);
        if (controls + (controls > 0 ? gap : 0) + text <= width) {
            return Lines.ONE;
        }
        return controls <= width ? Lines.TEXT_ABOVE : Lines.TEXT_AND_LEADING_ABOVE;
    }

    public double getGap() {
        return gap.get();
    }

    public void setGap(double value) {
        gap.set(value);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** The text, if it is shown. */
    private Node text() {
        Node marked = marked();
        return marked != null && marked.isManaged() ? marked : null;
    }

    private Node marked() {
        for (Node n : getChildren()) {
            if (getSpills(n)) {
                return n;
            }
        }
        return null;
    }

    /** The controls before the text (where it is, shown or not); with no text, none: the controls keep to the right. */
    private List<Node> before() {
        int at = getChildren().indexOf(marked());
        return getChildren().subList(0, Math.max(0, at)).stream().filter(Node::isManaged).toList();
    }

    private List<Node> after() {
        int at = getChildren().indexOf(marked());
        return getChildren().subList(at + 1, getChildren().size()).stream().filter(Node::isManaged).toList();
    }

    private double width(List<Node> nodes) {
        double sum = Math.max(0, nodes.size() - 1) * getGap();
        for (Node n : nodes) {
            sum += wide(n);
        }
        return sum;
    }

    /** A control's preferred width kept within its minimum and maximum (CSS sets 48 px minimums). */
    private static double wide(Node n) {
        return Math.max(n.minWidth(-1), Math.min(n.prefWidth(-1), n.maxWidth(-1)));
    }

    private static double tall(Node n) {
        double w = wide(n);
        return Math.max(n.minHeight(w), Math.min(n.prefHeight(w), n.maxHeight(w)));
    }

    private static double tallest(List<Node> nodes) {
        double tallest = 0;
        for (Node n : nodes) {
            tallest = Math.max(tallest, tall(n));
        }
        return tallest;
    }

    private double inner(double width) {
        return (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
    }

    private Lines linesAt(double inner) {
        Node text = text();
        return text == null ? Lines.ONE : lines(inner, width(before()), width(after()), text.prefWidth(-1), getGap());
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(width(before()), width(after())) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        Node text = text();
        double b = width(before());
        double a = width(after());
        double sum = b + a + (b > 0 && a > 0 ? getGap() : 0);
        if (text != null) {
            sum += (sum > 0 ? getGap() : 0) + text.prefWidth(-1);
        }
        return snappedLeftInset() + sum + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = inner(width);
        Node text = text();
        List<Node> before = before();
        List<Node> after = after();
        double height = switch (linesAt(inner)) {
            case ONE -> Math.max(tallest(getManagedChildren().stream().filter(n -> n != text).toList()),
                    text == null ? 0 : text.prefHeight(text.prefWidth(-1)));
            case TEXT_ABOVE -> text.prefHeight(inner) + getGap() / 2 + Math.max(tallest(before), tallest(after));
            case TEXT_AND_LEADING_ABOVE -> Math.max(tallest(before), text.prefHeight(textWidth(inner, before)))
                    + getGap() / 2 + tallest(after);
        };
        return snappedTopInset() + height + snappedBottomInset();
    }

    /** The text's width beside the controls before it, on the top line. */
    private double textWidth(double inner, List<Node> before) {
        return Math.max(0, inner - width(before) - (before.isEmpty() ? 0 : getGap()));
    }

    @Override
    protected void layoutChildren() {
        double inner = inner(getWidth());
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double bottom = getHeight() - snappedBottomInset();
        Node text = text();
        List<Node> before = before();
        List<Node> after = after();
        switch (linesAt(inner)) {
            case ONE -> {
                double x = row(before, left, top, bottom - top);
                double end = left + inner - width(after);
                if (text != null) {
                    double start = before.isEmpty() ? x : x + getGap();
                    text(text, start, top, Math.max(0, end - (after.isEmpty() ? 0 : getGap()) - start), bottom - top);
                }
                row(after, end, top, bottom - top);
            }
            case TEXT_ABOVE -> {
                double h = text.prefHeight(inner);
                text.resizeRelocate(snapPositionX(left), snapPositionY(top), snapSizeX(inner), snapSizeY(h));
                double rowTop = top + h + getGap() / 2;
                row(before, left, rowTop, bottom - rowTop);
                row(after, left + inner - width(after), rowTop, bottom - rowTop);
            }
            case TEXT_AND_LEADING_ABOVE -> {
                double rowHeight = tallest(after);
                double topHeight = bottom - rowHeight - getGap() / 2 - top;
                double x = row(before, left, top, topHeight);
                double start = before.isEmpty() ? x : x + getGap();
                text(text, start, top, textWidth(inner, before), topHeight);
                row(after, left + inner - width(after), bottom - rowHeight, rowHeight);
            }
        }
    }

    /** Places the text {@code w} wide at {@code x}, centred in the line's height. */
    private void text(Node text, double x, double top, double w, double line) {
        double h = Math.min(line, text.prefHeight(w));
        text.resizeRelocate(snapPositionX(x), snapPositionY(top + (line - h) / 2), snapSizeX(w), snapSizeY(h));
    }

    /** Places the controls left to right from {@code x}, each centred in the line; returns the right edge of the last. */
    private double row(List<Node> nodes, double x, double top, double line) {
        double at = x;
        for (int i = 0; i < nodes.size(); i++) {
            at = place(nodes.get(i), at + (i > 0 ? getGap() : 0), top, line);
        }
        return at;
    }

    /** Places one control at {@code x}, as tall as the row where it may grow (as an HBox fills), centred; returns its right edge. */
    private double place(Node n, double x, double top, double row) {
        double w = wide(n);
        double h = Math.max(n.minHeight(w), Math.max(Math.min(tall(n), row), Math.min(row, n.maxHeight(w))));
        n.resizeRelocate(snapPositionX(x), snapPositionY(top + (row - h) / 2), snapSizeX(w), snapSizeY(h));
        return x + w;
    }
}
