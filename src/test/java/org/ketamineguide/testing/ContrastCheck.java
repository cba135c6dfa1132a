package org.ketamineguide.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Measures, for every piece of text on screen, the contrast between its colour and the colour
 * actually painted behind it (the nearest opaque background among its ancestors), as the WCAG
 * formula defines it.
 */
public final class ContrastCheck {
    private ContrastCheck() {
    }

    /** Relative luminance of a colour. */
    public static double luminance(Color c) {
        double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : Math.pow((rgb[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Every visible, enabled text whose contrast is under 4.5:1 (3:1 for large text). */
    public static List<String> lowContrastText(Scene scene) {
        List<String> problems = new ArrayList<>();
        for (Node n : LayoutChecks.visibleNodes(scene)) {
            if (!(n instanceof Text t) || t.getText() == null || t.getText().isBlank() || n.isDisabled()) {
                continue;
            }
            Color fg = solid(t.getFill());
            Color bg = background(t);
            if (fg == null || bg == null || fg.getOpacity() < 1) {
                continue;
            }
            double need = isLarge(t.getFont()) ? 3.0 : 4.5;
            double ratio = ratio(fg, bg);
            if (ratio + 1e-6 < need) {
                String text = t.getText().length() > 40 ? t.getText().substring(0, 40) + "…" : t.getText();
                problems.add(String.format("'%s' %s on %s = %.2f:1 (in %s)", text, fg, bg, ratio,
                        LayoutChecks.describe(owner(t))));
            }
        }
        return problems;
    }

    private static Node owner(Node n) {
        Node p = n.getParent();
        return p == null ? n : p;
    }

    private static boolean isLarge(Font f) {
        boolean bold = f.getStyle().toLowerCase().contains("bold")
                || FontWeight.findByName(f.getStyle()) == FontWeight.BOLD;
        return f.getSize() >= 24 || (bold && f.getSize() >= 18.66);
    }

    /** The colour painted behind a node: the topmost opaque fill of the nearest ancestor that has one. */
    private static Color background(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
                List<BackgroundFill> fills = r.getBackground().getFills();
                for (int i = fills.size() - 1; i >= 0; i--) {
                    Color c = solid(fills.get(i).getFill());
                    if (c != null && c.getOpacity() >= 1) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static Color solid(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof LinearGradient g && !g.getStops().isEmpty()) {
            return g.getStops().get(0).getColor();
        }
        return null;
    }
}
