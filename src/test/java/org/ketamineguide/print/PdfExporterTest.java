package org.ketamineguide.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
