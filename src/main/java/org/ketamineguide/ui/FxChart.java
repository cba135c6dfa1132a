package org.ketamineguide.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.ketamineguide.print.ChartScale;
import org.ketamineguide.print.PrintDocument;

/**
 * Draws a {@link PrintDocument.Chart} on a canvas for the printer, the way the PDF draws it:
 * round tick values, a legend, the first line solid with round marks and the second dashed with
 * square marks. JavaFX thread only; stateless.
 */
final class FxChart {
    private static final double LEFT = 62;
    private static final double RIGHT = 12;
    private static final double BOTTOM = 34;
    private static final double TOP = 26;
    private static final Color[] COLOURS = {Color.web("#1f5fa8"), Color.web("#b35900"), Color.web("#2e7d32")};

    private FxChart() {
    }

    static Canvas draw(PrintDocument.Chart chart, double width, double height) {
        Canvas canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        ChartScale scale = ChartScale.of(chart);
        double maxX = scale.maxX();
        double yTop = scale.yTop();
        double yStep = scale.yStep();
        double xStep = scale.xStep();
        double plotW = width - LEFT - RIGHT;
        double plotH = height - BOTTOM - TOP;
        g.setFont(Font.font("System", 8));
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(0.5);
        for (double y = 0; y <= yTop + yStep / 2; y += yStep) {
            double py = TOP + plotH - y / yTop * plotH;
            g.setStroke(Color.web("#dde2e8"));
            g.strokeLine(LEFT, py, LEFT + plotW, py);
            g.setFill(Color.web("#44505c"));
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(ChartScale.tickLabel(y), LEFT - 4, py);
        }
        g.setTextAlign(TextAlignment.CENTER);
        for (double x = 0; x <= maxX + xStep / 2; x += xStep) {
            double px = LEFT + x / maxX * plotW;
            g.strokeLine(px, TOP + plotH, px, TOP + plotH + 3);
            g.fillText(ChartScale.tickLabel(x), px, TOP + plotH + 12);
        }
        g.setStroke(Color.DIMGRAY);
        g.setLineWidth(1);
        g.strokeLine(LEFT, TOP, LEFT, TOP + plotH);
        g.strokeLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
        g.setFont(Font.font("System", 9));
        g.setFill(Color.DIMGRAY);
        g.fillText(chart.xLabel(), LEFT + plotW / 2, height - 6);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(chart.yLabel(), 2, 8);
        double legendX = LEFT + plotW;
        for (int i = chart.series().size() - 1; i >= 0; i--) {
            PrintDocument.Series s = chart.series().get(i);
            Color colour = COLOURS[i % COLOURS.length];
            g.setStroke(colour);
            g.setLineWidth(2);
            g.setLineDashes(i == 1 ? new double[] {7, 4} : i == 2 ? new double[] {2, 3} : null);
            g.beginPath();
            for (int k = 0; k < s.points().size(); k++) {
                PrintDocument.Point p = s.points().get(k);
                double px = LEFT + scale.x(p.x(), plotW);
                double py = TOP + plotH - scale.y(p.y(), plotH);
                if (k == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
            g.setLineDashes((double[]) null);
            for (int k = 0; k < s.points().size(); k++) {
                if (ChartScale.marked(k, s.points().size())) {
                    PrintDocument.Point p = s.points().get(k);
                    mark(g, i, LEFT + scale.x(p.x(), plotW), TOP + plotH - scale.y(p.y(), plotH), colour);
                }
            }
            legendX -= s.name().length() * 5.2 + 34;
            g.setStroke(colour);
            g.setLineWidth(2);
            g.setLineDashes(i == 1 ? new double[] {7, 4} : i == 2 ? new double[] {2, 3} : null);
            g.strokeLine(legendX, 10, legendX + 22, 10);
            g.setLineDashes((double[]) null);
            mark(g, i, legendX + 11, 10, colour);
            g.setFill(Color.DIMGRAY);
            g.fillText(s.name(), legendX + 26, 10);
        }
        return canvas;
    }

    private static void mark(GraphicsContext g, int series, double x, double y, Color colour) {
        g.setFill(Color.WHITE);
        g.setStroke(colour);
        g.setLineWidth(1.5);
        if (series == 0) {
            g.fillOval(x - 3, y - 3, 6, 6);
            g.strokeOval(x - 3, y - 3, 6, 6);
        } else if (series == 1) {
            g.fillRect(x - 3, y - 3, 6, 6);
            g.strokeRect(x - 3, y - 3, 6, 6);
        } else {
            double[] xs = {x, x + 4, x, x - 4};
            double[] ys = {y - 4, y, y + 4, y};
            g.fillPolygon(xs, ys, 4);
            g.strokePolygon(xs, ys, 4);
        }
    }
}
