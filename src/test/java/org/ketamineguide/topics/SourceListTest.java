package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ComparisonTable;

class SourceListTest {

    @Test
    void topicSourcesAreNumberedInTheTopicsOrder() {
        SourceList list = SourceList.of(TopicFixtures.withQuote("q"), TopicFixtures::source);
        assertEquals(1, list.number("s1"));
        assertEquals(2, list.number("s2"));
        assertEquals(0, list.number("unknown"));
        assertEquals("1, 2", list.numbers(List.of("s2", "s1", "s2")));
        assertEquals("1. Title s1. Publisher s1, 2025. https://example.org/s1", list.citations().get(0));
    }

    @Test
    void tableSourcesAreNumberedByFirstCitationRowByRow() {
        ComparisonTable table = new ComparisonTable("T", "I",
                List.of(new ComparisonTable.Option("a", "A"), new ComparisonTable.Option("b", "B")),
                List.of(new ComparisonTable.Row("r1", "Row 1", List.of(
                                new ComparisonTable.Cell("b", "x", List.of("s3")),
                                new ComparisonTable.Cell("a", "y", List.of("s2", "s3")))),
                        new ComparisonTable.Row("r2", "Row 2", List.of(
                                new ComparisonTable.Cell("a", "z", List.of("s1")),
                                new ComparisonTable.Cell("b", "w", List.of("s2"))))),
                LocalDate.of(2026, 1, 1));
        SourceList list = SourceList.of(table, TopicFixtures::source);
        assertEquals(List.of("s2", "s3", "s1"), list.sources().stream().map(s -> s.id()).toList());
    }
}
