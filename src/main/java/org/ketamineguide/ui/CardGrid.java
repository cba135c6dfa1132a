package org.ketamineguide.ui;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Lays cards out in equal columns that use the whole width: as many columns as fit at the
 * minimum card width, balanced so that no row is much shorter than the others (four cards that fit
 * three to a row become two rows of two), and each row as tall as its tallest card. The minimum
 * width and the gap come from CSS ({@code -kg-card-min-width}, {@code -kg-card-gap}, in em so they
 * grow with the text size). Pure layout: no state but its two sizes. JavaFX thread only.
 */
public final class CardGrid extends Pane {
    private static final CssSize<CardGrid> MIN_WIDTH = new CssSize<>("-kg-card-min-width", 272, grid -> grid.minCardWidth);
    private static final CssSize<CardGrid> GAP = new CssSize<>("-kg-card-gap", 20, grid -> grid.gap);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS = CssSize.withSizes(Pane.getClassCssMetaData(), MIN_WIDTH, GAP);

    private final StyleableDoubleProperty minCardWidth = MIN_WIDTH.property(this, "minCardWidth");
    private final StyleableDoubleProperty gap = GAP.property(this, "gap");

    /**
     * The width {@link #computePrefHeight} last measured for, and its answer: the layout asks for the
     * minimum and the preferred height at the same width, and each measures the wrapped text of
     * every card, so the second answer comes from here. Forgotten on every layout request, which is
     * also when JavaFX forgets its own size caches (a card's text, font or size changing requests one).
     */
    private double measuredWidth = Double.NaN;
    private double measuredHeight;

    public CardGrid() {
        getStyleClass().add("card-grid");
    }

    @Override
    public void requestLayout() {
        measuredWidth = Double.NaN;
        super.requestLayout();
    }

    /**
     * How many columns {@code count} cards get in {@code width} pixels: as many as fit at
     * {@code minCard} wide with {@code gap} between them (at least one), then balanced over the rows.
     */
    public static int columns(int count, double width, double minCard, double gap) {
        if (count <= 0) {
            return 1;
        }
        int fit = (int) Math.floor((width + gap) / (minCard + gap));
        int most = Math.max(1, Math.min(count, fit));
        int rows = (count + most - 1) / most;
        return (count + rows - 1) / rows;
    }

    public double getMinCardWidth() {
        return minCardWidth.get();
    }

    public void setMinCardWidth(double value) {
        minCardWidth.set(value);
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

    private List<Node> cards() {
        return getManagedChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node card : cards()) {
            widest = Math.max(widest, card.minWidth(-1));
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        int n = cards().size();
        return snappedLeftInset() + n * getMinCardWidth() + Math.max(0, n - 1) * getGap() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width == measuredWidth) {
            return measuredHeight;
        }
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        List<Node> cards = cards();
        int cols = columns(cards.size(), inner, getMinCardWidth(), getGap());
        double cardWidth = cardWidth(inner, cols);
        double total = 0;
        for (int start = 0; start < cards.size(); start += cols) {
            total += rowHeight(cards, start, cols, cardWidth) + (start > 0 ? getGap() : 0);
        }
        measuredHeight = snappedTopInset() + total + snappedBottomInset();
        measuredWidth = width;
        return measuredHeight;
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        List<Node> cards = cards();
        int cols = columns(cards.size(), inner, getMinCardWidth(), getGap());
        double cardWidth = cardWidth(inner, cols);
        double y = snappedTopInset();
        for (int start = 0; start < cards.size(); start += cols) {
            double height = rowHeight(cards, start, cols, cardWidth);
            for (int i = start; i < Math.min(cards.size(), start + cols); i++) {
                double x = snappedLeftInset() + (i - start) * (cardWidth + getGap());
                cards.get(i).resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(cardWidth), snapSizeY(height));
            }
            y += height + getGap();
        }
    }

    private double cardWidth(double inner, int cols) {
        return Math.max(0, (inner - (cols - 1) * getGap()) / cols);
    }

    private static double rowHeight(List<Node> cards, int start, int cols, double cardWidth) {
        double tallest = 0;
        for (int i = start; i < Math.min(cards.size(), start + cols); i++) {
            Node card = cards.get(i);
            double h = card.prefHeight(cardWidth);
            if (card instanceof Region r) {
                h = Math.max(h, r.minHeight(cardWidth));
            }
            tallest = Math.max(tallest, h);
        }
        return tallest;
    }
}
