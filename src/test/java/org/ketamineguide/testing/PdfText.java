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

    /** The lines of one page (from 1), in the order the page draws them, blank lines left out. */
    public static java.util.List<String> pageLines(byte[] pdf, int page) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(page);
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /**
     * The lines of one page from top to bottom by where they sit on the page, not by the order the
     * page draws them (tables and page footers are drawn after the body text). Words whose
     * baselines are within 2 points form one line.
     */
    public static java.util.List<String> pageLinesByPosition(byte[] pdf, int page) throws IOException {
        java.util.List<com.lowagie.text.pdf.parser.Word> words = new java.util.ArrayList<>();
        com.lowagie.text.pdf.parser.TextAssembler collect = new com.lowagie.text.pdf.parser.TextAssembler() {
            @Override
            public void process(com.lowagie.text.pdf.parser.FinalText text, String context) {
            }

            @Override
            public void process(com.lowagie.text.pdf.parser.Word word, String context) {
                words.add(word);
            }

            @Override
            public void process(com.lowagie.text.pdf.parser.ParsedText text, String context) {
                words.addAll(text.getAsPartialWords());
            }

            @Override
            public void renderText(com.lowagie.text.pdf.parser.FinalText text) {
            }

            @Override
            public void renderText(com.lowagie.text.pdf.parser.ParsedTextImpl text) {
            }

            @Override
            public com.lowagie.text.pdf.parser.FinalText endParsingContext(String context) {
                return new com.lowagie.text.pdf.parser.FinalText("");
            }

            @Override
            public String getWordId() {
                return "";
            }

            @Override
            public void setPage(int number) {
            }

            @Override
            public void reset() {
            }
        };
        new PdfTextExtractor(new PdfReader(pdf), collect).getTextFromPage(page);
        java.util.TreeMap<Integer, java.util.TreeMap<Float, String>> lines = new java.util.TreeMap<>(
                java.util.Comparator.reverseOrder());
        for (com.lowagie.text.pdf.parser.Word w : words) {
            if (w.getText().isBlank()) {
                continue;
            }
            float y = w.getStartPoint().get(1);
            float x = w.getStartPoint().get(0);
            Integer row = lines.keySet().stream().filter(k -> Math.abs(k - y) <= 2).findFirst().orElse(Math.round(y));
            lines.computeIfAbsent(row, k -> new java.util.TreeMap<>()).merge(x, w.getText(), (a, b) -> a + b);
        }
        return lines.values().stream().map(l -> String.join(" ", l.values()).replaceAll("\\s+", " ").strip())
                .filter(l -> !l.isEmpty()).toList();
    }

    /** How many pages a PDF in memory has. */
    public static int pages(byte[] pdf) throws IOException {
        return new PdfReader(pdf).getNumberOfPages();
    }

    /** How many pages the PDF has. */
    public static int pages(Path pdf) throws IOException {
        return new PdfReader(Files.readAllBytes(pdf)).getNumberOfPages();
    }
}
