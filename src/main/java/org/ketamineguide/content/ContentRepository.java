package org.ketamineguide.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All bundled content, loaded and validated once at start-up, then read-only and safe to share
 * between threads. Plain Java: no JavaFX types.
 */
public final class ContentRepository {
    private final ContentInfo info;
    private final List<Category> categories;
    private final Map<String, Topic> topics;
    private final Map<String, GlossaryTerm> glossary;
    private final Map<String, Source> sources;
    private final ComparisonTable comparison;

    ContentRepository(ContentInfo info, List<Category> categories, Map<String, Topic> topics,
                      Map<String, GlossaryTerm> glossary, Map<String, Source> sources, ComparisonTable comparison) {
        this.info = info;
        this.categories = List.copyOf(categories);
        this.topics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topics));
        this.glossary = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(glossary));
        this.sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        this.comparison = comparison;
    }

    /**
     * Loads and validates the content shipped with the app.
     *
     * @throws ContentException naming the file, item and field of the first problem found
     */
    public static ContentRepository bundled() {
        return load(ContentFiles.bundled());
    }

    /**
     * Loads and validates content from any set of files with the bundled layout.
     *
     * @throws ContentException naming the file, item and field of the first problem found
     */
    public static ContentRepository load(ContentFiles files) {
        return new ContentLoader(files).load();
    }

    public ContentInfo info() {
        return info;
    }

    public List<Category> categories() {
        return categories;
    }

    /** Every topic, in category order. */
    public Collection<Topic> topics() {
        return topics.values();
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    public Collection<GlossaryTerm> glossary() {
        return glossary.values();
    }

    public Optional<GlossaryTerm> glossaryTerm(String id) {
        return Optional.ofNullable(glossary.get(id));
    }

    public Collection<Source> sources() {
        return sources.values();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public ComparisonTable comparison() {
        return comparison;
    }
}
