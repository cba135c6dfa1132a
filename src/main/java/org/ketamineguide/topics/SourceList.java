package org.ketamineguide.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ketamineguide.content.ComparisonTable;
import org.ketamineguide.content.Source;
import org.ketamineguide.content.Topic;

/**
 * The numbered source list at the end of a page: source 1 is the first in the list. Sections and
 * table cells point to it by number ("Sources: 1, 3"). Immutable.
 */
public final class SourceList {
    private final List<Source> sources;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    private SourceList(List<Source> sources) {
        this.sources = List.copyOf(sources);
        for (int i = 0; i < this.sources.size(); i++) {
            numbers.put(this.sources.get(i).id(), i + 1);
        }
    }

    /** The sources of a topic, numbered in the order the topic lists them. */
    public static SourceList of(Topic topic, Function<String, Source> lookup) {
        return new SourceList(topic.sources().stream().map(lookup).toList());
    }

    /** The sources of a table, numbered in the order they are first cited, row by row. */
    public static SourceList of(ComparisonTable table, Function<String, Source> lookup) {
        List<String> ids = new ArrayList<>();
        for (ComparisonTable.Row row : table.rows()) {
            for (ComparisonTable.Option option : table.options()) {
                row.cell(option.id()).ifPresent(cell -> cell.sources().stream()
                        .filter(id -> !ids.contains(id)).forEach(ids::add));
            }
        }
        return new SourceList(ids.stream().map(lookup).toList());
    }

    /** Every source, in number order (number = position + 1). */
    public List<Source> sources() {
        return sources;
    }

    /** The number of one source, or 0 when this list does not hold it. */
    public int number(String sourceId) {
        return numbers.getOrDefault(sourceId, 0);
    }

    /** The numbers of several sources, sorted and joined: "1, 3". Unknown ids are left out. */
    public String numbers(Collection<String> sourceIds) {
        return sourceIds.stream().map(this::number).filter(n -> n > 0).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** One numbered line per source: "1. Title. Publisher, 2025. https://...". */
    public List<String> citations() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            out.add((i + 1) + ". " + sources.get(i).citation());
        }
        return out;
    }
}
