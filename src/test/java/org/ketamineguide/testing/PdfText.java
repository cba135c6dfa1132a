package org.ketamineguide.testing;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the text of a PDF the app wrote, for tests that check what a print-out says. */
public final class PdfText {
    private PdfText() {
    }

    /** All the text of every page, with runs of white space (line breaks too) made single spaces. */
    public static String of(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    /** The text of every page, line by line as the PDF lays it out, each line trimmed, empty lines left out. */
    public static java.util.List<String> lines(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            extractor.getTextFromPage(page).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        }
        return lines;
    }

    /** How many pages the PDF has. */
    public static int pages(Path pdf) throws IOException {
        return new PdfReader(Files.readAllBytes(pdf)).getNumberOfPages();
    }
}
