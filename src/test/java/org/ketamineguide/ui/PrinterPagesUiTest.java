package org.ketamineguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.testing.AppUiTest;

/** The printer's pages: numbered "Page 2 of 3", no heading at the foot of a page, charts drawn. */
class PrinterPagesUiTest extends AppUiTest {
    private static final String FILLER = "This sentence fills the page so that headings land in many places on it. "
            + "It is long enough to wrap onto a second line.";

    private static PrintDocument sections(int lead) {
        PrintDocument.Builder doc = PrintDocument.builder("Layout check", "Made today")
                .pageFooter("Content checked November 29, 2026. Page {page} of {pages}");
        for (int i = 0; i < lead; i++) {
            doc.paragraph("Lead " + i + ". " + FILLER);
        }
        for (int h = 1; h <= 5; h++) {
            doc.heading("Section heading " + h);
            doc.subheading("Sub heading " + h);
            doc.table(List.of("Month", "You pay"), List.of(List.of("Month 1", "$900.00"), List.of("Month 2", "$660.00")));
            for (int i = 0; i < 3; i++) {
                doc.paragraph("More of section " + h + ". " + FILLER);
            }
        }
        doc.chart("What you pay", "Week", "You have paid ($)", List.of(new PrintDocument.Series("Plan A",
                List.of(new PrintDocument.Point(0, 0), new PrintDocument.Point(26, 5855)))));
        return doc.build();
    }

    private static String textOf(Node n) {
        if (n instanceof Label l) {
            return l.getText();
        }
        if (n instanceof Parent p) {
            List<String> parts = new ArrayList<>();
            p.getChildrenUnmodifiable().forEach(c -> parts.add(textOf(c)));
            return String.join(" ", parts);
        }
        return "";
    }

    @Test
    void pagesAreNumberedAndNoPageEndsWithAHeading() {
        List<List<Node>> all = new ArrayList<>();
        fx(() -> {
            for (int lead = 0; lead < 30; lead += 3) {
                all.add(PrintPages.paginate(sections(lead), 540, 700));
            }
        });
        int pagesChecked = 0;
        boolean sawChart = false;
        for (List<Node> pages : all) {
            assertTrue(pages.size() >= 2, "a long document: " + pages.size());
            for (int i = 0; i < pages.size(); i++) {
                BorderPane page = (BorderPane) pages.get(i);
                assertEquals("Content checked November 29, 2026. Page " + (i + 1) + " of " + pages.size(),
                        ((Label) page.getBottom()).getText());
                List<Node> lines = ((VBox) page.getCenter()).getChildren();
                String last = textOf(lines.get(lines.size() - 1));
                int number = i + 1;
                assertFalse(last.startsWith("Section heading") || last.startsWith("Sub heading"),
                        () -> "page " + number + " ends with '" + last + "'");
                sawChart |= lines.stream().anyMatch(n -> n instanceof Canvas);
                pagesChecked++;
            }
        }
        assertTrue(pagesChecked > 20, "pages checked: " + pagesChecked);
        assertTrue(sawChart, "the chart is drawn on a page");
    }
}
