package org.ketamineguide.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A printable summary in plain Java: a title, a dated subtitle, blocks of content and footer
 * lines (the disclaimer and crisis line). Both the PDF exporter and the printer render it, so a
 * print-out and a PDF always say the same thing. Immutable.
 *
 * @param title    the document title
 * @param subtitle a line under the title, usually "Made on November 23, 2026"
 * @param blocks   the content, in order
 * @param footer   lines printed at the end of the document
 */
public record PrintDocument(String title, String subtitle, List<Block> blocks, List<String> footer) {

    public PrintDocument {
        blocks = List.copyOf(blocks);
        footer = List.copyOf(footer);
    }

    /** One piece of content. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Note {
    }

    /** A heading; level 1 is a section, level 2 a sub-section. */
    public record Heading(String text, int level) implements Block {
    }

    /** A paragraph of body text. */
    public record Paragraph(String text) implements Block {
    }

    /** A bulleted list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A table with a header row; every row has as many cells as the header. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row has " + row.size() + " cells, header has " + header.size());
                }
            }
        }
    }

    /** Small print, such as a source list or a note. */
    public record Note(String text) implements Block {
    }

    public static Builder builder(String title, String subtitle) {
        return new Builder(title, subtitle);
    }

    /** Builds a document block by block. */
    public static final class Builder {
        private final String title;
        private final String subtitle;
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> footer = new ArrayList<>();

        private Builder(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text, 1));
            return this;
        }

        public Builder subheading(String text) {
            blocks.add(new Heading(text, 2));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder bullets(List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(new Bullets(items));
            }
            return this;
        }

        public Builder table(List<String> header, List<List<String>> rows) {
            blocks.add(new Table(header, rows));
            return this;
        }

        public Builder note(String text) {
            blocks.add(new Note(text));
            return this;
        }

        public Builder footer(String line) {
            footer.add(line);
            return this;
        }

        public PrintDocument build() {
            return new PrintDocument(title, subtitle, blocks, footer);
        }
    }
}
