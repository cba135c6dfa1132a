package org.ketamineguide;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One way for a view to follow a model: {@code ui.ViewScope} for listeners and {@code ui.Shown}
 * for show/hide rules. The old ways (weak listeners added by hand and the view keeping its
 * controller alive with {@code getProperties().put(getClass(), this)}, the {@code ViewListeners} and
 * {@code WhileShowing} helpers, {@code visible}/{@code managed} set or bound in pairs by hand) must
 * not come back.
 */
class ViewFollowsModelTest {
    private static final Path SOURCES = Path.of("src/main/java");
    /** The one place that sets visible and managed together. */
    private static final String SHOWN = "org/ketamineguide/ui/Shown.java";

    private static final List<Rule> RULES = List.of(
            new Rule("a weak listener added by hand (use ui.ViewScope)",
                    Pattern.compile("\\bWeak(Invalidation|Change|ListChange|SetChange|MapChange)Listener\\b")),
            new Rule("a view keeping its controller alive through getProperties() (use ui.ViewScope)",
                    Pattern.compile("getProperties\\(\\)\\s*\\.put\\(\\s*(getClass\\(\\)|this\\b)")),
            new Rule("an old follow helper (use ui.ViewScope)",
                    Pattern.compile("\\b(ViewListeners|WhileShowing)\\b")),
            new Rule("a show/hide by hand: managed set from a condition (use ui.Shown)",
                    Pattern.compile("\\.setManaged\\((?!\\s*false\\s*\\))")),
            new Rule("a show/hide by hand: managed bound (use Shown.when)",
                    Pattern.compile("\\.managedProperty\\(\\)\\s*\\.bind")));

    /** A line of Java that one of the rules forbids. */
    private record Rule(String what, Pattern pattern) {
    }

    /** What the rules find in one file's text: "line: what" for each hit. */
    static List<String> offences(String source) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                continue; // a comment may name the old ways
            }
            for (Rule r : RULES) {
                if (r.pattern().matcher(line).find()) {
                    out.add((i + 1) + ": " + r.what());
                }
            }
        }
        out.addAll(handPairs(source));
        return out;
    }

    /** A node whose visible and managed are both set by hand in the same file. */
    private static List<String> handPairs(String source) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("([\\w.()]+)\\.setManaged\\(").matcher(source);
        while (m.find()) {
            String node = Pattern.quote(m.group(1));
            if (Pattern.compile("(?<![\\w.])" + node + "\\.(setVisible\\(|visibleProperty\\(\\))").matcher(source).find()) {
                out.add(m.group(1) + ": visible and managed set by hand (use ui.Shown)");
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            box.getProperties().put(getClass(), this);                              | 1
            model.items().addListener(new WeakListChangeListener<>(onItems));       | 1
            import javafx.beans.value.WeakChangeListener;                           | 1
            WhileShowing.listen(root, o -> refresh(), model.outcomeProperty());     | 1
            note.setManaged(shown);                                                 | 1
            note.managedProperty().bind(note.visibleProperty());                    | 1
            note.setVisible(open); note.setManaged(false);                          | 1
            ruler.setManaged(false);                                                | 0
            Shown.when(note, model.openProperty());                                 | 0
            new ViewScope(root).follow(this::refresh, model.outcomeProperty());     | 0
            clearButton.visibleProperty().bind(field.textProperty().isNotEmpty()); | 0
            // no more WeakChangeListener here                                      | 0
            """)
    void theScanFindsEachOldWay(String line, int expected) {
        assertEquals(expected, offences(line).size(), () -> String.valueOf(offences(line)));
    }

    @Test
    void noViewFollowsAModelTheOldWay() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                String name = SOURCES.relativize(p).toString().replace('\\', '/');
                if (name.equals(SHOWN)) {
                    return;
                }
                offences(read(p)).forEach(o -> found.add(name + ":" + o));
            });
        }
        assertEquals(List.of(), found);
    }

    @Test
    void weakListenersOnlyThroughTheScope() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ketamineguide");
        noClasses().should().dependOnClassesThat().haveNameMatching("javafx\\..*\\.Weak\\w*Listener")
                .because("a view follows a model through ui.ViewScope, which listens only while the view is shown")
                .check(classes);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
