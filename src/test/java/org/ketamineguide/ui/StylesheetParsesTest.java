package org.ketamineguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stylesheet parses without a single error. JavaFX only logs a warning for a broken rule and
 * drops everything after it, so a missing brace (easy to get from a merge) would silently unstyle
 * half the app.
 */
class StylesheetParsesTest {

    @ParameterizedTest(name = "{0}.css")
    @CsvSource({"app, 150", "planner, 50", "learn, 60", "screening, 50", "decision, 30", "app-end, 10"})
    void everySheetParsesWithoutAnError(String name, int atLeastRules) throws IOException {
        URL css = StylesheetParsesTest.class.getResource("/org/ketamineguide/styles/" + name + ".css");
        assertNotNull(css, name + ".css is on the class path");
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors);
        assertTrue(sheet.getRules().size() >= atLeastRules, "the whole sheet was read: " + sheet.getRules().size() + " rules");
    }
}
