package org.ketamineguide.print;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.ketamineguide.storage.AtomicFiles;

/**
 * Writes a {@link PrintDocument} as a clean US Letter PDF with OpenPDF. Every page carries the
 * document's page footer with "page X of Y" filled in (the page count comes from a first,
 * uncounted rendering). A heading never ends a page: when a heading and the first lines after it
 * do not fit, they start the next page together. Charts are drawn from their data as vector
 * graphics. Plain Java; any thread. The file is written atomically, so a failed export never
 * damages an earlier file.
 */
public final class PdfExporter {
    private static final Color MUTED = new Color(0x44, 0x50, 0x5c);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.NORMAL, MUTED);
    private static final Font H1 = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 9, Font.NORMAL, MUTED);
    private static final Font TABLE_HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TABLE_BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font FOOTER = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final float MARGIN = 54;
    /** Phrases in OpenPDF lead by 1.5 times the font size. */
    private static final float LEADING = 1.5f;
    /** How many lines of body text must follow a heading on its page. */
    private static final int LINES_AFTER_HEADING = 2;
    private static final float CHART_HEIGHT = 210;
    /** Room kept spare when deciding whether a heading and its first lines fit. */
    private static final float SAFETY = 4;
    private static final Color[] SERIES_COLOURS = {new Color(0x1f, 0x5f, 0xa8), new Color(0xb3, 0x59, 0x00),
            new Color(0x2e, 0x7d, 0x32)};

    private PdfExporter() {
    }

    /** Renders the document to PDF bytes. */
    public static byte[] toBytes(PrintDocument doc) throws IOException {
        byte[] draft = render(doc, 0);
        return render(doc, new PdfReader(draft).getNumberOfPages());
    }

    /** Writes the document to a PDF file, atomically. */
    public static void write(PrintDocument doc, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(doc));
    }

    private static byte[] render(PrintDocument doc, int pages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.LETTER, MARGIN, MARGIN, MARGIN, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    footer(w, d, doc.pageLine(w.getPageNumber(), pages));
                }
            });
            pdf.addTitle(doc.title());
            pdf.addCreator("Ketamine Therapy Guide");
            pdf.open();
            pdf.add(new Paragraph(doc.title(), TITLE));
            Paragraph sub = new Paragraph(doc.subtitle(), SUBTITLE);
            sub.setSpacingAfter(10);
            pdf.add(sub);
            java.util.List<PrintDocument.Block> blocks = doc.blocks();
            float width = pdf.right() - pdf.left();
            for (int i = 0; i < blocks.size(); i++) {
                PrintDocument.Block block = blocks.get(i);
                if (block instanceof PrintDocument.Heading) {
                    keepWithNext(pdf, writer, blocks, i, width);
                }
                if (block instanceof PrintDocument.Chart chart) {
                    addChart(pdf, writer, chart, width);
                } else {
                    pdf.add(render(block));
                }
            }
            if (!doc.footer().isEmpty()) {
                Paragraph footer = new Paragraph();
                footer.setSpacingBefore(14);
                for (String line : doc.footer()) {
                    footer.add(new Chunk(line, FOOTER));
                    footer.add(Chunk.NEWLINE);
                }
                footer.setKeepTogether(true);
                pdf.add(footer);
            }
        } catch (DocumentException e) {
            throw new IOException("The PDF could not be made: " + e.getMessage(), e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
        return out.toByteArray();
    }

    private static void footer(PdfWriter writer, Document d, String line) {
        PdfContentByte cb = writer.getDirectContent();
        Phrase phrase = new Phrase(line, SMALL);
        com.lowagie.text.pdf.ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, phrase,
                (d.left() + d.right()) / 2, d.bottom() - 24, 0);
    }

    /**
     * Starts a new page when a heading (with any headings right after it) and the first lines of
     * what follows would not fit on this one, so a heading is never a page's last line.
     */
    private static void keepWithNext(Document pdf, PdfWriter writer, java.util.List<PrintDocument.Block> blocks,
                                     int at, float width) {
        if (at > 0 && blocks.get(at - 1) instanceof PrintDocument.Heading) {
            return; // the heading before this one already made room for both
        }
        float need = 0;
        int i = at;
        while (i < blocks.size() && blocks.get(i) instanceof PrintDocument.Heading h) {
            Font font = h.level() == 1 ? H1 : H2;
            need += headingSpaceBefore(h) + lines(h.text(), font, width) * font.getSize() * LEADING + 3;
            i++;
        }
        need += i < blocks.size() ? firstLinesHeight(blocks.get(i), width) : 0;
        float left = writer.getVerticalPosition(true) - pdf.bottom();
        if (left < need + SAFETY && writer.getVerticalPosition(true) < pdf.top() - 1) {
            pdf.newPage();
        }
    }

    private static float headingSpaceBefore(PrintDocument.Heading h) {
        return h.level() == 1 ? 10 : 6;
    }

    /** The height of the part of a block that must stay with the heading above it. */
    private static float firstLinesHeight(PrintDocument.Block block, float width) {
        if (block instanceof PrintDocument.Paragraph p) {
            return Math.min(lines(p.text(), BODY, width), LINES_AFTER_HEADING) * BODY.getSize() * LEADING;
        }
        if (block instanceof PrintDocument.Note n) {
            return Math.min(lines(n.text(), SMALL, width), LINES_AFTER_HEADING) * SMALL.getSize() * LEADING;
        }
        if (block instanceof PrintDocument.Bullets b) {
            return Math.min(lines(b.items().get(0), BODY, width - 10), LINES_AFTER_HEADING) * BODY.getSize() * LEADING;
        }
        if (block instanceof PrintDocument.Table t) {
            float row = TABLE_BODY.getSize() * LEADING + 8;
            return 4 + row * (1 + Math.min(t.rows().size(), LINES_AFTER_HEADING));
        }
        return CHART_HEIGHT + 30;
    }

    /** Roughly how many lines a text takes in the given width (at least 1). */
    private static int lines(String text, Font font, float width) {
        BaseFont base = font.getCalculatedBaseFont(false);
        float textWidth = base.getWidthPoint(text, font.getSize());
        return Math.max(1, (int) Math.ceil(textWidth / (width * 0.92f)));
    }

    private static Element render(PrintDocument.Block block) {
        if (block instanceof PrintDocument.Heading h) {
            Paragraph p = new Paragraph(h.text(), h.level() == 1 ? H1 : H2);
            p.setSpacingBefore(headingSpaceBefore(h));
            p.setSpacingAfter(3);
            return p;
        }
        if (block instanceof PrintDocument.Paragraph para) {
            Paragraph p = new Paragraph(para.text(), BODY);
            p.setSpacingAfter(4);
            return p;
        }
        if (block instanceof PrintDocument.Bullets b) {
            List list = new List(List.UNORDERED, 10);
            list.setListSymbol(new Chunk("\u2022", BODY));
            for (String item : b.items()) {
                list.add(new ListItem(item, BODY));
            }
            return list;
        }
        if (block instanceof PrintDocument.Table t) {
            PdfPTable table = new PdfPTable(t.header().size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setSpacingAfter(6);
            table.setHeaderRows(1);
            try {
                table.setWidths(columnWidths(t));
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
            for (String head : t.header()) {
                PdfPCell cell = new PdfPCell(new Phrase(head, TABLE_HEAD));
                cell.setBackgroundColor(new Color(0xe8, 0xee, 0xf6));
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (java.util.List<String> row : t.rows()) {
                for (String text : row) {
                    PdfPCell cell = new PdfPCell(new Phrase(text, TABLE_BODY));
                    cell.setPadding(4);
                    table.addCell(cell);
                }
            }
            return table;
        }
        PrintDocument.Note note = (PrintDocument.Note) block;
        Paragraph p = new Paragraph(note.text(), SMALL);
        p.setSpacingAfter(3);
        return p;
    }

    /**
     * Relative column widths from the text each column holds: a column of short labels (an option's
     * name, an amount) takes less room than one of sentences, and no column is narrower than its
     * longest word needs (roughly), so nothing is cut.
     */
    static float[] columnWidths(PrintDocument.Table t) {
        int n = t.header().size();
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            int longest = t.header().get(c).length();
            int longestWord = longestWord(t.header().get(c));
            for (java.util.List<String> row : t.rows()) {
                longest = Math.max(longest, row.get(c).length());
                longestWord = Math.max(longestWord, longestWord(row.get(c)));
            }
            // a column's share grows with its text up to about a line's worth, never below its longest word
            widths[c] = Math.max(Math.max(6, longestWord + 2), Math.min(longest, 60));
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    /** Adds a chart drawn from its data, with its title, as one unit that never splits. */
    private static void addChart(Document pdf, PdfWriter writer, PrintDocument.Chart chart, float width)
            throws DocumentException {
        float titleHeight = H2.getSize() * LEADING + 6;
        if (writer.getVerticalPosition(true) - pdf.bottom() < CHART_HEIGHT + titleHeight + 8) {
            pdf.newPage();
        }
        Paragraph title = new Paragraph(chart.title(), H2);
        title.setSpacingBefore(6);
        pdf.add(title);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, CHART_HEIGHT);
        ChartDrawing.draw(template, chart, width, CHART_HEIGHT, SERIES_COLOURS, MUTED);
        Image image = Image.getInstance(template);
        image.setAlt(chart.title());
        pdf.add(image);
    }
}
