package org.ketamineguide.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A printable summary in plain Java: a title, a dated subtitle, blocks of content, footer lines
 * (the disclaimer and crisis line) and a line for the foot of every page (such as the content's
 * review date; the page number is added beside it). Both the PDF exporter and the printer render
 * it, so a print-out and a PDF always say the same thing. Immutable.
 *
 * @param title      the document title
 * @param subtitle   a line under the title, usually "Made on November 23, 2026"
 * @param blocks     the content, in order
 * @param footer     lines printed at the end of the document
 * @param pageFooter a short line printed at the foot of every page, in which {@code {page}} and
 *                   {@code {pages}} stand for the page number and count; "" for just the numbers
 */
public record PrintDocument(String title, String subtitle, List<Block> blocks, List<String> footer, String pageFooter) {

    public PrintDocument {
        blocks = List.copyOf(blocks);
        footer = List.copyOf(footer);
        pageFooter = pageFooter == null ? "" : pageFooter;
    }

    /** A document without a line at the foot of each page (page numbers are still printed). */
    public PrintDocument(String title, String subtitle, List<Block> blocks, List<String> footer) {
        this(title, subtitle, blocks, footer, "");
    }

    /**
     * The line at the foot of a page: the page footer with {@code {page}} and {@code {pages}}
     * replaced by the page number and the page count ("?" while the count is not known yet);
     * "2 / 3" when the document has no page footer.
     */
    public String pageLine(int page, int pages) {
        String pattern = pageFooter.isBlank() ? "{page} / {pages}" : pageFooter;
        return pattern.replace("{page}", Integer.toString(page)).replace("{pages}", pages > 0 ? Integer.toString(pages) : "?");
    }

    /** One piece of content. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Table, Note, Chart {
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

    /**
     * A line chart drawn from its data (no screenshot): one to three series over the same x axis.
     * The first series is drawn solid with round dots, the second dashed with square dots, so the
     * lines differ without colour. Always give the chart's meaning in words too (a paragraph).
     *
     * @param title  the chart's title, drawn above it
     * @param xLabel what the x axis counts (such as "Week")
     * @param yLabel what the y axis counts (such as "You have paid ($)")
     * @param series the lines, each with a name for the legend
     */
    public record Chart(String title, String xLabel, String yLabel, List<Series> series) implements Block {
        public Chart {
            series = List.copyOf(series);
            if (series.isEmpty()) {
                throw new IllegalArgumentException("a chart needs at least one series");
            }
        }
    }

    /** One line of a chart: its name and its points, in x order. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** One point of a chart's line. */
    public record Point(double x, double y) {
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
        private String pageFooter = "";

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

        public Builder chart(String chartTitle, String xLabel, String yLabel, List<Series> series) {
            blocks.add(new Chart(chartTitle, xLabel, yLabel, series));
            return this;
        }

        public Builder footer(String line) {
            footer.add(line);
            return this;
        }

        /** The short line printed at the foot of every page, beside the page number. */
        public Builder pageFooter(String line) {
            pageFooter = line;
            return this;
        }

        public PrintDocument build() {
            return new PrintDocument(title, subtitle, blocks, footer, pageFooter);
        }
    }
}
