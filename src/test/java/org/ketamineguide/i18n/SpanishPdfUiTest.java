package org.ketamineguide.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.AppServices;
import org.ketamineguide.decision.Factor;
import org.ketamineguide.decision.Importance;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.PdfText;

/**
 * The four print-outs made in Spanish (screening summary, a topic, the cost plan with two plans,
 * the decision guide), exported through the app's own print service with the Spanish messages
 * and content: none holds a distinctive English word of the app's own interface. Source titles
 * stay in their original language (the app shares the source list), so a word that occurs in a
 * source title is not checked.
 */
class SpanishPdfUiTest extends AppUiTest {
    /** Words and phrases of messages.properties that print-outs use, with no Spanish look-alike. */
    private static final List<String> ENGLISH = List.of("Page", "Sources", "Source", "Answers", "You pay",
            "Made on", "Content checked", "My screening summary", "What your answers suggest", "You answered",
            "Questions to ask", "My questions", "My cost plan", "What the plan assumes", "Totals", "Good to know",
            "Appendix", "each session", "Month", "Week", "per session", "My decision guide", "What matters to me",
            "Last reviewed", "not medical advice", "If you are in danger", "Call or text", "any time",
            "Ketamine Therapy Guide", "insurance", "clinician", "Other options");

    @TempDir
    Path dir;

    private String sourceTitles;

    @BeforeEach
    void spanish() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/ketamineguide/content/en/sources.json")) {
            sourceTitles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        fx(() -> app.languageProperty().set(Language.ES));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"screening", "topic", "planner", "decision"})
    void aSpanishPrintOutHoldsNoEnglishInterfaceWord(String which) throws Exception {
        Path pdf = dir.resolve(which + ".pdf");
        files.willSaveTo(pdf);
        Consumer<AppServices> export = switch (which) {
            case "screening" -> a -> {
                a.screening().answer("age", "18_64");
                a.screening().answer("insurance", "medicaid");
                a.screening().exportPdf();
            };
            case "topic" -> a -> {
                a.topics().orElseThrow().openTopic(a.content().orElseThrow().categories().get(0).topicIds().get(0));
                a.topics().orElseThrow().exportTopic();
            };
            case "planner" -> a -> {
                a.planner().planA().textProperty(PlanField.PRICE_PER_SESSION).set("1234.50");
                a.planner().startComparing();
                a.planner().exportPdf();
            };
            default -> a -> {
                a.decision().rate(Factor.values()[0], Importance.VERY);
                a.visit().myQuestions().add("¿Cuánto cuesta?");
                a.decision().exportPdf();
            };
        };
        fx(() -> export.accept(app));
        fx(() -> app.dialogs().closeAll());
        assertTrue(Files.size(pdf) > 0, which + " was written");
        byte[] bytes = Files.readAllBytes(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= new com.lowagie.text.pdf.PdfReader(bytes).getNumberOfPages(); page++) {
            PdfText.pageLines(bytes, page).forEach(l -> text.append(l).append('\n'));
        }
        List<String> found = new ArrayList<>();
        for (String word : ENGLISH) {
            Pattern p = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
            if (!p.matcher(sourceTitles).find() && p.matcher(text).find()) {
                found.add(word);
            }
        }
        assertTrue(found.isEmpty(), which + " in Spanish holds English words " + found + ":\n" + text);
        assertTrue(text.toString().contains("Página") || text.toString().contains("página"), which + ": " + text);
        if (which.equals("planner")) {
            assertTrue(text.toString().contains("$1,234.50"), "money stays US: " + text);
        }
        assertTrue(Pattern.compile("\\d{1,2} de [a-z]+ de \\d{4}").matcher(text).find(), "a Spanish date: " + text);
    }
}
