package org.ketamineguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.ketamineguide.testing.PdfText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {

    @TempDir
    Path dir;

    private static PrintDocument sample() {
        return PrintDocument.builder("My screening summary", "Made on November 23, 2026")
                .heading("Spravato")
                .paragraph("Talk with a clinician about your blood pressure.")
                .bullets(List.of("Ask about the 2-hour wait.", "Ask who drives you home."))
                .table(List.of("Week", "You pay"), List.of(List.of("1", "$900.00"), List.of("2", "$660.00")))
                .note("Source: SPRAVATO label, FDA, 2026.")
                .footer("Call or text 988 any time.")
                .build();
    }

    @Test
    void pdfContainsEveryPartOfTheDocument() throws IOException {
        Path file = dir.resolve("summary.pdf");
        PdfExporter.write(sample(), file);
        String all = PdfText.of(file);
        for (String expected : List.of("My screening summary", "November 23, 2026", "Spravato", "blood pressure",
                "2-hour wait", "$660.00", "SPRAVATO label", "988")) {
            assertTrue(all.contains(expected), () -> "missing '" + expected + "' in PDF text: " + all);
        }
        assertEquals(1, PdfText.pages(file));
    }

    private static final String FOOTER = "Guide. Content checked November 29, 2026. Page {page} of {pages}";
    private static final String FILLER = "This sentence fills the page so that headings land in many places on it. "
            + "It is long enough to wrap onto a second line in the PDF.";

    /** A document whose headings fall in many places: {@code lead} paragraphs first, then sections. */
    private static PrintDocument sections(int lead, PrintDocument.Block afterHeading) {
        PrintDocument.Builder doc = PrintDocument.builder("Layout check", "Made today").pageFooter(FOOTER);
        for (int i = 0; i < lead; i++) {
            doc.paragraph("Lead " + i + ". " + FILLER);
        }
        for (int h = 1; h <= 6; h++) {
            doc.heading("Section heading " + h);
            if (h % 2 == 0) {
                doc.subheading("Sub heading " + h);
            }
            if (afterHeading instanceof PrintDocument.Table t) {
                doc.table(t.header(), t.rows());
            } else if (afterHeading instanceof PrintDocument.Bullets b) {
                doc.bullets(b.items());
            } else if (afterHeading instanceof PrintDocument.Chart c) {
                doc.chart(c.title(), c.xLabel(), c.yLabel(), c.series());
            } else {
                doc.paragraph("Body of section " + h + ". " + FILLER);
            }
            for (int i = 0; i < 3; i++) {
                doc.paragraph("More of section " + h + ". " + FILLER);
            }
        }
        return doc.footer("Call or text 988 any time.").build();
    }

    @Test
    void everyPageSaysWhichPageOfHowManyWithTheContentDate() throws IOException {
        byte[] pdf = PdfExporter.toBytes(sections(40, new PrintDocument.Paragraph("x")));
        int pages = PdfText.pages(pdf);
        assertTrue(pages >= 3, "the test needs a long document: " + pages);
        for (int page = 1; page <= pages; page++) {
            String last = String.join(" ", PdfText.pageLines(pdf, page));
            String expected = "Content checked November 29, 2026. Page " + page + " of " + pages;
            assertTrue(last.contains(expected), () -> "page footer missing: " + last);
        }
    }

    @Test
    void noPageEndsWithAHeading() throws IOException {
        List<PrintDocument.Block> follows = List.of(new PrintDocument.Paragraph("x"),
                new PrintDocument.Table(List.of("Month", "You pay"), List.of(List.of("Month 1", "$900.00"),
                        List.of("Month 2", "$660.00"), List.of("Month 3", "$180.00"))),
                new PrintDocument.Bullets(List.of("First point after the heading. " + FILLER, "Second point.")),
                new PrintDocument.Chart("What you pay", "Week", "You have paid ($)", List.of(new PrintDocument.Series(
                        "Plan A", List.of(new PrintDocument.Point(0, 0), new PrintDocument.Point(26, 5855))))));
        int checkedPages = 0;
        for (PrintDocument.Block after : follows) {
            for (int lead = 0; lead < 44; lead++) {
                byte[] pdf = PdfExporter.toBytes(sections(lead, after));
                for (int page = 1; page <= PdfText.pages(pdf); page++) {
                    List<String> lines = PdfText.pageLinesByPosition(pdf, page).stream()
                            .filter(l -> !l.contains("Content checked")).toList();
                    String last = lines.get(lines.size() - 1);
                    int number = page;
                    int leadCount = lead;
                    assertFalse(last.startsWith("Section heading") || last.startsWith("Sub heading"),
                            () -> after.getClass().getSimpleName() + ", " + leadCount + " lead paragraphs: page "
                                    + number + " ends with the heading '" + last + "'");
                    checkedPages++;
                }
            }
        }
        assertTrue(checkedPages > 300, "enough page ends were checked: " + checkedPages);
    }

    @Test
    void aChartIsDrawnFromItsDataWithItsTitle() throws IOException {
        PrintDocument doc = PrintDocument.builder("Chart", "Made today")
                .chart("What you pay, adding up week by week", "Week", "You have paid ($)", List.of(
                        new PrintDocument.Series("Plan A", List.of(new PrintDocument.Point(0, 0),
                                new PrintDocument.Point(26, 5855))),
                        new PrintDocument.Series("Plan B", List.of(new PrintDocument.Point(0, 0),
                                new PrintDocument.Point(26, 19775)))))
                .build();
        byte[] pdf = PdfExporter.toBytes(doc);
        assertTrue(String.join(" ", PdfText.pageLines(pdf, 1)).contains("What you pay, adding up week by week"));
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/Subtype/Form") || raw.contains("/Subtype /Form"), "the chart is vector graphics");
        assertFalse(raw.contains("/Subtype/Image") || raw.contains("/Subtype /Image"), "not a picture of the screen");
    }

    @Test
    void theLastPageLineWithoutAFooterIsJustTheNumbers() {
        PrintDocument doc = PrintDocument.builder("t", "s").build();
        assertEquals("2 / 3", doc.pageLine(2, 3));
        assertEquals("Page 1 of ?", PrintDocument.builder("t", "s").pageFooter("Page {page} of {pages}").build()
                .pageLine(1, 0));
    }

    @Test
    void tableRowsMustMatchTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new PrintDocument.Table(List.of("a", "b"), List.of(List.of("only one"))));
    }

    @Test
    void failedExportLeavesTheEarlierFileUntouched() throws IOException {
        Path file = dir.resolve("summary.pdf");
        Files.writeString(file, "earlier");
        Path blocked = dir.resolve("folder-not-file");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("x"), "keeps the folder non-empty");
        assertThrows(IOException.class, () -> PdfExporter.write(sample(), blocked));
        assertEquals("earlier", Files.readString(file));
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }
}
