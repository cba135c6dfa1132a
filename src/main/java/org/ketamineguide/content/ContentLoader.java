package org.ketamineguide.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketamineguide.json.JsonFields;

/**
 * Reads every content file into records and checks them: required fields present and non-blank,
 * ids unique, every reference resolves. The first problem found stops loading with a
 * {@link ContentException}; nothing is ever half-loaded.
 */
final class ContentLoader {
    static final String MANIFEST = "manifest.json";
    static final String SOURCES = "sources.json";
    static final String GLOSSARY = "glossary.json";
    static final String COMPARISON = "comparison.json";
    static final Set<String> ACTIONS = Set.of("screening", "planner", "comparison", "decision");
    static final List<String> KINDS = java.util.Arrays.stream(Source.Kind.values()).map(Source.Kind::id).toList();

    private final ContentFiles files;

    ContentLoader(ContentFiles files) {
        this.files = files;
    }

    ContentRepository load() {
        JsonFields manifest = root(MANIFEST);
        ContentInfo info = new ContentInfo(
                manifest.text("version"),
                manifest.date("lastReviewed"),
                manifest.date("nextReview"),
                manifest.text("updatePolicy"),
                manifest.text("authors"),
                manifest.text("funding"));

        Map<String, Source> sources = loadSources();
        List<Category> categories = new ArrayList<>();
        Map<String, Topic> topics = new LinkedHashMap<>();
        Set<String> categoryIds = new HashSet<>();
        for (JsonFields c : manifest.objects("categories", true)) {
            String id = c.text("id");
            JsonFields cat = c.withId(id);
            if (!categoryIds.add(id)) {
                throw cat.problem("id", "duplicate category id");
            }
            List<String> topicIds = cat.texts("topics", true);
            for (String topicId : topicIds) {
                if (topics.containsKey(topicId)) {
                    throw cat.problem("topics", "topic '" + topicId + "' is listed twice");
                }
                topics.put(topicId, loadTopic(topicId, id));
            }
            categories.add(new Category(id, cat.text("title"), topicIds));
        }
        Map<String, GlossaryTerm> glossary = loadGlossary();
        ComparisonTable comparison = loadComparison();

        checkTopicReferences(topics, sources);
        checkGlossaryReferences(glossary, sources);
        checkComparisonReferences(comparison, sources);
        return new ContentRepository(info, categories, topics, glossary, sources, comparison);
    }

    private JsonFields root(String file) {
        return ContentFiles.json(file).parse(files.read(file));
    }

    private Map<String, Source> loadSources() {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (JsonFields s : root(SOURCES).objects("sources", true)) {
            String id = s.text("id");
            JsonFields src = s.withId(id);
            int year = src.integer("year");
            if (year < 1900 || year > 2100) {
                throw src.problem("year", "must be a year between 1900 and 2100");
            }
            String url = src.text("url");
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw src.problem("url", "must start with https:// or http://");
            }
            String kindId = src.text("kind");
            Source.Kind kind = Source.Kind.fromId(kindId).orElseThrow(() -> src.problem("kind",
                    "must be one of " + KINDS + ", not '" + kindId + "'"));
            Source source = new Source(id, src.text("title"), src.text("publisher"), year, url, kind);
            if (sources.putIfAbsent(id, source) != null) {
                throw src.problem("id", "duplicate source id");
            }
        }
        return sources;
    }

    private Topic loadTopic(String topicId, String categoryId) {
        String file = "topics/" + topicId + ".json";
        JsonFields t = root(file).withId(topicId);
        if (!topicId.equals(t.text("id"))) {
            throw t.problem("id", "must be '" + topicId + "' to match the file name");
        }
        List<String> keyPoints = t.texts("keyPoints", true);
        if (keyPoints.size() < 3 || keyPoints.size() > 5) {
            throw t.problem("keyPoints", "needs 3 to 5 points, found " + keyPoints.size());
        }
        LocalDate lastReviewed = t.date("lastReviewed");
        List<TopicSection> sections = new ArrayList<>();
        for (JsonFields s : t.objects("sections", true)) {
            Quote quote = null;
            if (s.has("quote")) {
                JsonFields q = s.object("quote");
                quote = new Quote(q.text("text"), q.text("source"));
            }
            sections.add(new TopicSection(s.text("heading"), s.texts("paragraphs", true),
                    s.texts("bullets", false), quote, s.texts("sources", true), validUntil(s, lastReviewed)));
        }
        String action = t.optionalText("action").orElse(null);
        if (action != null && !ACTIONS.contains(action)) {
            throw t.problem("action", "must be one of " + ACTIONS + ", not '" + action + "'");
        }
        return new Topic(topicId, t.text("title"), categoryId, t.text("summary"), keyPoints, sections,
                t.texts("clinicianQuestions", true), t.texts("related", false), t.texts("sources", true),
                lastReviewed, action);
    }

    /**
     * The optional end date of a text. A text that ended before it was last reviewed would have been
     * fixed in that review, so such a date is refused as a typing error.
     */
    private static LocalDate validUntil(JsonFields item, LocalDate lastReviewed) {
        if (!item.has("validUntil")) {
            return null;
        }
        LocalDate date = item.date("validUntil");
        if (lastReviewed != null && date.isBefore(lastReviewed)) {
            throw item.problem("validUntil", "must not be before lastReviewed (" + lastReviewed + ")");
        }
        return date;
    }

    private Map<String, GlossaryTerm> loadGlossary() {
        Map<String, GlossaryTerm> glossary = new LinkedHashMap<>();
        Set<String> words = new HashSet<>();
        for (JsonFields g : root(GLOSSARY).objects("terms", true)) {
            String id = g.text("id");
            JsonFields term = g.withId(id);
            GlossaryTerm entry = new GlossaryTerm(id, term.text("term"), term.texts("forms", false),
                    term.text("definition"), term.texts("sources", false), validUntil(term, null));
            if (glossary.putIfAbsent(id, entry) != null) {
                throw term.problem("id", "duplicate glossary id");
            }
            for (String form : entry.allForms()) {
                if (!words.add(form.toLowerCase(java.util.Locale.ROOT))) {
                    throw term.problem("forms", "'" + form + "' is already used by another glossary term");
                }
            }
        }
        return glossary;
    }

    private ComparisonTable loadComparison() {
        JsonFields c = root(COMPARISON);
        List<ComparisonTable.Option> options = new ArrayList<>();
        Set<String> optionIds = new HashSet<>();
        for (JsonFields o : c.objects("options", true)) {
            String id = o.text("id");
            if (!optionIds.add(id)) {
                throw o.withId(id).problem("id", "duplicate option id");
            }
            options.add(new ComparisonTable.Option(id, o.withId(id).text("title")));
        }
        List<ComparisonTable.Row> rows = new ArrayList<>();
        Set<String> rowIds = new HashSet<>();
        for (JsonFields r : c.objects("rows", true)) {
            String id = r.text("id");
            JsonFields row = r.withId(id);
            if (!rowIds.add(id)) {
                throw row.problem("id", "duplicate row id");
            }
            List<ComparisonTable.Cell> cells = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonFields cell : row.objects("cells", true)) {
                String option = cell.text("option");
                if (!optionIds.contains(option)) {
                    throw row.problem("cells.option", "unknown option '" + option + "'");
                }
                if (!seen.add(option)) {
                    throw row.problem("cells.option", "option '" + option + "' appears twice");
                }
                cells.add(new ComparisonTable.Cell(option, cell.text("text"), cell.texts("sources", true)));
            }
            if (!seen.equals(optionIds)) {
                throw row.problem("cells", "needs one cell for every option");
            }
            rows.add(new ComparisonTable.Row(id, row.text("label"), cells));
        }
        return new ComparisonTable(c.text("title"), c.text("intro"), options, rows, c.date("lastReviewed"));
    }

    private static void checkTopicReferences(Map<String, Topic> topics, Map<String, Source> sources) {
        for (Topic topic : topics.values()) {
            String file = "topics/" + topic.id() + ".json";
            Set<String> cited = new HashSet<>();
            for (String id : topic.sources()) {
                requireSource(sources, id, file, topic.id(), "sources");
                if (!cited.add(id)) {
                    throw new ContentException(file, topic.id(), "sources", "source '" + id + "' is listed twice");
                }
            }
            for (String related : topic.related()) {
                if (!topics.containsKey(related)) {
                    throw new ContentException(file, topic.id(), "related", "unknown topic '" + related + "'");
                }
                if (related.equals(topic.id())) {
                    throw new ContentException(file, topic.id(), "related", "a topic cannot relate to itself");
                }
            }
            for (TopicSection section : topic.sections()) {
                for (String id : section.sources()) {
                    requireCitedBy(cited, id, file, topic.id(), "sections.sources");
                }
                if (section.quote() != null) {
                    requireCitedBy(cited, section.quote().source(), file, topic.id(), "sections.quote.source");
                }
            }
        }
    }

    private static void requireCitedBy(Set<String> cited, String id, String file, String item, String field) {
        if (!cited.contains(id)) {
            throw new ContentException(file, item, field,
                    "source '" + id + "' must also be listed in the topic's sources");
        }
    }

    private static void checkGlossaryReferences(Map<String, GlossaryTerm> glossary, Map<String, Source> sources) {
        for (GlossaryTerm term : glossary.values()) {
            for (String id : term.sources()) {
                requireSource(sources, id, GLOSSARY, term.id(), "sources");
            }
        }
    }

    private static void checkComparisonReferences(ComparisonTable table, Map<String, Source> sources) {
        for (ComparisonTable.Row row : table.rows()) {
            for (ComparisonTable.Cell cell : row.cells()) {
                for (String id : cell.sources()) {
                    requireSource(sources, id, COMPARISON, row.id(), "cells.sources");
                }
            }
        }
    }

    private static void requireSource(Map<String, Source> sources, String id, String file, String item,
                                      String field) {
        if (!sources.containsKey(id)) {
            throw new ContentException(file, item, field, "unknown source '" + id + "'");
        }
    }
}
