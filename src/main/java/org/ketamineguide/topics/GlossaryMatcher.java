package org.ketamineguide.topics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ketamineguide.content.GlossaryTerm;

/**
 * Finds glossary terms in running text so the topic page can mark them. A term matches as whole
 * words only ("ECT" is not found inside "effect"), in any case and with or without accents, in any
 * of its listed forms or with a plural "s"/"es" added to the last word. Words of a form may be
 * separated by spaces or hyphens ("off-label", "off label"). Where forms overlap, the longest wins.
 * In Spanish the last word of a form may be any of its word forms ({@link SpanishWordForms}:
 * "reca\u00edda" also marks "reca\u00eddas", "apelar" also "apelan"), and "\u00f1" stays apart from "n".
 * Built once; read-only and safe to share between threads.
 */
public final class GlossaryMatcher {

    /** One place a glossary term occurs: {@code start} inclusive, {@code end} exclusive. */
    public record Match(int start, int end, String termId) {
    }

    private record Form(String termId, List<String> words) {
    }

    /** Forms by their first word, longest first. */
    private final Map<String, List<Form>> formsByFirstWord = new HashMap<>();
    /** Spanish only: one-word forms by the stem of their word. */
    private final Map<String, List<Form>> oneWordFormsByStem = new HashMap<>();
    private final SearchLanguage language;

    private GlossaryMatcher(Collection<GlossaryTerm> terms, SearchLanguage language) {
        this.language = language;
        for (GlossaryTerm term : terms) {
            for (String form : term.allForms()) {
                List<String> words = words(form);
                if (!words.isEmpty()) {
                    Form f = new Form(term.id(), words);
                    formsByFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(f);
                    if (byStem() && words.size() == 1) {
                        oneWordFormsByStem.computeIfAbsent(language.stem(words.get(0)), k -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
        formsByFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Form f) -> -f.words().size())));
    }

    /** A matcher for English terms in English text. */
    public static GlossaryMatcher of(Collection<GlossaryTerm> terms) {
        return new GlossaryMatcher(terms, SearchLanguage.ENGLISH);
    }

    /** A matcher for the glossary of one language in text of the same language. */
    public static GlossaryMatcher of(Collection<GlossaryTerm> terms, SearchLanguage language) {
        return new GlossaryMatcher(terms, java.util.Objects.requireNonNull(language));
    }

    /** English keeps its narrow plural rule ("s", "es"); other languages compare the last word by stem. */
    private boolean byStem() {
        return language != SearchLanguage.ENGLISH;
    }

    private List<String> words(String text) {
        return tokens(text).stream().map(Words.Token::word).toList();
    }

    private List<Words.Token> tokens(String text) {
        return language.tokens(text);
    }

    /** Every occurrence of every term in the text, left to right, never overlapping. */
    public List<Match> find(String text) {
        List<Words.Token> tokens = tokens(text);
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match match = matchAt(text, tokens, i);
            if (match == null) {
                i++;
                continue;
            }
            out.add(match);
            while (i < tokens.size() && tokens.get(i).start() < match.end()) {
                i++;
            }
        }
        return out;
    }

    /**
     * Marks each term once: for a list of texts read in order (the blocks of one section), returns
     * per text the matches of terms that did not already occur in an earlier text or earlier in the
     * same text.
     */
    public List<List<Match>> firstOccurrences(List<String> texts) {
        Set<String> seen = new HashSet<>();
        List<List<Match>> out = new ArrayList<>();
        for (String text : texts) {
            List<Match> first = new ArrayList<>();
            for (Match m : find(text)) {
                if (seen.add(m.termId())) {
                    first.add(m);
                }
            }
            out.add(first);
        }
        return out;
    }

    private Match matchAt(String text, List<Words.Token> tokens, int i) {
        List<Form> candidates = new ArrayList<>(formsByFirstWord.getOrDefault(tokens.get(i).word(), List.of()));
        candidates.addAll(pluralCandidates(tokens.get(i).word()));
        for (Form form : candidates) {
            int last = i + form.words().size() - 1;
            if (last < tokens.size() && wordsMatch(text, tokens, i, form)) {
                return new Match(tokens.get(i).start(), tokens.get(last).end(), form.termId());
            }
        }
        return null;
    }

    /** Single-word forms whose plural is this word ("infusions" for "infusion"). */
    private List<Form> pluralCandidates(String word) {
        if (byStem()) {
            return oneWordFormsByStem.getOrDefault(language.stem(word), List.of());
        }
        List<Form> out = new ArrayList<>();
        for (String singular : singulars(word)) {
            for (Form f : formsByFirstWord.getOrDefault(singular, List.of())) {
                if (f.words().size() == 1) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private boolean wordsMatch(String text, List<Words.Token> tokens, int i, Form form) {
        List<String> words = form.words();
        for (int k = 0; k < words.size(); k++) {
            Words.Token token = tokens.get(i + k);
            boolean lastWord = k == words.size() - 1;
            if (!token.word().equals(words.get(k)) && !(lastWord && sameWord(token.word(), words.get(k)))) {
                return false;
            }
            if (k > 0 && !onlySpacesOrHyphens(text, tokens.get(i + k - 1).end(), token.start())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word of the text is a form of the last word of a glossary form. */
    private boolean sameWord(String inText, String inForm) {
        return byStem() ? language.stem(inText).equals(language.stem(inForm)) : singulars(inText).contains(inForm);
    }

    private static List<String> singulars(String word) {
        List<String> out = new ArrayList<>(2);
        if (word.length() > 2 && word.endsWith("s")) {
            out.add(word.substring(0, word.length() - 1));
            if (word.endsWith("es") && word.length() > 3) {
                out.add(word.substring(0, word.length() - 2));
            }
        }
        return out;
    }

    private static boolean onlySpacesOrHyphens(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2011' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }
}
