package org.ketamineguide.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.ketamineguide.content.GlossaryTerm;
import org.ketamineguide.content.Topic;
import org.ketamineguide.content.TopicSection;

/**
 * Full-text search over topic pages and glossary terms, built once from the content and then
 * read-only (safe to share between threads). Every word of a query must match somewhere in a
 * page; a word matches itself, its simple word forms ({@link WordForms}), one typing mistake when
 * it has five letters or more ({@link Typos}) and, for the word being typed last, longer words that
 * start with it. Accents and case never matter. A match in a title outranks a match in a heading,
 * the summary or key points, which outrank a match in the body text. How words are folded, which
 * small words are left out and which forms meet depends on the {@link SearchLanguage} of the
 * content.
 */
public final class SearchIndex {
    /** Only this much of a query is read, so pasted text cannot slow the search down. */
    public static final int MAX_QUERY_CHARS = 200;
    /** At most this many different words of a query are used. */
    public static final int MAX_QUERY_WORDS = 8;
    /** The word being typed is completed from this many letters on. */
    static final int MIN_PREFIX = 3;
    static final int SNIPPET_CHARS = 200;
    private static final int MAX_SUGGESTIONS = 5;
    private static final int MAX_EXPANSIONS = 64;

    private static final double EXACT = 1.0;
    private static final double WORD_FORM = 0.9;
    private static final double PREFIX = 0.75;
    private static final double TYPO = 0.6;
    /** A word typed without its "\u00f1" ("ano" for "a\u00f1o"): nearly exact, below a word spelled that way. */
    private static final double WITHOUT_ENYE = 0.95;

    /** Where a piece of text sits on its page; the weight decides ranking. */
    enum Field {
        TITLE(10), GLOSSARY_TERM(10), HEADING(5), SUMMARY(4), KEY_POINT(3), BODY(1);

        final double weight;

        Field(double weight) {
            this.weight = weight;
        }
    }

    private record Doc(SearchHit.Kind kind, String id, String title, String summary, int order) {
    }

    private record Passage(int doc, Field field, String text, String context, List<Words.Token> tokens) {
    }

    private final List<Doc> docs = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();
    private final Map<String, int[]> postings;
    private final Map<String, List<String>> wordsByStem = new HashMap<>();
    private final NavigableSet<String> vocabulary = new TreeSet<>();
    private final Map<Integer, List<String>> wordsByLength = new HashMap<>();
    private final Map<Integer, List<String>> stemsByLength = new HashMap<>();
    private final List<Integer> starters = new ArrayList<>();
    /** Words with "\u00f1", by their spelling without it; empty for English. */
    private final NavigableMap<String, List<String>> enyeWords = new TreeMap<>();
    /** Words whose stem has "\u00f1", by that stem spelled without it; empty for English. */
    private final Map<String, List<String>> enyeStems = new HashMap<>();
    private final Predicate<String> crisisWords;
    private final SearchLanguage language;

    private SearchIndex(Collection<Topic> topics, Collection<GlossaryTerm> glossary, Predicate<String> crisisWords,
                        SearchLanguage language) {
        this.crisisWords = crisisWords;
        this.language = language;
        Map<String, List<Integer>> building = new HashMap<>();
        Set<String> categoriesSeen = new HashSet<>();
        for (Topic topic : topics) {
            int doc = addDoc(SearchHit.Kind.TOPIC, topic.id(), topic.title(), topic.summary());
            if (categoriesSeen.add(topic.category()) && starters.size() < MAX_SUGGESTIONS) {
                starters.add(doc);
            }
            add(building, doc, Field.TITLE, topic.title(), "");
            add(building, doc, Field.SUMMARY, topic.summary(), "");
            for (String point : topic.keyPoints()) {
                add(building, doc, Field.KEY_POINT, point, "");
            }
            for (TopicSection section : topic.sections()) {
                add(building, doc, Field.HEADING, section.heading(), section.heading());
                section.paragraphs().forEach(p -> add(building, doc, Field.BODY, p, section.heading()));
                section.bullets().forEach(b -> add(building, doc, Field.BODY, b, section.heading()));
                section.optionalQuote().ifPresent(q -> add(building, doc, Field.BODY, q.text(), section.heading()));
            }
            for (String question : topic.clinicianQuestions()) {
                add(building, doc, Field.BODY, question, "");
            }
        }
        for (int doc = 0; doc < docs.size() && starters.size() < MAX_SUGGESTIONS; doc++) {
            if (!starters.contains(doc)) {
                starters.add(doc);
            }
        }
        for (GlossaryTerm term : glossary) {
            int doc = addDoc(SearchHit.Kind.GLOSSARY, term.id(), term.term(), term.definition());
            add(building, doc, Field.GLOSSARY_TERM, term.term(), "");
            for (String form : term.forms()) {
                add(building, doc, Field.GLOSSARY_TERM, form, "");
            }
            add(building, doc, Field.BODY, term.definition(), "");
        }
        postings = new HashMap<>();
        building.forEach((word, ids) -> postings.put(word, ids.stream().mapToInt(Integer::intValue).toArray()));
        for (String word : postings.keySet()) {
            vocabulary.add(word);
            String stem = language.stem(word);
            wordsByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(word);
            wordsByLength.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(word);
            String plain = language.withoutEnye(word);
            if (!plain.equals(word)) {
                enyeWords.computeIfAbsent(plain, k -> new ArrayList<>()).add(word);
            }
            String plainStem = language.withoutEnye(stem);
            if (!plainStem.equals(stem)) {
                enyeStems.computeIfAbsent(plainStem, k -> new ArrayList<>()).add(word);
            }
        }
        for (String stem : wordsByStem.keySet()) {
            stemsByLength.computeIfAbsent(stem.length(), k -> new ArrayList<>()).add(stem);
        }
    }

    /**
     * Builds the index of English content. Topics are ranked in the given order when their scores
     * tie, and the first topic of each category is suggested when a search finds nothing.
     *
     * @param crisisWords the one check for words of danger, so results say when to show crisis help
     */
    public static SearchIndex build(Collection<Topic> topics, Collection<GlossaryTerm> glossary,
                                    Predicate<String> crisisWords) {
        return build(topics, glossary, crisisWords, SearchLanguage.ENGLISH);
    }

    /**
     * Builds the index of content written in the given language (the topics and glossary of that
     * language's content folder); queries are then read in the same language.
     *
     * @param crisisWords the one check for words of danger (it knows every language the app offers)
     * @param language    the language of the content, for example {@code SearchLanguage.forLanguage("es")}
     */
    public static SearchIndex build(Collection<Topic> topics, Collection<GlossaryTerm> glossary,
                                    Predicate<String> crisisWords, SearchLanguage language) {
        return new SearchIndex(topics, glossary, crisisWords, java.util.Objects.requireNonNull(language));
    }

    /** The language this index reads. */
    public SearchLanguage language() {
        return language;
    }

    private int addDoc(SearchHit.Kind kind, String id, String title, String summary) {
        docs.add(new Doc(kind, id, title, summary, docs.size()));
        return docs.size() - 1;
    }

    private void add(Map<String, List<Integer>> building, int doc, Field field, String text, String context) {
        int id = passages.size();
        List<Words.Token> tokens = language.tokens(text);
        passages.add(new Passage(doc, field, text, context, tokens));
        for (Words.Token token : tokens) {
            List<Integer> ids = building.computeIfAbsent(token.word(), k -> new ArrayList<>());
            if (ids.isEmpty() || ids.get(ids.size() - 1) != id) {
                ids.add(id);
            }
        }
    }

    /** Searches for a query as typed; blank input gives {@link SearchResults#none}. */
    public SearchResults search(String query) {
        if (query == null || query.isBlank()) {
            return SearchResults.none(query);
        }
        boolean crisis = crisisWords.test(query);
        String text = cut(query);
        boolean stillTyping = query.length() <= MAX_QUERY_CHARS
                && !Character.isWhitespace(text.charAt(text.length() - 1));
        List<String> words = queryWords(text);
        if (words.isEmpty()) {
            return new SearchResults(query, List.of(), starterHits(), false, crisis);
        }
        List<Map<String, Double>> expansions = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            expansions.add(expand(words.get(i), stillTyping && i == words.size() - 1));
        }
        Scores scores = score(expansions);
        List<Integer> all = scores.matching(true);
        if (!all.isEmpty()) {
            return new SearchResults(query, all.stream().map(d -> hit(d, scores)).toList(), List.of(), false, crisis);
        }
        List<Integer> some = scores.matching(false);
        if (!some.isEmpty()) {
            List<SearchHit> partial = some.stream().filter(d -> docs.get(d).kind() == SearchHit.Kind.TOPIC)
                    .limit(MAX_SUGGESTIONS).map(d -> hit(d, scores)).toList();
            if (!partial.isEmpty()) {
                return new SearchResults(query, List.of(), partial, true, crisis);
            }
        }
        return new SearchResults(query, List.of(), starterHits(), false, crisis);
    }

    /** The query, cut to {@link #MAX_QUERY_CHARS} without leaving half a word at the end. */
    private static String cut(String query) {
        if (query.length() <= MAX_QUERY_CHARS) {
            return query;
        }
        int end = MAX_QUERY_CHARS;
        while (end > 0 && Words.isWordChar(query.charAt(end)) && Words.isWordChar(query.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? query.substring(0, MAX_QUERY_CHARS) : query.substring(0, end);
    }

    /** The distinct words of a query, without common small words unless there is nothing else. */
    private List<String> queryWords(String text) {
        Set<String> all = new LinkedHashSet<>();
        language.tokens(text).forEach(t -> all.add(t.word()));
        Set<String> meaningful = new LinkedHashSet<>(all);
        meaningful.removeIf(language::isStopWord);
        Set<String> chosen = meaningful.isEmpty() ? all : meaningful;
        return chosen.stream().limit(MAX_QUERY_WORDS).toList();
    }

    /** Every indexed word this query word stands for, with how good a match it is. */
    Map<String, Double> expand(String word, boolean stillTyping) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (postings.containsKey(word)) {
            out.put(word, EXACT);
        }
        // a word typed without "\u00f1" also stands for the word with it, never the other way round
        boolean plainTyped = language.withoutEnye(word).equals(word);
        if (plainTyped) {
            for (String form : enyeWords.getOrDefault(word, List.of())) {
                out.putIfAbsent(form, WITHOUT_ENYE);
            }
        }
        String stem = language.stem(word);
        List<String> enyeReadings = plainTyped && !postings.containsKey(word)
                ? enyeWords.getOrDefault(word, List.of()) : List.of();
        if (enyeReadings.isEmpty()) {
            for (String form : wordsByStem.getOrDefault(stem, List.of())) {
                out.putIfAbsent(form, WORD_FORM);
            }
            if (plainTyped) {
                for (String form : enyeStems.getOrDefault(stem, List.of())) {
                    out.putIfAbsent(form, WORD_FORM);
                }
            }
        } else {
            // "dano" is only "da\u00f1o" without its tilde: take the forms of "da\u00f1o", not of "dan"
            for (String reading : enyeReadings) {
                for (String form : wordsByStem.getOrDefault(language.stem(reading), List.of())) {
                    out.putIfAbsent(form, WORD_FORM);
                }
            }
        }
        if (stillTyping && word.length() >= MIN_PREFIX) {
            for (String longer : vocabulary.subSet(word, false, word + Character.MAX_VALUE, false)) {
                if (out.size() >= MAX_EXPANSIONS) {
                    break;
                }
                out.putIfAbsent(longer, PREFIX);
            }
            if (plainTyped) {
                for (List<String> longer : enyeWords.subMap(word, false, word + Character.MAX_VALUE, false).values()) {
                    for (String w : longer) {
                        if (out.size() < MAX_EXPANSIONS) {
                            out.putIfAbsent(w, PREFIX);
                        }
                    }
                }
            }
        }
        if (out.isEmpty() && word.length() >= Typos.MIN_LENGTH) {
            for (int len = word.length() - 1; len <= word.length() + 1; len++) {
                for (String candidate : wordsByLength.getOrDefault(len, List.of())) {
                    if (Typos.oneEditApart(word, candidate)) {
                        out.putIfAbsent(candidate, TYPO);
                    }
                }
            }
            for (int len = stem.length() - 1; stem.length() >= language.minTypoStem() && len <= stem.length() + 1; len++) {
                for (String candidate : stemsByLength.getOrDefault(len, List.of())) {
                    if (Typos.oneEditApart(stem, candidate)) {
                        wordsByStem.get(candidate).forEach(w -> out.putIfAbsent(w, TYPO));
                    }
                }
            }
        }
        return out;
    }

    /** Per document: the best score of each query word, and the passages that matched. */
    private final class Scores {
        final double[][] best;
        final Map<Integer, Set<Integer>> passagesByDoc = new HashMap<>();
        final Map<Integer, Set<Integer>> wordsByPassage = new HashMap<>();
        final Set<String> matchedWords = new HashSet<>();

        Scores(int queryWords) {
            best = new double[queryWords][docs.size()];
        }

        List<Integer> matching(boolean everyWord) {
            List<Integer> out = new ArrayList<>();
            double[] total = new double[docs.size()];
            for (int d = 0; d < docs.size(); d++) {
                int found = 0;
                for (double[] word : best) {
                    total[d] += word[d];
                    found += word[d] > 0 ? 1 : 0;
                }
                if (everyWord ? found == best.length : found > 0) {
                    out.add(d);
                }
            }
            out.sort(Comparator.comparingDouble((Integer d) -> -total[d]).thenComparingInt(d -> d));
            return out;
        }
    }

    private Scores score(List<Map<String, Double>> expansions) {
        Scores scores = new Scores(expansions.size());
        for (int q = 0; q < expansions.size(); q++) {
            for (Map.Entry<String, Double> e : expansions.get(q).entrySet()) {
                scores.matchedWords.add(e.getKey());
                for (int p : postings.get(e.getKey())) {
                    Passage passage = passages.get(p);
                    double value = e.getValue() * passage.field().weight;
                    if (value > scores.best[q][passage.doc()]) {
                        scores.best[q][passage.doc()] = value;
                    }
                    scores.passagesByDoc.computeIfAbsent(passage.doc(), k -> new TreeSet<>()).add(p);
                    scores.wordsByPassage.computeIfAbsent(p, k -> new HashSet<>()).add(q);
                }
            }
        }
        return scores;
    }

    private SearchHit hit(int d, Scores scores) {
        Doc doc = docs.get(d);
        List<Span> titleSpans = spans(language.tokens(doc.title()), scores.matchedWords);
        int bestId = -1;
        for (int p : scores.passagesByDoc.getOrDefault(d, Set.of())) {
            Field field = passages.get(p).field();
            if (field != Field.TITLE && field != Field.GLOSSARY_TERM && (bestId < 0 || better(p, bestId, scores))) {
                bestId = p;
            }
        }
        if (bestId < 0) {
            return new SearchHit(doc.kind(), doc.id(), doc.title(), titleSpans, "", shorten(doc.summary()), List.of());
        }
        if (passages.get(bestId).field() == Field.HEADING && bestId + 1 < passages.size()
                && passages.get(bestId + 1).doc() == d) {
            // the heading is shown as the context; the text under it makes a better snippet
            bestId++;
        }
        Passage snippetFrom = passages.get(bestId);
        List<Span> spans = spans(snippetFrom.tokens(), scores.matchedWords);
        String text = snippetFrom.text();
        if (text.length() <= SNIPPET_CHARS) {
            return new SearchHit(doc.kind(), doc.id(), doc.title(), titleSpans, snippetFrom.context(), text, spans);
        }
        return window(doc, titleSpans, snippetFrom, spans);
    }

    /** A passage is better when it holds more of the query's words, then when its field weighs more. */
    private boolean better(int candidate, int current, Scores scores) {
        int have = scores.wordsByPassage.getOrDefault(candidate, Set.of()).size();
        int had = scores.wordsByPassage.getOrDefault(current, Set.of()).size();
        return have > had || have == had && passages.get(candidate).field().weight > passages.get(current).field().weight;
    }

    /** Cuts a long passage to a window around its first match, at word boundaries. */
    private SearchHit window(Doc doc, List<Span> titleSpans, Passage passage, List<Span> spans) {
        String text = passage.text();
        int first = spans.isEmpty() ? 0 : spans.get(0).start();
        int start = 0;
        int end = text.length();
        for (Words.Token t : passage.tokens()) {
            if (first > SNIPPET_CHARS / 3 && start == 0 && t.start() >= first - SNIPPET_CHARS / 3) {
                start = t.start();
            }
        }
        if (start + SNIPPET_CHARS < text.length()) {
            for (Words.Token t : passage.tokens()) {
                if (t.end() <= start + SNIPPET_CHARS) {
                    end = t.end();
                }
            }
        }
        if (!spans.isEmpty()) {
            end = Math.max(end, spans.get(0).end());
        }
        String prefix = start > 0 ? "\u2026 " : "";
        String suffix = end < text.length() ? " \u2026" : "";
        int shift = start - prefix.length();
        List<Span> moved = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() >= start && s.end() <= end) {
                moved.add(s.shift(shift));
            }
        }
        return new SearchHit(doc.kind(), doc.id(), doc.title(), titleSpans, passage.context(),
                prefix + text.substring(start, end) + suffix, moved);
    }

    private static String shorten(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, cut > 0 ? cut : SNIPPET_CHARS) + " \u2026";
    }

    private static List<Span> spans(List<Words.Token> tokens, Set<String> matched) {
        List<Span> out = new ArrayList<>();
        for (Words.Token t : tokens) {
            if (matched.contains(t.word())) {
                out.add(new Span(t.start(), t.end()));
            }
        }
        return out;
    }

    private List<SearchHit> starterHits() {
        return starters.stream().map(docs::get)
                .map(d -> new SearchHit(d.kind(), d.id(), d.title(), List.of(), "", shorten(d.summary()), List.of()))
                .toList();
    }

    /** How many distinct words the index holds (for tests and benchmarks). */
    public int vocabularySize() {
        return vocabulary.size();
    }
}
