package org.ketamineguide.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each option stands on the things a person marked as mattering to them: one row per factor,
 * one cell per option, options always in the fixed {@link DecisionContent#OPTION_IDS} sequence.
 * It shows words only. It never adds anything up, never puts options in a different sequence and
 * never picks one: the person weighs the cells themselves. Plain Java; immutable.
 */
public final class ValuesTable {

    /** What one option says about one factor. */
    public record Cell(String optionId, String optionName, String text) {
    }

    /** One factor the person marked, with every option's cell. */
    public record Row(Factor factor, Importance importance, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    private final List<Row> rows;
    private final Optional<Importance> level;

    private ValuesTable(List<Row> rows, Optional<Importance> level) {
        this.rows = List.copyOf(rows);
        this.level = level;
    }

    /**
     * The rows for the factors marked very important; when none is, the ones marked somewhat
     * important; when none is either, no rows.
     */
    public static ValuesTable of(DecisionContent content, Map<Factor, Importance> ratings) {
        for (Importance wanted : List.of(Importance.VERY, Importance.SOMEWHAT)) {
            List<Row> rows = new ArrayList<>();
            for (Factor factor : Factor.values()) {
                if (ratings.get(factor) == wanted) {
                    rows.add(new Row(factor, wanted, content.options().stream()
                            .map(o -> new Cell(o.id(), o.name(), o.on(factor))).toList()));
                }
            }
            if (!rows.isEmpty()) {
                return new ValuesTable(rows, Optional.of(wanted));
            }
        }
        return new ValuesTable(List.of(), Optional.empty());
    }

    /** The rows, factors in the fixed {@link Factor} sequence. */
    public List<Row> rows() {
        return rows;
    }

    /** Which level of importance the rows show: very, somewhat, or empty when nothing was marked. */
    public Optional<Importance> level() {
        return level;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
