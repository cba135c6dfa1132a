package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineguide.testing.BundledContent;

class ContentRepositoryTest {

    @TempDir
    Path copy;

    @Test
    void bundledContentLoadsAndValidates() {
        ContentRepository content = ContentRepository.bundled();
        assertFalse(content.topics().isEmpty(), "topics");
        assertFalse(content.sources().isEmpty(), "sources");
        assertFalse(content.glossary().isEmpty(), "glossary");
        assertFalse(content.categories().isEmpty(), "categories");
        for (Category category : content.categories()) {
            for (String id : category.topicIds()) {
                assertEquals(category.id(), content.topic(id).orElseThrow().category());
            }
        }
    }

    @Test
    void folderCopyOfBundledContentLoadsTheSame() throws IOException {
        copyBundled();
        ContentRepository fromFolder = ContentRepository.load(ContentFiles.folder(copy));
        assertEquals(ContentRepository.bundled().topics().size(), fromFolder.topics().size());
    }

    /** A change to one content file, described by what the loader must then say. */
    private record Damage(String name, String file, Consumer<JsonObject> change, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String firstTopic() {
        return ContentRepository.bundled().categories().get(0).topicIds().get(0);
    }

    static Stream<Damage> damages() {
        String topic = firstTopic();
        String topicFile = "topics/" + topic + ".json";
        return Stream.of(
                new Damage("missing field", topicFile, o -> o.remove("title"),
                        topicFile + ", item '" + topic + "', field 'title': is missing"),
                new Damage("blank field", topicFile, o -> o.addProperty("summary", "   "),
                        topicFile + ", item '" + topic + "', field 'summary': is blank"),
                new Damage("wrong type", topicFile, o -> o.addProperty("keyPoints", "one point"),
                        "field 'keyPoints': must be a list"),
                new Damage("too few key points", topicFile, o -> {
                    JsonArray two = new JsonArray();
                    two.add("One.");
                    two.add("Two.");
                    o.add("keyPoints", two);
                }, "field 'keyPoints': needs 3 to 5 points, found 2"),
                new Damage("duplicate source id", "sources.json", o -> {
                    JsonArray list = o.getAsJsonArray("sources");
                    String firstId = list.get(0).getAsJsonObject().get("id").getAsString();
                    list.get(1).getAsJsonObject().addProperty("id", firstId);
                }, "sources.json, item '" + ContentRepository.bundled().sources().iterator().next().id()
                        + "', field 'id': duplicate source id"),
                new Damage("dangling source reference", topicFile,
                        o -> o.getAsJsonArray("sources").add("no-such-source"),
                        topicFile + ", item '" + topic + "', field 'sources': unknown source 'no-such-source'"),
                new Damage("dangling related topic", topicFile,
                        o -> o.getAsJsonArray("related").add("no-such-topic"),
                        "field 'related': unknown topic 'no-such-topic'"),
                new Damage("dangling glossary source", "glossary.json",
                        o -> o.getAsJsonArray("terms").get(0).getAsJsonObject().getAsJsonArray("sources").add("nowhere"),
                        "glossary.json, item '" + ContentRepository.bundled().glossary().iterator().next().id()
                                + "', field 'sources': unknown source 'nowhere'"),
                new Damage("duplicate topic in manifest", "manifest.json", o -> o.getAsJsonArray("categories")
                        .get(0).getAsJsonObject().getAsJsonArray("topics").add(topic),
                        "topic '" + topic + "' is listed twice"),
                new Damage("wrong date", "manifest.json", o -> o.addProperty("lastReviewed", "soon"),
                        "manifest.json, field 'lastReviewed': must be a date"),
                new Damage("missing topic file", "manifest.json", o -> o.getAsJsonArray("categories")
                        .get(0).getAsJsonObject().getAsJsonArray("topics").add("ghost-topic"),
                        "topics/ghost-topic.json: was not found"),
                new Damage("source without a kind", "sources.json",
                        o -> firstSource(o).remove("kind"),
                        "sources.json, item '" + firstSourceId() + "', field 'kind': is missing"),
                new Damage("source of an unknown kind", "sources.json",
                        o -> firstSource(o).addProperty("kind", "blog"),
                        "sources.json, item '" + firstSourceId() + "', field 'kind': must be one of [label, regulator,"
                                + " trial, review, guideline, news, clinic], not 'blog'"),
                new Damage("section end date that is not a date", topicFile,
                        o -> firstSection(o).addProperty("validUntil", "end of 2026"),
                        topicFile + ", item '" + topic + "', field 'validUntil': must be a date"),
                new Damage("section end date before the review date", topicFile,
                        o -> firstSection(o).addProperty("validUntil", "2020-01-01"),
                        topicFile + ", item '" + topic + "', field 'validUntil': must not be before lastReviewed"),
                new Damage("glossary end date that is not a date", "glossary.json",
                        o -> o.getAsJsonArray("terms").get(0).getAsJsonObject().addProperty("validUntil", "2026-13-01"),
                        "glossary.json, item '" + ContentRepository.bundled().glossary().iterator().next().id()
                                + "', field 'validUntil': must be a date"));
    }

    private static JsonObject firstSource(JsonObject sources) {
        return sources.getAsJsonArray("sources").get(0).getAsJsonObject();
    }

    private static String firstSourceId() {
        return ContentRepository.bundled().sources().iterator().next().id();
    }

    private static JsonObject firstSection(JsonObject topic) {
        return topic.getAsJsonArray("sections").get(0).getAsJsonObject();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void brokenCopyIsRefusedWithAMessageNamingTheProblem(Damage damage) throws IOException {
        copyBundled();
        Path target = copy.resolve(damage.file());
        JsonObject json = JsonParser.parseString(Files.readString(target, StandardCharsets.UTF_8)).getAsJsonObject();
        damage.change().accept(json);
        Files.writeString(target, json.toString(), StandardCharsets.UTF_8);
        assertRefused(damage.expected());
    }

    @Test
    void malformedJsonIsRefusedNamingTheFile() throws IOException {
        copyBundled();
        Path target = copy.resolve("glossary.json");
        String text = Files.readString(target, StandardCharsets.UTF_8);
        Files.writeString(target, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
        assertRefused("glossary.json: is not valid JSON");
    }

    @Test
    void fileThatIsNotAnObjectIsRefused() throws IOException {
        copyBundled();
        Files.writeString(copy.resolve("sources.json"), "[1, 2, 3]", StandardCharsets.UTF_8);
        assertRefused("sources.json: must hold one JSON object");
    }

    private void assertRefused(String expected) {
        ContentException e = assertThrows(ContentException.class,
                () -> ContentRepository.load(ContentFiles.folder(copy)));
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    private void copyBundled() throws IOException {
        BundledContent.copyTo(copy);
    }
}
