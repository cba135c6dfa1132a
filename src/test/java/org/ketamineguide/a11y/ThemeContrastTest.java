package org.ketamineguide.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Computes WCAG contrast for every text/background pair of both themes' palettes in app.css and
 * requires at least 4.5:1.
 */
class ThemeContrastTest {
    private static final Path CSS = Path.of("src/main/resources/org/ketamineguide/styles/app.css");
    private static final List<String[]> PAIRS = List.of(
            new String[] {"-kg-text", "-kg-bg"}, new String[] {"-kg-text", "-kg-surface"},
            new String[] {"-kg-muted", "-kg-bg"}, new String[] {"-kg-muted", "-kg-surface"},
            new String[] {"-kg-primary", "-kg-bg"}, new String[] {"-kg-primary", "-kg-surface"},
            new String[] {"-kg-primary-dark", "-kg-surface"}, new String[] {"-kg-on-primary", "-kg-primary"},
            new String[] {"-kg-on-primary", "-kg-primary-dark"}, new String[] {"-kg-on-danger", "-kg-danger"},
            new String[] {"-kg-danger", "-kg-surface"}, new String[] {"-kg-warning-text", "-kg-warning-bg"},
            new String[] {"-kg-text", "-kg-tint"}, new String[] {"-kg-text", "-kg-tint-strong"},
            new String[] {"-kg-muted", "-kg-tint"}, new String[] {"-kg-primary", "-kg-tint"},
            new String[] {"-kg-text", "-kg-warning-bg"}, new String[] {"-kg-success-text", "-kg-success-bg"});

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0};
        for (int i = 0; i < 3; i++) {
            c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static Map<String, String> palette(String selector) throws IOException {
        String css = Files.readString(CSS, StandardCharsets.UTF_8);
        Map<String, String> colors = new HashMap<>();
        if (!selector.equals(".root")) {
            colors.putAll(palette(".root"));
        }
        Matcher block = Pattern.compile(Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(css);
        assertTrue(block.find(), "no block " + selector);
        Matcher v = Pattern.compile("(-kg-[a-z\\-]+)\\s*:\\s*(#[0-9a-fA-F]{6})").matcher(block.group(1));
        while (v.find()) {
            colors.put(v.group(1), v.group(2));
        }
        return colors;
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01);
    }

    @ParameterizedTest
    @ValueSource(strings = {".root", ".root.high-contrast"})
    void everyTextAndBackgroundPairMeetsFourPointFiveToOne(String theme) throws IOException {
        Map<String, String> p = palette(theme);
        StringBuilder failures = new StringBuilder();
        for (String[] pair : PAIRS) {
            double ratio = contrast(p.get(pair[0]), p.get(pair[1]));
            if (ratio < 4.5) {
                failures.append(String.format("%s %s on %s %s = %.2f:1%n", pair[0], p.get(pair[0]), pair[1],
                        p.get(pair[1]), ratio));
            }
        }
        assertTrue(failures.length() == 0, theme + ":\n" + failures);
    }

    @Test
    void crisisPanelTextIsBlackOnWhite() throws IOException {
        String css = Files.readString(CSS, StandardCharsets.UTF_8);
        assertTrue(css.matches("(?s).*\\.crisis-card \\{[^}]*-fx-background-color: #ffffff.*"));
        assertTrue(contrast("#000000", "#ffffff") >= 7);
    }
}
