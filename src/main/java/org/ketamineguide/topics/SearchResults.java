package org.ketamineguide.topics;

import java.util.List;

/**
 * What a search found. When nothing matches every word, {@link #suggestions()} offers topics
 * instead of an empty list: pages that match some of the words ({@link #partial()} is true), or
 * else a few good places to start. Immutable.
 *
 * @param query       the text searched for, as typed
 * @param hits        results that match every word, best first
 * @param suggestions topics to offer when there are no hits (empty when there are hits)
 * @param partial     true when the suggestions match some of the words
 * @param crisis      true when the query holds words of danger ("suicide", "I want to kill myself"):
 *                    the results page then shows crisis help above any result
 */
public record SearchResults(String query, List<SearchHit> hits, List<SearchHit> suggestions, boolean partial,
                            boolean crisis) {

    public SearchResults {
        query = query == null ? "" : query;
        hits = List.copyOf(hits);
        suggestions = List.copyOf(suggestions);
    }

    /** The results of an empty query: nothing, not even suggestions (the topic list shows instead). */
    public static SearchResults none(String query) {
        return new SearchResults(query, List.of(), List.of(), false, false);
    }

    /** True when the query was empty or only spaces. */
    public boolean isBlank() {
        return query.isBlank();
    }

    /** The hits of one kind, in rank order. */
    public List<SearchHit> hits(SearchHit.Kind kind) {
        return hits.stream().filter(h -> h.kind() == kind).toList();
    }
}
