package org.ketamineguide.topics.ui;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;

/**
 * Content written for tests, in the bundled file format: three topics that link to each other,
 * each with a tool action, a quote, bullets, glossary words with forms, and a three-column
 * comparison. The bundled seed content is too small to show all of that.
 */
final class RichContent {
    static final String SIDE_EFFECTS = "side-effects";
    static final String DRIVING = "driving";
    static final String COSTS = "costs";
    static final String QUESTION = "How will you watch me during the treatment?";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private RichContent() {
    }

    /** Writes the files into a folder and loads them the way the app loads its own. */
    static ContentRepository load(Path dir) throws IOException {
        write(dir);
        return ContentRepository.load(ContentFiles.folder(dir));
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("topics"));
        json(dir.resolve("manifest.json"), map(
                "version", "test-1", "lastReviewed", "2026-11-23", "nextReview", "2027-05-23",
                "updatePolicy", "Checked for tests.", "authors", "Test authors.", "funding", "No one.",
                "categories", List.of(
                        map("id", "basics", "title", "The basics", "topics", List.of(SIDE_EFFECTS, DRIVING)),
                        map("id", "money", "title", "Money", "topics", List.of(COSTS)))));
        json(dir.resolve("sources.json"), map("sources", List.of(
                source("label", "SPRAVATO label", "FDA", 2026, "label"),
                source("guide", "A patient guide", "A clinic group", 2025, "guideline"),
                source("prices", "What treatment costs", "A survey", 2024, "news"))));
        json(dir.resolve("glossary.json"), map("terms", List.of(
                term("dissociation", "dissociation", List.of("dissociative"),
                        "Feeling cut off from your body or from what is around you."),
                term("infusion", "infusion", List.of("IV infusion"), "Medicine given slowly through a drip into a vein."),
                term("ect", "ECT", List.of("electroconvulsive therapy"), "A treatment that uses a small electric current."))));
        json(dir.resolve("comparison.json"), map(
                "title", "Options side by side", "intro", "Each cell says where its fact comes from.",
                "lastReviewed", "2026-11-23",
                "options", List.of(map("id", "iv", "title", "IV ketamine"), map("id", "spray", "title", "Spravato"),
                        map("id", "ect", "title", "ECT")),
                "rows", List.of(
                        map("id", "approval", "label", "FDA approval", "cells", List.of(
                                cell("iv", "Not approved for depression.", "guide"),
                                cell("spray", "Approved in 2019.", "label"),
                                cell("ect", "Cleared as a device.", "guide", "prices"))),
                        map("id", "time", "label", "Time at the clinic", "cells", List.of(
                                cell("iv", "About an hour.", "guide"),
                                cell("spray", "At least two hours.", "label"),
                                cell("ect", "A morning.", "prices"))))));
        topic(dir, SIDE_EFFECTS, "Side effects",
                "Most people feel strange for a short time. This can be dissociation.", "screening",
                List.of(DRIVING), List.of(
                map("heading", "Feeling detached",
                        "paragraphs", List.of("Dissociation can feel strange. It often ends within two hours.",
                                "An infusion of ketamine can also cause dissociation."),
                        "bullets", List.of("Sit in a quiet room.", "Tell staff if you feel scared."),
                        "quote", map("text", "Patients must be watched for at least 2 hours.", "source", "label"),
                        "sources", List.of("label", "guide")),
                map("heading", "Blood pressure", "paragraphs", List.of("Blood pressure can go up for a while."),
                        "sources", List.of("label"))));
        topic(dir, DRIVING, "Driving after treatment",
                "You cannot drive until the next day. Plan a ride home.", "planner", List.of(SIDE_EFFECTS, COSTS),
                List.of(map("heading", "The next day", "paragraphs", List.of("Do not drive until you have slept."),
                        "sources", List.of("label"))));
        topic(dir, COSTS, "What it costs", "Prices differ a lot between clinics.", "comparison", List.of(),
                List.of(map("heading", "Insurance",
                        "paragraphs", List.of("Insurance may pay for Spravato. ECT is often covered."),
                        "sources", List.of("prices"))));
    }

    private static void topic(Path dir, String id, String title, String summary, String action, List<String> related,
                              List<Map<String, Object>> sections) throws IOException {
        json(dir.resolve("topics/" + id + ".json"), map(
                "id", id, "title", title, "summary", summary,
                "keyPoints", List.of("The first point.", "The second point.", "The third point."),
                "sections", sections,
                "clinicianQuestions", List.of(id.equals(SIDE_EFFECTS) ? QUESTION : "What should I know about " + title + "?",
                        "Who can I call after I go home?"),
                "related", related, "sources", List.of("label", "guide", "prices"),
                "lastReviewed", "2026-11-23", "action", action));
    }

    private static Map<String, Object> source(String id, String title, String publisher, int year, String kind) {
        return map("id", id, "title", title, "publisher", publisher, "year", year, "url", "https://example.org/" + id,
                "kind", kind);
    }

    private static Map<String, Object> term(String id, String term, List<String> forms, String definition) {
        return map("id", id, "term", term, "forms", forms, "definition", definition, "sources", List.of("guide"));
    }

    private static Map<String, Object> cell(String option, String text, String... sources) {
        return map("option", option, "text", text, "sources", List.of(sources));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static void json(Path file, Object value) throws IOException {
        Files.writeString(file, GSON.toJson(value));
    }
}
