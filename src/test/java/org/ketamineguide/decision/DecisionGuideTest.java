package org.ketamineguide.decision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.print.PdfExporter;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.testing.PdfText;

/** The decision guide PDF says the decision, the values, the SURE answers, the questions and the sources. */
class DecisionGuideTest {
    @TempDir
    Path dir;

    private String pdf(DecisionRecord record, List<String> myQuestions) throws IOException {
        DecisionGuide guide = new DecisionGuide(Messages.english(), DecisionFixtures.content(),
                DecisionFixtures.repository()::source);
        PrintDocument doc = guide.document(PrintDocument.builder("My decision guide", "Made on November 29, 2026")
                .footer("This is not medical advice.").footer("Call or text 988."), record, myQuestions);
        Path file = dir.resolve("guide.pdf");
        PdfExporter.write(doc, file);
        // kept in target/ so a person (or the screenshot step) can look at it
        java.nio.file.Files.copy(file, Path.of("target", "decision-guide-" + record.ratings().size() + ".pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertTrue(PdfText.pages(file) <= 2, "the guide should fit on 2 pages: " + PdfText.pages(file) + " pages");
        return PdfText.of(file);
    }

    @Test
    void theGuideHoldsEverythingThePersonSaid() throws IOException {
        String text = pdf(DecisionFixtures.filledIn(), List.of("Is TMS covered by my plan?"));
        for (String expected : List.of(
                "My decision guide",
                "Choosing what to try next for depression that has not improved enough",
                "How fast it might help: Very important",
                "Memory effects: Very important",
                "Cost to me: Somewhat important",
                "Something else: Being able to keep caring for my kids",
                "I lean towards: TMS",
                "Do you feel SURE about the best choice for you?",
                "Do you have enough support and advice to make a choice?",
                "How soon could I start TMS near me?",
                "Is TMS covered by my plan?",
                "Sources",
                "ELEKT-D",
                "Are you SURE? Assessing patient decisional conflict",
                "The numbers were last checked on " + DecisionFixtures.content().lastReviewed()
                        .format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US)),
                "988")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in: " + text);
        }
        assertTrue(text.contains("Yes") && text.contains("No"), text);
    }

    @Test
    void anEmptyGuideSaysSoPlainly() throws IOException {
        String text = pdf(DecisionRecord.empty(), List.of());
        assertTrue(text.contains("I have not marked anything yet."), text);
        assertTrue(text.contains("I have not chosen an option yet."), text);
        assertTrue(text.contains("Not answered"), text);
        assertTrue(text.contains("I have not written any questions yet."), text);
    }

    @Test
    void theGuideNeverRanksOrRecommends() throws IOException {
        String text = pdf(DecisionFixtures.filledIn(), List.of()).toLowerCase(java.util.Locale.ROOT);
        for (String word : List.of("recommend\\w*", "best option", "score", "ranked", "ranking", "eligible")) {
            assertFalse(java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(text).find(),
                    "the guide says '" + word + "'");
        }
    }
}
