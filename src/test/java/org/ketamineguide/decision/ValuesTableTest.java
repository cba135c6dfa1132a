package org.ketamineguide.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The values table shows how options stand on what matters to a person, and never more: no score,
 * no ranking, no pick, options always in the same sequence whatever the ratings.
 */
class ValuesTableTest {
    private static final List<String> FORBIDDEN = List.of("score", "rank", "order", "best", "recommend", "top",
            "winner", "sort", "weight", "points", "total", "match");

    @Test
    void theTableExposesNoScoreRankOrOrderAnywhere() {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : List.of(ValuesTable.class, ValuesTable.Row.class, ValuesTable.Cell.class)) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers())) {
                    check(type.getSimpleName() + "." + m.getName(), offenders);
                }
            }
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    check(type.getSimpleName() + "." + c.getName(), offenders);
                    assertTrue(c.getType() != int.class && c.getType() != double.class,
                            "a cell or row carries a number: " + c);
                }
            }
        }
        assertTrue(offenders.isEmpty(), "names that suggest a score or ranking: " + offenders);
    }

    private static void check(String name, List<String> offenders) {
        String lower = name.toLowerCase(Locale.ROOT);
        FORBIDDEN.stream().filter(lower::contains).forEach(w -> offenders.add(name));
    }

    @Test
    void optionsStayInTheFixedSequenceWhateverTheRatings() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            Map<Factor, Importance> ratings = new EnumMap<>(Factor.class);
            for (Factor f : Factor.values()) {
                if (random.nextBoolean()) {
                    ratings.put(f, Importance.values()[random.nextInt(3)]);
                }
            }
            for (ValuesTable.Row row : ValuesTable.of(DecisionFixtures.content(), ratings).rows()) {
                assertEquals(DecisionContent.OPTION_IDS, row.cells().stream().map(ValuesTable.Cell::optionId).toList(),
                        "ratings " + ratings);
            }
        }
    }

    @Test
    void rowsFollowTheFactorSequenceNotTheRatings() {
        Map<Factor, Importance> ratings = new EnumMap<>(Factor.class);
        ratings.put(Factor.CONTROLLED, Importance.VERY);
        ratings.put(Factor.SPEED, Importance.VERY);
        ratings.put(Factor.MEMORY, Importance.VERY);
        List<Factor> factors = ValuesTable.of(DecisionFixtures.content(), ratings).rows().stream()
                .map(ValuesTable.Row::factor).toList();
        assertEquals(List.of(Factor.SPEED, Factor.MEMORY, Factor.CONTROLLED), factors);
    }

    @ParameterizedTest
    @CsvSource({
            "'speed=very,cost=somewhat', 'speed', very",
            "'speed=somewhat,cost=somewhat,memory=not', 'speed cost', somewhat",
            "'memory=not', '', ''",
            "'', '', ''"})
    void theTableShowsWhatWasMarkedMostImportant(String marks, String expectedFactors, String expectedLevel) {
        Map<Factor, Importance> ratings = new EnumMap<>(Factor.class);
        for (String pair : marks.split(",")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=");
                ratings.put(Factor.fromId(kv[0]).orElseThrow(), Importance.fromId(kv[1]).orElseThrow());
            }
        }
        ValuesTable table = ValuesTable.of(DecisionFixtures.content(), ratings);
        assertEquals(expectedFactors, String.join(" ", table.rows().stream().map(r -> r.factor().id()).toList()));
        assertEquals(expectedLevel, table.level().map(Importance::id).orElse(""));
    }

    @Test
    void cellsAreTheOptionsOwnWords() {
        ValuesTable table = ValuesTable.of(DecisionFixtures.content(), Map.of(Factor.MEMORY, Importance.VERY));
        for (ValuesTable.Cell cell : table.rows().get(0).cells()) {
            assertEquals(DecisionFixtures.content().option(cell.optionId()).orElseThrow().on(Factor.MEMORY), cell.text());
        }
    }
}
