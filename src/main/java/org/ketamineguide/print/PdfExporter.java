package org.ketamineguide.print;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.ketamineguide.storage.AtomicFiles;

/**
 * Writes a {@link PrintDocument} as a clean US Letter PDF with OpenPDF. Plain Java; any thread.
 * The file is written atomically, so a failed export never damages an earlier file.
 */
public final class PdfExporter {
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 10, Font.NORMAL, new Color(0x44, 0x50, 0x5c));
    private static final Font H1 = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font H2 = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x44, 0x50, 0x5c));
    private static final Font TABLE_HEAD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TABLE_BODY = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font FOOTER = new Font(Font.HELVETICA, 9, Font.BOLD);

    private PdfExporter() {
    }

    /** Renders the document to PDF bytes. */
    public static byte[] toBytes(PrintDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.LETTER, 54, 54, 54, 54);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title());
            pdf.addCreator("Ketamine Therapy Guide");
            pdf.open();
            pdf.add(new Paragraph(doc.title(), TITLE));
            Paragraph sub = new Paragraph(doc.subtitle(), SUBTITLE);
            sub.setSpacingAfter(10);
            pdf.add(sub);
            for (PrintDocument.Block block : doc.blocks()) {
                pdf.add(render(block));
            }
            if (!doc.footer().isEmpty()) {
                Paragraph footer = new Paragraph();
                footer.setSpacingBefore(14);
                for (String line : doc.footer()) {
                    footer.add(new Chunk(line, FOOTER));
                    footer.add(Chunk.NEWLINE);
                }
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

    /** Writes the document to a PDF file, atomically. */
    public static void write(PrintDocument doc, Path target) throws IOException {
        AtomicFiles.write(target, toBytes(doc));
    }

    private static Element render(PrintDocument.Block block) {
        if (block instanceof PrintDocument.Heading h) {
            Paragraph p = new Paragraph(h.text(), h.level() == 1 ? H1 : H2);
            p.setSpacingBefore(h.level() == 1 ? 10 : 6);
            p.setSpacingAfter(3);
            p.setKeepTogether(true);
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
}
