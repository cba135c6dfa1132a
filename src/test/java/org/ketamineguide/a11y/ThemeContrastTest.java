package org.ketamineguide.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Computes WCAG contrast for the colour roles of both themes in app.css: every text role on every
 * background it is meant for at 4.5:1 or more, and the edges that identify a control (field and
 * button edges, focus rings) at 3:1 or more. The older {@code -kg-} names follow the roles and are
 * checked too. A role may name another role; both themes resolve names the way JavaFX does, from
 * the theme's own values first.
 */
class ThemeContrastTest {
    /** The sheets in cascade order; the colour roles of both themes are in the first and the last. */
    private static final List<Path> CSS = Stream.of("app", "planner", "learn", "screening", "decision", "app-end")
            .map(name -> Path.of("src/main/resources/org/ketamineguide/styles/" + name + ".css")).toList();
    private static final String[] THEMES = {".root", ".root.high-contrast"};

    /** Text colour, then the backgrounds it sits on. */
    private static final Map<String, List<String>> TEXT = new LinkedHashMap<>();
    /** Edges and marks that identify a control (WCAG 1.4.11), then what they sit next to. */
    private static final Map<String, List<String>> EDGES = new LinkedHashMap<>();

    static {
        TEXT.put("-color-fg-default", List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-inset",
                "-color-accent-subtle", "-color-accent-muted", "-color-success-subtle", "-color-warning-subtle",
                "-color-info-subtle", "-color-danger-subtle"));
        TEXT.put("-color-fg-muted", List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-inset",
                "-color-accent-subtle"));
        TEXT.put("-color-accent-fg", List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-inset",
                "-color-accent-subtle"));
        TEXT.put("-color-fg-emphasis", List.of("-color-accent-emphasis", "-color-accent-hover",
                "-color-accent-pressed"));
        TEXT.put("-color-fg-on-danger", List.of("-color-danger-emphasis", "-color-danger-hover",
                "-color-danger-pressed"));
        TEXT.put("-color-success-fg", List.of("-color-success-subtle", "-color-bg-default", "-color-bg-subtle"));
        TEXT.put("-color-warning-fg", List.of("-color-warning-subtle", "-color-bg-default", "-color-bg-subtle"));
        TEXT.put("-color-info-fg", List.of("-color-info-subtle", "-color-bg-default", "-color-bg-subtle"));
        TEXT.put("-color-danger-fg", List.of("-color-danger-subtle", "-color-bg-default", "-color-bg-subtle"));
        // the older names, as the feature sections pair them
        TEXT.put("-kg-text", List.of("-kg-bg", "-kg-surface", "-kg-tint", "-kg-tint-strong", "-kg-warning-bg"));
        TEXT.put("-kg-muted", List.of("-kg-bg", "-kg-surface", "-kg-tint"));
        TEXT.put("-kg-primary", List.of("-kg-bg", "-kg-surface", "-kg-tint"));
        TEXT.put("-kg-primary-dark", List.of("-kg-surface", "-kg-tint"));
        TEXT.put("-kg-on-primary", List.of("-kg-primary", "-kg-primary-dark"));
        TEXT.put("-kg-on-danger", List.of("-color-danger-emphasis"));
        TEXT.put("-kg-danger", List.of("-kg-surface", "-kg-bg"));
        TEXT.put("-kg-warning-text", List.of("-kg-warning-bg"));
        TEXT.put("-kg-success-text", List.of("-kg-success-bg"));

        EDGES.put("-color-border-strong", List.of("-color-bg-default", "-color-bg-subtle"));
        EDGES.put("-color-focus", List.of("-color-bg-default", "-color-bg-subtle", "-color-focus-gap",
                "-color-accent-subtle"));
        EDGES.put("-color-focus-gap", List.of("-color-accent-emphasis", "-color-danger-emphasis"));
        EDGES.put("-color-accent-emphasis", List.of("-color-bg-default", "-color-bg-subtle"));
        EDGES.put("-color-danger-emphasis", List.of("-color-bg-default"));
    }

    /** Every sheet, in cascade order, as one text (the order in which the scene has them). */
    private static String allSheets() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path sheet : CSS) {
            all.append(Files.readString(sheet, StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }

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

    /** The looked-up colours declared in one block, as written (a colour or another name). */
    static Map<String, String> declared(String selector) throws IOException {
        String css = allSheets();
        Matcher block = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(css);
        assertTrue(block.find(), "no block " + selector);
        Map<String, String> out = new LinkedHashMap<>();
        Matcher v = Pattern.compile("(-(?:kg|color)-[a-z0-9\\-]+)\\s*:\\s*([^;]+);").matcher(block.group(1));
        while (v.find()) {
            out.put(v.group(1), v.group(2).trim());
        }
        return out;
    }

    /** A theme's colours, every name resolved to a hex colour (names that end in rgba() are left out). */
    static Map<String, String> palette(String theme) throws IOException {
        Map<String, String> raw = new LinkedHashMap<>(declared(".root"));
        if (!theme.equals(".root")) {
            raw.putAll(declared(theme));
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String name : raw.keySet()) {
            String value = raw.get(name);
            for (int hops = 0; value.startsWith("-") && hops < 10; hops++) {
                value = raw.get(value);
                assertTrue(value != null, theme + ": " + name + " names an undefined colour");
            }
            if (value.matches("#[0-9a-fA-F]{6}")) {
                resolved.put(name, value);
            }
        }
        return resolved;
    }

    @Test
    void contrastFormulaMatchesKnownValues() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01);
    }

    private static String check(Map<String, String> p, Map<String, List<String>> pairs, double need) {
        StringBuilder failures = new StringBuilder();
        pairs.forEach((fg, backgrounds) -> {
            for (String bg : backgrounds) {
                assertTrue(p.containsKey(fg) && p.containsKey(bg), "missing " + fg + " or " + bg);
                double ratio = contrast(p.get(fg), p.get(bg));
                if (ratio < need) {
                    failures.append(String.format("%s %s on %s %s = %.2f:1%n", fg, p.get(fg), bg, p.get(bg), ratio));
                }
            }
        });
        return failures.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {".root", ".root.high-contrast"})
    void everyTextRoleMeetsFourPointFiveToOneOnItsBackgrounds(String theme) throws IOException {
        String failures = check(palette(theme), TEXT, 4.5);
        assertTrue(failures.isEmpty(), theme + ":\n" + failures);
    }

    @ParameterizedTest
    @ValueSource(strings = {".root", ".root.high-contrast"})
    void controlEdgesAndFocusRingsMeetThreeToOne(String theme) throws IOException {
        String failures = check(palette(theme), EDGES, 3.0);
        assertTrue(failures.isEmpty(), theme + ":\n" + failures);
    }

    @Test
    void highContrastSetsEveryColourRoleOfTheDefaultTheme() throws IOException {
        Set<String> missing = new TreeSet<>();
        Map<String, String> hc = declared(".root.high-contrast");
        for (String role : declared(".root").keySet()) {
            // -color-icon names another role and -kg- names follow roles, so they change with them
            if (role.startsWith("-color-") && !role.equals("-color-icon") && !hc.containsKey(role)) {
                missing.add(role);
            }
        }
        assertTrue(missing.isEmpty(), "high contrast leaves these roles at their default value: " + missing);
    }

    @Test
    void highContrastKeepsTheCrisisButtonRedAndTheStatusColoursDistinct() throws IOException {
        Map<String, String> hc = palette(".root.high-contrast");
        int danger = Integer.parseInt(hc.get("-color-danger-emphasis").substring(1), 16);
        assertTrue((danger >> 16 & 0xff) > 2 * (danger >> 8 & 0xff), "crisis button is not red: " + hc.get("-color-danger-emphasis"));
        Set<String> status = new TreeSet<>(List.of(hc.get("-color-success-fg"), hc.get("-color-warning-fg"),
                hc.get("-color-info-fg"), hc.get("-color-danger-fg")));
        assertEquals(4, status.size(), "two status roles share one colour in high contrast");
    }

    @Test
    void everyColourRoleUsedInTheStylesheetIsDefined() throws IOException {
        String css = allSheets();
        Set<String> defined = declared(".root").keySet();
        Set<String> undefined = new TreeSet<>();
        Matcher declaration = Pattern.compile("[a-zA-Z\\-]+\\s*:\\s*([^;{}]+);").matcher(css);
        while (declaration.find()) {
            Matcher use = Pattern.compile("-(?:kg|color)-[a-z0-9\\-]+").matcher(declaration.group(1));
            while (use.find()) {
                if (!defined.contains(use.group())) {
                    undefined.add(use.group());
                }
            }
        }
        assertTrue(undefined.isEmpty(), "used but not defined at .root: " + undefined);
    }

    @Test
    void crisisPanelTextIsBlackOnWhite() throws IOException {
        String css = allSheets();
        assertTrue(css.matches("(?s).*\\.crisis-scroll \\{[^}]*-fx-background-color: #ffffff.*"));
        assertTrue(css.matches("(?s).*\\.crisis-line \\{[^}]*-fx-text-fill: #000000.*"));
        assertTrue(contrast("#000000", "#ffffff") >= 7);
    }
}
