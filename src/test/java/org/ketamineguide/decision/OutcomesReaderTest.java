package org.ketamineguide.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;

/** The bundled outcomes.json is complete and consistent, and damaged copies are refused by name. */
class OutcomesReaderTest {
    private static String text;
    private static ContentRepository repo;
    private static DecisionContent content;

    @BeforeAll
    static void load() {
        text = ContentFiles.bundled().read(OutcomesReader.FILE);
        repo = ContentRepository.bundled();
        content = OutcomesReader.read(text, id -> repo.source(id).isPresent());
    }

    private static DecisionContent read(String json) {
        return OutcomesReader.read(json, id -> repo.source(id).isPresent());
    }

    @Test
    void everyOptionIsPresentOnceInTheFixedSequence() {
        assertEquals(DecisionContent.OPTION_IDS, content.options().stream().map(DecisionOption::id).toList());
    }

    @Test
    void everyOptionHasEqualDetailAndAtLeastOneOutcome() {
        for (DecisionOption o : content.options()) {
            assertEquals(6, o.experience().parts().size());
            assertFalse(o.benefits().isEmpty(), o.id());
            assertFalse(o.commonHarms().isEmpty(), o.id());
            assertFalse(o.seriousHarms().isEmpty(), o.id());
            assertFalse(o.unknowns().isEmpty(), o.id());
            assertEquals(Set.of(Factor.values()), o.factors().keySet(), o.id());
            assertFalse(content.outcomesFor(o.id()).isEmpty(), o.id() + " has no outcome");
        }
    }

    @Test
    void numbersArePer100WithWeeksAndRangesThatHoldTheNumber() {
        for (Outcome o : content.outcomes()) {
            assertTrue(o.perHundred() >= 0 && o.perHundred() <= 100, o.toString());
            assertTrue(o.weeks() > 0, o.toString());
            o.comparatorPerHundred().ifPresent(c -> assertTrue(c >= 0 && c <= 100, o.toString()));
            if (o.hasRange()) {
                assertTrue(o.low().getAsInt() <= o.perHundred() && o.perHundred() <= o.high().getAsInt(), o.toString());
            }
        }
    }

    @Test
    void everySourceResolves() {
        for (String id : content.sourceIds()) {
            assertTrue(repo.source(id).isPresent(), id);
        }
    }

    @Test
    void headToHeadStudiesAgreeFromBothSides() {
        // ELEKT-D, KetECT, ESCAPE-TRD and CoBalT are each reported from both options' side with mirrored numbers
        for (Outcome o : content.outcomes().stream().filter(Outcome::headToHead).toList()) {
            Outcome mirror = content.outcomesFor(o.comparedWith().orElseThrow()).stream()
                    .filter(m -> m.study().equals(o.study()) && m.measure() == o.measure()).findFirst()
                    .orElseThrow(() -> new AssertionError("no mirror for " + o));
            assertEquals(o.perHundred(), mirror.comparatorPerHundred().getAsInt(), o.study());
            assertEquals(o.comparatorPerHundred().getAsInt(), mirror.perHundred(), o.study());
            assertEquals(o.weeks(), mirror.weeks(), o.study());
        }
    }

    @Test
    void numbersAreTheOnesTheTrialsReport() {
        // rounded from the reports: ELEKT-D 55.4 vs 41.2; KetECT 46 vs 63; ESCAPE-TRD 27.1 vs 17.6;
        // 2025 monotherapy 22.5 vs 7.6; TRANSFORM-2 69.3 vs 52.0; CoBalT 46 vs 22; Berlim 29.3/18.6 vs 10.4/5.0
        assertEquals(List.of(55, 41), numbers("ELEKT-D (2023)", "iv_ketamine"));
        assertEquals(List.of(46, 63), numbers("KetECT (2022)", "iv_ketamine"));
        assertEquals(List.of(27, 18), numbers("ESCAPE-TRD (2023)", "spravato"));
        assertEquals(List.of(23, 8), numbers("Spravato on its own (2025)", "spravato"));
        assertEquals(List.of(69, 52), numbers("TRANSFORM-2 (2019)", "spravato"));
        assertEquals(List.of(46, 22), numbers("CoBalT (2013)", "psychotherapy"));
    }

    private static List<Integer> numbers(String study, String option) {
        Outcome o = content.outcomesFor(option).stream().filter(x -> x.study().equals(study)).findFirst().orElseThrow();
        return List.of(o.perHundred(), o.comparatorPerHundred().getAsInt());
    }

    // ---------- damaged copies ----------

    private static ContentException refused(Consumer<JsonObject> damage) {
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        damage.accept(root);
        return assertThrows(ContentException.class, () -> read(root.toString()));
    }

    private static JsonObject outcome(JsonObject root, String id) {
        for (JsonElement e : root.getAsJsonArray("outcomes")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError(id);
    }

    private static JsonObject option(JsonObject root, String id) {
        for (JsonElement e : root.getAsJsonArray("options")) {
            if (e.getAsJsonObject().get("id").getAsString().equals(id)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError(id);
    }

    @ParameterizedTest
    @CsvSource({
            "perHundred, 101", "perHundred, -1", "comparatorPerHundred, 140", "weeks, 0", "low, 70",
            "measure, cure", "evidence, excellent", "option, ketamine_pills", "comparedWith, elekt"})
    void aDamagedOutcomeIsRefusedNamingFileItemAndField(String field, String value) {
        ContentException e = refused(root -> {
            JsonObject o = outcome(root, "elektd-ketamine-response");
            o.add(field, value.matches("-?\\d+") ? new JsonPrimitive(Integer.parseInt(value)) : new JsonPrimitive(value));
        });
        assertEquals(OutcomesReader.FILE, e.file());
        assertEquals("elektd-ketamine-response", e.itemId());
        assertTrue(e.field().equals(field) || e.field().startsWith(field), e.getMessage());
    }

    @Test
    void anUnknownSourceIsRefused() {
        ContentException e = refused(root -> {
            JsonArray ids = new JsonArray();
            ids.add("no-such-source");
            outcome(root, "berlim-tms-response").add("sourceIds", ids);
        });
        assertEquals("sourceIds", e.field());
        assertTrue(e.getMessage().contains("no-such-source"), e.getMessage());
    }

    @Test
    void aMissingOptionIsRefusedByName() {
        ContentException e = refused(root -> {
            JsonArray options = root.getAsJsonArray("options");
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).getAsJsonObject().get("id").getAsString().equals("no_change")) {
                    options.remove(i);
                    return;
                }
            }
        });
        assertTrue(e.getMessage().contains("no_change"), e.getMessage());
    }

    @Test
    void anOptionWithoutAnOutcomeIsRefused() {
        ContentException e = refused(root -> {
            JsonArray kept = new JsonArray();
            for (JsonElement o : root.getAsJsonArray("outcomes")) {
                if (!o.getAsJsonObject().get("option").getAsString().equals("tms")) {
                    kept.add(o);
                }
            }
            root.add("outcomes", kept);
        });
        assertEquals("outcomes", e.field());
        assertTrue(e.getMessage().contains("'tms' has no outcome"), e.getMessage());
    }

    @Test
    void aMissingFactorOrExperiencePartIsRefused() {
        ContentException factor = refused(root -> option(root, "ect").getAsJsonObject("factors").remove("memory"));
        assertEquals("ect", factor.itemId());
        assertEquals("factors.memory", factor.field());
        ContentException like = refused(root -> option(root, "tms").getAsJsonObject("whatItIsLike").remove("driving"));
        assertEquals("tms", like.itemId());
        assertEquals("driving", like.field());
    }

    @Test
    void aMissingComparatorFieldIsRefusedButNullIsAllowed() {
        ContentException e = refused(root -> outcome(root, "berlim-tms-response").remove("comparatorPerHundred"));
        assertEquals("comparatorPerHundred", e.field());
        JsonObject root = JsonParser.parseString(text).getAsJsonObject();
        outcome(root, "berlim-tms-response").add("comparatorPerHundred", JsonNull.INSTANCE);
        assertTrue(read(root.toString()).outcomes().stream()
                .anyMatch(o -> o.study().startsWith("Review") && o.comparatorPerHundred().isEmpty()));
    }

    @Test
    void aTypoInAFieldNameIsRefused() {
        ContentException e = refused(root -> outcome(root, "cobalt-cbt-response").add("perHundered", new JsonPrimitive(4)));
        assertEquals("perHundered", e.field());
    }

    @Test
    void aDuplicateOptionOrOutcomeIsRefused() {
        ContentException dup = refused(root -> root.getAsJsonArray("options").add(option(root, "tms").deepCopy()));
        assertTrue(dup.getMessage().contains("listed twice"), dup.getMessage());
        ContentException dupOutcome = refused(root -> root.getAsJsonArray("outcomes")
                .add(outcome(root, "cobalt-cbt-response").deepCopy()));
        assertTrue(dupOutcome.getMessage().contains("listed twice"), dupOutcome.getMessage());
    }

    @Test
    void notJsonIsRefusedNamingTheFile() {
        ContentException e = assertThrows(ContentException.class, () -> read("{ \"options\": [ "));
        assertEquals(OutcomesReader.FILE, e.file());
    }

    @Test
    void theOptionIdsAreTheSevenOfTheBrief() {
        assertEquals(Set.of("iv_ketamine", "spravato", "ect", "tms", "medication_change", "psychotherapy", "no_change"),
                content.options().stream().map(DecisionOption::id).collect(Collectors.toSet()));
    }
}
