package org.ketamineguide.print;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws a {@link PrintDocument.Chart} as vector graphics on a PDF template: axes with round tick
 * values, light grid lines, a legend, and one line per series. Series differ by more than colour:
 * the first is solid with round marks, the second dashed with square marks, the third dotted with
 * diamonds. Plain Java; stateless.
 */
final class ChartDrawing {
    private static final float LEFT = 58;
    private static final float RIGHT = 12;
    private static final float BOTTOM = 34;
    private static final float TOP = 26;
    private static final float TICK_FONT = 8;

    private ChartDrawing() {
    }

    static void draw(PdfTemplate t, PrintDocument.Chart chart, float width, float height, Color[] colours, Color muted) {
        BaseFont font = helvetica();
        ChartScale scale = ChartScale.of(chart);
        double maxX = scale.maxX();
        double yTop = scale.yTop();
        double yStep = scale.yStep();
        double xStep = scale.xStep();
        float plotW = width - LEFT - RIGHT;
        float plotH = height - BOTTOM - TOP;

        // grid and y ticks
        t.setLineWidth(0.5f);
        for (double y = 0; y <= yTop + yStep / 2; y += yStep) {
            float py = BOTTOM + (float) (y / yTop) * plotH;
            t.setColorStroke(new Color(0xdd, 0xe2, 0xe8));
            t.moveTo(LEFT, py);
            t.lineTo(LEFT + plotW, py);
            t.stroke();
            text(t, font, TICK_FONT, muted, PdfContentByte.ALIGN_RIGHT, ChartScale.tickLabel(y),
                    LEFT - 4, py - 3);
        }
        // x ticks
        for (double x = 0; x <= maxX + xStep / 2; x += xStep) {
            float px = LEFT + (float) (x / maxX) * plotW;
            t.setColorStroke(muted);
            t.moveTo(px, BOTTOM);
            t.lineTo(px, BOTTOM - 3);
            t.stroke();
            text(t, font, TICK_FONT, muted, PdfContentByte.ALIGN_CENTER, ChartScale.tickLabel(x), px,
                    BOTTOM - 12);
        }
        // axes
        t.setColorStroke(Color.DARK_GRAY);
        t.setLineWidth(1f);
        t.moveTo(LEFT, BOTTOM + plotH);
        t.lineTo(LEFT, BOTTOM);
        t.lineTo(LEFT + plotW, BOTTOM);
        t.stroke();
        text(t, font, 9, Color.DARK_GRAY, PdfContentByte.ALIGN_CENTER, chart.xLabel(), LEFT + plotW / 2, 4);
        text(t, font, 9, Color.DARK_GRAY, PdfContentByte.ALIGN_LEFT, chart.yLabel(), 2, height - 10);

        // lines, marks and legend
        float legendX = LEFT + plotW;
        for (int i = chart.series().size() - 1; i >= 0; i--) {
            PrintDocument.Series s = chart.series().get(i);
            Color colour = colours[i % colours.length];
            t.setColorStroke(colour);
            t.setLineWidth(2f);
            dash(t, i);
            boolean first = true;
            for (PrintDocument.Point p : s.points()) {
                float px = LEFT + (float) scale.x(p.x(), plotW);
                float py = BOTTOM + (float) scale.y(p.y(), plotH);
                if (first) {
                    t.moveTo(px, py);
                    first = false;
                } else {
                    t.lineTo(px, py);
                }
            }
            t.stroke();
            t.setLineDash(0);
            for (int k = 0; k < s.points().size(); k++) {
                if (ChartScale.marked(k, s.points().size())) {
                    PrintDocument.Point p = s.points().get(k);
                    mark(t, i, LEFT + (float) scale.x(p.x(), plotW), BOTTOM + (float) scale.y(p.y(), plotH), colour);
                }
            }
            float nameWidth = font.getWidthPoint(s.name(), 9);
            legendX -= nameWidth + 34;
            float ly = height - 10;
            t.setColorStroke(colour);
            t.setLineWidth(2f);
            dash(t, i);
            t.moveTo(legendX, ly + 3);
            t.lineTo(legendX + 22, ly + 3);
            t.stroke();
            t.setLineDash(0);
            mark(t, i, legendX + 11, ly + 3, colour);
            text(t, font, 9, Color.DARK_GRAY, PdfContentByte.ALIGN_LEFT, s.name(), legendX + 26, ly);
        }
    }

    private static void dash(PdfTemplate t, int series) {
        if (series == 1) {
            t.setLineDash(7, 4, 0);
        } else if (series == 2) {
            t.setLineDash(2, 3, 0);
        } else {
            t.setLineDash(0);
        }
    }

    private static void mark(PdfTemplate t, int series, float x, float y, Color colour) {
        t.setColorStroke(colour);
        t.setColorFill(Color.WHITE);
        t.setLineWidth(1.5f);
        if (series == 0) {
            t.circle(x, y, 3);
        } else if (series == 1) {
            t.rectangle(x - 3, y - 3, 6, 6);
        } else {
            t.moveTo(x, y + 4);
            t.lineTo(x + 4, y);
            t.lineTo(x, y - 4);
            t.lineTo(x - 4, y);
            t.closePath();
        }
        t.fillStroke();
    }

    private static void text(PdfTemplate t, BaseFont font, float size, Color colour, int align, String s, float x, float y) {
        t.beginText();
        t.setFontAndSize(font, size);
        t.setColorFill(colour);
        t.showTextAligned(align, s, x, y, 0);
        t.endText();
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
