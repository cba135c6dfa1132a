package org.ketamineguide.content;

import java.util.List;
import java.util.Optional;

/**
 * The side-by-side comparison of treatment options. Every cell carries its own sources.
 *
 * @param title        heading of the table
 * @param intro        one plain-language paragraph shown above the table
 * @param options      the columns, in display order
 * @param rows         the rows, in display order
 * @param lastReviewed when the table was last checked against its sources
 */
public record ComparisonTable(String title, String intro, List<Option> options, List<Row> rows,
                              java.time.LocalDate lastReviewed) {

    public ComparisonTable {
        options = List.copyOf(options);
        rows = List.copyOf(rows);
    }

    /** A column: one treatment option. */
    public record Option(String id, String title) {
    }

    /** A row: one attribute compared across every option. */
    public record Row(String id, String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public Optional<Cell> cell(String optionId) {
            return cells.stream().filter(c -> c.option().equals(optionId)).findFirst();
        }
    }

    /** One cell: what the row says about one option, and where that comes from. */
    public record Cell(String option, String text, List<String> sources) {
        public Cell {
            sources = List.copyOf(sources);
        }
    }
}
