package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentRepository;

class PlannerDefaultsTest {
    private static ContentRepository content;
    private static String bundledText;

    @BeforeAll
    static void load() throws IOException {
        content = ContentRepository.bundled();
        try (InputStream in = PlannerDefaults.class.getResourceAsStream("/org/ketamineguide/content/en/planner-defaults.json")) {
            bundledText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PlannerDefaults bundled() {
        return PlannerDefaults.bundled(content::source);
    }

    @Test
    void bundledDefaultsLoadAndEveryValueHasADateAndABasis() {
        PlannerDefaults d = bundled();
        for (Treatment t : Treatment.values()) {
            for (PlanField f : PlanField.values()) {
                if (t == Treatment.SPRAVATO && PlannerDefaults.IV_FIELDS.contains(f)) {
                    continue;
                }
                PlannerDefaults.SourcedValue v = d.value(t, f);
                assertFalse(v.basis().isBlank());
                assertFalse(v.asOf().isBlank());
                assertTrue(v.source() != null || v.value().signum() == 0, t + " " + f + " needs a source");
            }
            assertNotNull(d.covered(t).source());
            assertFalse(d.priceRanges(t).isEmpty());
        }
        PlanNotes.ALL_IDS.forEach(id -> assertNotNull(d.note(id).source()));
    }

    @Test
    void defaultsMatchThePublishedFigures() {
        PlannerDefaults d = bundled();
        assertEquals(new BigDecimal("400"), d.priceRanges(Treatment.IV_KETAMINE).get(0).low());
        assertEquals(new BigDecimal("800"), d.priceRanges(Treatment.IV_KETAMINE).get(0).high());
        assertEquals(new BigDecimal("300"), d.priceRanges(Treatment.IV_KETAMINE).get(1).low());
        assertEquals(new BigDecimal("1500"), d.priceRanges(Treatment.IV_KETAMINE).get(1).high());
        assertEquals(new BigDecimal("590"), d.priceRanges(Treatment.SPRAVATO).get(0).low());
        assertEquals(new BigDecimal("885"), d.priceRanges(Treatment.SPRAVATO).get(0).high());
        assertEquals("kan-cost", d.value(Treatment.IV_KETAMINE, PlanField.PRICE_PER_SESSION).source().id());
        assertEquals("aca-oop-2026", d.value(Treatment.SPRAVATO, PlanField.OUT_OF_POCKET_REMAINING).source().id());
        assertEquals(new BigDecimal("10600.00"), d.value(Treatment.SPRAVATO, PlanField.OUT_OF_POCKET_REMAINING).value());
    }

    @ParameterizedTest
    @CsvSource({"commercial, true", "medicare, true", "medicaid, true", "none, false"})
    void theScreeningAnswerDecidesInsurance(String answer, boolean covered) {
        for (Treatment t : Treatment.values()) {
            assertEquals(covered, bundled().initialInputs(t, answer).covered());
        }
    }

    @Test
    void withoutAnAnswerTheTreatmentDecides() {
        assertFalse(bundled().initialInputs(Treatment.IV_KETAMINE, null).covered());
        assertTrue(bundled().initialInputs(Treatment.SPRAVATO, null).covered());
        assertFalse(bundled().initialInputs(Treatment.IV_KETAMINE, "unsure").covered());
    }

    @Test
    void asOfReadsNaturally() {
        assertEquals("2024", PlannerDefaults.describeAsOf("2024"));
        assertEquals("March 2019", PlannerDefaults.describeAsOf("2019-03"));
    }

    private static String edited(Consumer<JsonObject> edit) {
        JsonObject root = JsonParser.parseString(bundledText).getAsJsonObject();
        edit.accept(root);
        return root.toString();
    }

    private static JsonObject iv(JsonObject root) {
        return root.getAsJsonObject("treatments").getAsJsonObject("iv_ketamine");
    }

    private static void assertRefused(String json, String expectedInMessage) {
        ContentException e = assertThrows(ContentException.class, () -> PlannerDefaults.load(json, content::source));
        assertTrue(e.getMessage().startsWith("planner-defaults.json"), e.getMessage());
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
    }

    @Test
    void unknownSourceIdIsRefusedByName() {
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").addProperty("source", "made-up")),
                "item 'iv_ketamine', field 'pricePerSession.source': unknown source id 'made-up'");
    }

    @Test
    void missingFieldsAreRefusedByName() {
        assertRefused(edited(r -> iv(r).remove("inductionWeeks")), "field 'inductionWeeks': is missing");
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").remove("asOf")), "pricePerSession.asOf");
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").remove("source")), "pricePerSession.source");
        assertRefused(edited(r -> r.getAsJsonObject("insurance").remove("coinsurancePercent")), "coinsurancePercent");
        assertRefused(edited(r -> r.getAsJsonObject("treatments").remove("spravato")), "spravato");
        assertRefused(edited(r -> r.getAsJsonArray("notes").remove(0)), "one-year");
    }

    @Test
    void badValuesAreRefusedByName() {
        assertRefused(edited(r -> iv(r).getAsJsonObject("horizonWeeks").addProperty("value", 60)), "horizonWeeks.value");
        assertRefused(edited(r -> r.getAsJsonObject("treatments").getAsJsonObject("spravato")
                .getAsJsonObject("maintenanceIntervalWeeks").addProperty("value", 4)), "maintenanceIntervalWeeks");
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").add("source", JsonParser.parseString("null"))),
                "is required unless the value is 0");
        assertRefused(edited(r -> iv(r).getAsJsonObject("pricePerSession").addProperty("asOf", "last year")),
                "pricePerSession.asOf");
        assertRefused(edited(r -> iv(r).getAsJsonArray("priceRanges").get(0).getAsJsonObject().addProperty("low", 900)),
                "priceRanges[0]");
        JsonElement dup = JsonParser.parseString("{\"id\": \"hsa-fsa\", \"source\": \"irs-pub-502\", \"asOf\": \"2025\"}");
        assertRefused(edited(r -> r.getAsJsonArray("notes").add(dup)), "is used twice");
        assertRefused("[1]", "one JSON object");
        assertRefused("{", "not valid JSON");
    }
}
