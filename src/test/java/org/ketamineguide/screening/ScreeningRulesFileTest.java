package org.ketamineguide.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Source;

/** The rules-file validator: the shipped file loads, and broken copies are refused by name. */
class ScreeningRulesFileTest {
    private static String bundledText;
    private static Set<String> sourceIds;

    @BeforeAll
    static void read() {
        bundledText = ContentFiles.bundled().read(ScreeningRules.FILE);
        sourceIds = ScreeningRules.sourceIds(ContentFiles.bundled().read("sources.json"));
    }

    @Test
    void theShippedRulesLoadAndCiteOnlyRealSources() {
        ScreeningRules rules = ScreeningRules.bundled();
        Set<String> known = ContentRepository.bundled().sources().stream().map(Source::id).collect(Collectors.toSet());
        for (FindingRule f : rules.findingRules()) {
            f.effects().values().forEach(e -> assertTrue(known.contains(e.sourceId()), f.id() + ": " + e.sourceId()));
        }
        assertEquals(java.util.List.of("minimal", "mild", "moderate", "moderately_severe", "severe"), rules.phq9Bands());
    }

    private static JsonObject copy() {
        return JsonParser.parseString(bundledText).getAsJsonObject();
    }

    private static JsonObject section(JsonObject root, String id) {
        for (var s : root.getAsJsonArray("sections")) {
            if (s.getAsJsonObject().get("id").getAsString().equals(id)) {
                return s.getAsJsonObject();
            }
        }
        throw new IllegalStateException(id);
    }

    private static JsonObject question(JsonObject root, String id) {
        for (var s : root.getAsJsonArray("sections")) {
            for (var q : s.getAsJsonObject().getAsJsonArray("questions")) {
                if (q.getAsJsonObject().get("id").getAsString().equals(id)) {
                    return q.getAsJsonObject();
                }
            }
        }
        throw new IllegalStateException(id);
    }

    private static JsonObject finding(JsonObject root, String id) {
        for (var f : root.getAsJsonArray("findings")) {
            if (f.getAsJsonObject().get("id").getAsString().equals(id)) {
                return f.getAsJsonObject();
            }
        }
        throw new IllegalStateException(id);
    }

    private static JsonArray list(String... values) {
        JsonArray a = new JsonArray();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                broken("a finding names an unknown question", "question",
                        r -> finding(r, "allergy").addProperty("question", "allergies")),
                broken("a finding names an unknown option", "options",
                        r -> finding(r, "allergy").add("options", list("maybe"))),
                broken("a finding names an unknown source", "effects.spravato.source",
                        r -> finding(r, "allergy").getAsJsonObject("effects").getAsJsonObject("spravato")
                                .addProperty("source", "my-blog")),
                broken("a finding has no topic", "topic", r -> finding(r, "allergy").remove("topic")),
                broken("a finding has a malformed topic", "topic",
                        r -> finding(r, "allergy").addProperty("topic", "Who May Be")),
                broken("a finding has no explanation", "explanation", r -> finding(r, "allergy").remove("explanation")),
                broken("a suitability is misspelt", "effects.spravato.suitability",
                        r -> finding(r, "allergy").getAsJsonObject("effects").getAsJsonObject("spravato")
                                .addProperty("suitability", "ELIGIBLE")),
                broken("a finding names an unknown treatment", "effects",
                        r -> finding(r, "allergy").getAsJsonObject("effects").add("oral_ketamine",
                                finding(r, "allergy").getAsJsonObject("effects").get("spravato"))),
                broken("the rules speak about a treatment the app does not know", "id",
                        r -> r.getAsJsonArray("treatments").get(1).getAsJsonObject().addProperty("id", "oral_ketamine")),
                broken("a finding affects no treatment", "effects",
                        r -> finding(r, "allergy").add("effects", new JsonObject())),
                broken("an option is neither a finding nor marked no finding", "noFinding",
                        r -> question(r, "age").add("noFinding", list("18_64"))),
                broken("an option is both a finding and marked no finding", "noFinding",
                        r -> question(r, "age").add("noFinding", list("18_64", "65_plus", "under_18"))),
                broken("noFinding names an unknown option", "noFinding",
                        r -> question(r, "age").add("noFinding", list("18_64", "65_plus", "teen"))),
                broken("two findings cover one answer", "options",
                        r -> finding(r, "allergy-unsure").add("options", list("yes"))),
                broken("a duplicate question id", "id", r -> question(r, "liver_disease").addProperty("id", "heart_disease")),
                broken("a show-when names a later question", "question",
                        r -> question(r, "age").add("showWhen", showWhen("insurance", "none"))),
                broken("a section show-when names an unknown option", "options",
                        r -> section(r, "safety").add("showWhen", showWhen("phq9_9", "4"))),
                broken("a PHQ-9 item has no score", "items",
                        r -> question(r, "phq9_3").getAsJsonArray("options").get(0).getAsJsonObject().remove("score")),
                broken("the PHQ-9 bands leave a gap", "min",
                        r -> r.getAsJsonObject("phq9").getAsJsonArray("bands").get(1).getAsJsonObject()
                                .addProperty("min", 6)),
                broken("the PHQ-9 bands stop short", "bands",
                        r -> r.getAsJsonObject("phq9").getAsJsonArray("bands").remove(4)),
                broken("an urgent rule names an unknown option", "options",
                        r -> r.getAsJsonArray("urgentWhen").get(0).getAsJsonObject().add("options", list("maybe"))),
                broken("the support rules are missing", "supportWhen", r -> r.remove("supportWhen")),
                broken("a question has no options", "options", r -> question(r, "age").add("options", new JsonArray())),
                broken("an option label is blank", "label",
                        r -> question(r, "age").getAsJsonArray("options").get(0).getAsJsonObject().addProperty("label", " ")),
                broken("the version is missing", "version", r -> r.remove("version")));
    }

    private static JsonObject showWhen(String question, String option) {
        JsonObject c = new JsonObject();
        c.addProperty("question", question);
        c.add("options", list(option));
        return c;
    }

    private static Arguments broken(String what, String field, Consumer<JsonObject> damage) {
        return Arguments.of(what, field, damage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void brokenCopiesAreRefusedNamingFileAndField(String what, String field, Consumer<JsonObject> damage) {
        JsonObject root = copy();
        damage.accept(root);
        ContentException e = assertThrows(ContentException.class,
                () -> ScreeningRules.load("screening-rules.json", root.toString(), sourceIds), what);
        assertEquals("screening-rules.json", e.file(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith("screening-rules.json"), e.getMessage());
    }

    @Test
    void textThatIsNotJsonIsRefusedNamingTheFile() {
        ContentException e = assertThrows(ContentException.class,
                () -> ScreeningRules.load("screening-rules.json", "{ \"version\": ", sourceIds));
        assertTrue(e.getMessage().contains("screening-rules.json") && e.getMessage().contains("not valid JSON"),
                e.getMessage());
    }

    @Test
    void unknownSourceMessageNamesTheFindingAndTheSource() {
        JsonObject root = copy();
        finding(root, "ride-home").getAsJsonObject("effects").getAsJsonObject("iv_ketamine")
                .addProperty("source", "my-blog");
        ContentException e = assertThrows(ContentException.class,
                () -> ScreeningRules.load("screening-rules.json", root.toString(), sourceIds));
        assertEquals("ride-home", e.itemId());
        assertTrue(e.getMessage().contains("my-blog"), e.getMessage());
    }
}
