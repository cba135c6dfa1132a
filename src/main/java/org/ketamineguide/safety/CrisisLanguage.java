package org.ketamineguide.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises words that say a person may be in danger ("I want to kill myself", "suicide", "no
 * reason to live", "quiero morirme") in anything typed into the app, so the screen can offer
 * crisis help at once. It errs on the side of showing help: a question that mentions suicide
 * counts too, because help shown by mistake costs little.
 *
 * <p>The text is folded first (case, accents, look-alike letters, digits used as letters, repeated
 * letters, punctuation), then cut into words and compared with a fixed list of words and phrases;
 * a word of five letters or more may have one typo (one letter added, dropped, changed, or two
 * letters swapped), a word of four letters may have two letters swapped. Every step is a single
 * pass or a hash look-up per word, so the time grows linearly with the text and no input can make
 * it slow. Plain Java, no state; safe on any thread.
 *
 * <p>English and Spanish are checked together, whatever language the screen shows, and the two lists
 * follow the same rules. A question that names suicide counts ("suicide risk", "riesgo de
 * suicidio", "pensamientos suicidas"). An overdose counts only with intent ("overdose on purpose",
 * "sobredosis a propósito", "quiero una sobredosis"); "overdose" and "sobredosis" alone are
 * questions about a side effect. Two guards keep Spanish everyday words from setting it off: a few
 * common words that are one typo from a listed word count only as themselves ("contarme" is not
 * "cortarme"), and a few everyday phrases cancel a danger phrase they start with ("cortarme el
 * pelo"). A few hurried spellings are read as the word meant ("kiero" as "quiero").
 */
public final class CrisisLanguage {

    /**
     * Danger phrases, written as a person might type them. Each is folded like the input, and a
     * phrase also matches when the person ran its words together ("killmyself", "selfharm").
     */
    private static final List<String> PHRASES = List.of(
            // suicide named outright
            "suicide", "suicidal", "suicidality", "suicides", "commit suicide", "unalive", "unalive myself",
            "kys", "kill yourself", "kill urself", "kill ur self", "sewer slide",
            // "kms" alone is also kilometres ("20 kms away"), so only with a word of intent
            "want to kms", "wanna kms", "gonna kms", "going to kms", "kms now", "just kms",
            // killing oneself
            "kill myself", "kill my self", "killing myself", "killing my self", "going to kill myself",
            "kill me", "kill me now", "hang myself", "hanging myself", "shoot myself", "shooting myself",
            "drown myself", "jump off a bridge", "jump off a building", "jump in front of a train",
            "slit my wrists", "slit my wrist", "cut my wrists",
            // ending one's life
            "end my life", "ending my life", "end my own life", "end it all", "ending it all", "end things",
            "take my life", "take my own life", "taking my life", "taking my own life", "end myself",
            "to end it", "end it tonight", "end it now", "end it today", "gonna end it", "stop living",
            // wanting to die
            "want to die", "want 2 die", "wanna die", "feel like dying", "wanna be dead", "want to be gone",
            "want to not exist", "want to not be alive", "plan to die", "planning to die", "thoughts of death", "thoughts of dying", "thoughts of killing myself", "wish i was dead", "wish i were dead", "want to be dead",
            "ready to die", "rather be dead", "better off dead", "better off without me",
            "everyone would be better off", "dont want to live", "do not want to live", "dont wanna live",
            "dont want to be alive", "do not want to be alive", "dont want to exist", "dont want to wake up",
            "do not want to wake up", "sleep and never wake up", "sleep and not wake up", "not wake up again",
            "wish i could disappear", "want to disappear", "dont want to be here anymore",
            "do not want to be here anymore",
            "wish i wasnt alive", "wish i was not alive", "wish i wasnt born", "never been born",
            "sleep forever", "nobody would miss me", "no one would miss me", "burden to everyone",
            "goodbye cruel world", "goodbye forever",
            // no way forward
            "no reason to live", "nothing to live for", "no point living", "no point in living",
            "not worth living", "isnt worth living", "life is not worth it", "hate my life", "done with life",
            "done with living", "tired of living", "tired of life", "sick of living", "cant go on", "can not go on", "cannot go on",
            "cant take it anymore", "cant do this anymore", "cant take this anymore", "give up on life",
            "no way out", "no hope left", "dont see a way out", "do not see a way out", "see no way out",
            "cant live like this", "cannot live like this", "can not live like this", "want it all to end",
            "want everything to end", "deserve to die", "should just die", "i should die", "rather die",
            "prefer to die", "rather be gone", "ending things", "nobody cares if i die", "no one cares if i die",
            // self-harm
            "hurt myself", "hurting myself", "harm myself", "harming myself", "cut myself", "cutting myself",
            "burn myself", "hurt my self", "harm my self", "cut my self", "burn my self", "been cutting", "started cutting", "cutting again", "self harm", "self harming", "self injury", "self injure",
            // a deliberate overdose
            "overdose on purpose", "od on purpose", "take all my pills", "take all the pills",
            "take all my meds", "swallow all my pills", "overdose and die", "want to overdose", "going to overdose",
            "gonna overdose",
            // asking for a way (a question about side effects names no death: "overdose" alone stays a question)
            "lethal dose", "deadly dose", "way to die", "ways to die", "how to die", "how to kill myself",
            "enough to die", "enough to kill me", "ketamine to die", "pills to die", "pills to overdose",
            "bought a rope",
            // Spanish: suicide named outright
            "suicidio", "suicida", "suicidarme", "suicidarse", "me quiero suicidar", "quiero suicidarme",
            "pensando en suicidarme", "me voy a suicidar",
            // Spanish: killing oneself, ending one's life
            "morirme", "matarme", "me voy a matar", "me quiero matar", "quitarme la vida", "me quiero quitar la vida",
            "me voy a quitar la vida", "acabar con mi vida", "terminar con mi vida", "poner fin a mi vida",
            "acabar con todo", "terminar con todo", "ahorcarme", "pegarme un tiro", "darme un tiro", "dispararme",
            "envenenarme", "tirarme de un puente", "tirarme del puente", "aventarme de un puente", "tirarme al tren",
            "tirarme a las vias", "cortarme las venas", "cortarme las munecas",
            // Spanish: wanting to die
            "quiero morir", "quiero morirme", "deseo morir", "deseo morirme", "quiero dejar de vivir", "me quiero morir", "quisiera morir", "ganas de morir",
            "quiero estar muerto", "quiero estar muerta", "quisiera estar muerto", "quisiera estar muerta",
            "ojala estuviera muerto", "ojala estuviera muerta",
            "desearia estar muerto", "desearia estar muerta", "mejor muerto", "mejor muerta", "no quiero vivir",
            "ya no quiero vivir", "no quiero seguir viviendo", "quiero desaparecer", "desaparecer para siempre",
            "no quiero despertar", "dormir para siempre", "no quiero existir", "dejar de existir",
            "ya no quiero estar aqui", "irme de este mundo", "ojala no hubiera nacido", "ojala nunca hubiera nacido",
            "desearia no haber nacido", "adios para siempre", "adios mundo cruel",
            // Spanish: no way forward
            "no vale la pena vivir", "la vida no vale la pena", "mi vida no vale nada", "no tengo razon para vivir",
            "no tengo razones para vivir", "no hay razon para vivir", "sin razon para vivir", "nada por que vivir",
            "nada porque vivir", "odio mi vida", "cansado de vivir", "cansada de vivir", "harto de vivir",
            "harta de vivir", "cansado de la vida", "cansada de la vida", "no aguanto mas", "ya no aguanto",
            "ya no puedo mas", "no puedo seguir asi", "no veo salida", "ya no tengo esperanza",
            "no me queda esperanza", "quiero que todo termine", "mejor me muero", "dormir y no despertar",
            "no puedo vivir asi", "no puedo vivir mas asi", "merezco morir", "merezco morirme", "deberia morirme",
            "prefiero morir", "prefiero morirme", "prefiero estar muerto", "prefiero estar muerta", "soy una carga para todos", "soy una carga para mi familia",
            "estarian mejor sin mi", "nadie me extranaria", "a nadie le importaria si muero",
            // Spanish: self-harm ("cortarme" alone, but not "cortarme el pelo": see BENIGN)
            "hacerme dano", "me hago dano", "me estoy haciendo dano", "lastimarme", "herirme",
            "autolesion", "autolesiones", "autolesionarme", "cortarme", "me estoy cortando", "he estado cortandome",
            "me corto los brazos", "me corto las munecas", "quemarme a proposito", "quiero danarme",
            "danarme a mi mismo", "danarme a mi misma",
            // Spanish: a deliberate overdose ("sobredosis" alone is a question, as "overdose" is in English)
            "sobredosis a proposito", "sobredosis adrede", "sobredosis intencional",
            "sobredosis para morir", "sobredosis y morir", "tomarme una sobredosis", "darme una sobredosis",
            "hacerme una sobredosis", "quiero una sobredosis", "quiero tomar una sobredosis",
            "voy a tomar una sobredosis", "tomarme todas las pastillas", "tomarme todas mis pastillas",
            "tomar todas mis pastillas", "tomar todas las pastillas", "tragarme todas las pastillas",
            "tomarme todo el frasco",
            // Spanish: asking for a way
            "dosis letal", "dosis mortal", "para morir", "forma de morir", "manera de morir", "como morir",
            "como matarme", "me corto");

    /**
     * Everyday phrases that begin with a danger phrase and are not danger: a danger phrase found at
     * the start of one of these (and not longer than it) does not count. "Cortarme el pelo" is a
     * haircut; "cortarme las venas" still counts, and so does "cortarme" followed by anything else.
     */
    private static final List<String> BENIGN = List.of(
            "cortarme el pelo", "cortarme el cabello", "cortarme las unas", "cortarme la barba", "cortarme el fleco",
            "cortarme el flequillo", "cortarme las puntas", "morirme de risa", "morirme de la risa",
            "morirme de hambre", "morirme de verguenza", "me corto el pelo", "me corto el cabello", "me corto las unas",
            "me corto la barba", "para morir de risa");

    /**
     * Common words that are one typo away from a listed word but mean something else: they count only
     * as themselves ("contarme" is "tell me", not "cortarme"; "ahorrarme" is "save myself", not
     * "ahorcarme"; "sanarme" is "heal", not "dañarme").
     */
    private static final List<String> ORDINARY = List.of("contarme", "contarte", "contarle", "portarme", "cortarle",
            "cortarles", "cortarlo", "cortarla", "cortarlos", "cortarlas", "ahorrarme", "ahorrarte", "sanarme",
            "ganarme", "morirse", "morirte");

    /** Ways people write a word in a hurry that are more than one typo from it ("kiero" for "quiero"). */
    private static final Map<String, String> SPELLINGS = Map.of("kiero", "quiero", "kero", "quiero", "bida", "vida",
            "aserme", "hacerme", "vivr", "vivir", "qiero", "quiero");

    /** Words longer than this (after folding) cannot be any listed word with one typo. */
    private static final int MAX_WORD;
    /** Every distinct folded word used by a phrase, by number. */
    private static final List<String> VOCABULARY;
    /** A folded word, or a word with one letter left out, to the words it may stand for. */
    private static final Map<String, int[]> NEAR;
    /** For each word number, the phrases (as word numbers) that start with it. */
    private static final Map<Integer, List<int[]>> STARTING_WITH;
    /** For each word number, the everyday phrases (as word numbers) that start with it. */
    private static final Map<Integer, List<int[]>> BENIGN_STARTING_WITH;
    private static final java.util.Set<String> ORDINARY_WORDS;
    private static final Map<String, String> FOLDED_SPELLINGS;

    static {
        Map<String, Integer> words = new LinkedHashMap<>();
        Map<Integer, List<int[]>> starting = new HashMap<>();
        for (String phrase : PHRASES) {
            List<String> parts = tokens(fold(phrase));
            for (List<String> variant : joinings(parts)) {
                int[] ids = new int[variant.size()];
                for (int i = 0; i < ids.length; i++) {
                    ids[i] = words.computeIfAbsent(variant.get(i), w -> words.size());
                }
                starting.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(ids);
            }
        }
        Map<Integer, List<int[]>> benign = new HashMap<>();
        for (String phrase : BENIGN) {
            List<String> parts = tokens(fold(phrase));
            int[] ids = new int[parts.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = words.computeIfAbsent(parts.get(i), w -> words.size());
            }
            benign.computeIfAbsent(ids[0], k -> new ArrayList<>()).add(ids);
        }
        Map<Integer, List<int[]>> frozenBenign = new HashMap<>();
        benign.forEach((k, v) -> frozenBenign.put(k, List.copyOf(v)));
        BENIGN_STARTING_WITH = Map.copyOf(frozenBenign);
        ORDINARY_WORDS = ORDINARY.stream().map(CrisisLanguage::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Map<String, String> spellings = new HashMap<>();
        SPELLINGS.forEach((k, v) -> spellings.put(fold(k), fold(v)));
        FOLDED_SPELLINGS = Map.copyOf(spellings);
        VOCABULARY = List.copyOf(words.keySet());
        Map<String, List<Integer>> near = new HashMap<>();
        int longest = 0;
        for (int id = 0; id < VOCABULARY.size(); id++) {
            String w = VOCABULARY.get(id);
            longest = Math.max(longest, w.length());
            for (String key : keys(w)) {
                near.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            }
        }
        MAX_WORD = longest + 1;
        Map<String, int[]> compact = new HashMap<>();
        near.forEach((k, v) -> compact.put(k, v.stream().mapToInt(Integer::intValue).distinct().toArray()));
        NEAR = Map.copyOf(compact);
        Map<Integer, List<int[]>> frozen = new HashMap<>();
        starting.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        STARTING_WITH = Map.copyOf(frozen);
    }

    private CrisisLanguage() {
    }

    /**
     * True when the text holds words that say someone may be in danger; false for ordinary
     * questions, for empty text and for {@code null}. Never throws.
     */
    public static boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            // a "1" inside a word may stand for an i ("su1cide") or an l ("ki11 myself"): read it both ways
            return matchesTokens(tokens(fold(text, 'i'))) || text.indexOf('1') >= 0 && matchesTokens(tokens(fold(text, 'l')));
        } catch (RuntimeException | StackOverflowError e) {
            // a check that fails must not take the screen down with it; show no card rather than crash
            return false;
        }
    }

    private static boolean matchesTokens(List<String> tokens) {
        int[][] candidates = new int[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            candidates[i] = candidates(tokens.get(i));
        }
        for (int i = 0; i < candidates.length; i++) {
            for (int first : candidates[i]) {
                for (int[] phrase : STARTING_WITH.getOrDefault(first, List.of())) {
                    if (matchesAt(candidates, i, phrase) && !benignAt(candidates, i, phrase.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matchesAt(int[][] candidates, int start, int[] phrase) {
        if (start + phrase.length > candidates.length) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!contains(candidates[start + k], phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when an everyday phrase at least {@code length} words long starts at {@code start}. */
    private static boolean benignAt(int[][] candidates, int start, int length) {
        for (int first : candidates[start]) {
            for (int[] phrase : BENIGN_STARTING_WITH.getOrDefault(first, List.of())) {
                if (phrase.length >= length && matchesAt(candidates, start, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(int[] ids, int id) {
        for (int x : ids) {
            if (x == id) {
                return true;
            }
        }
        return false;
    }

    /** The listed words a typed word may stand for: itself, or with one typo when the word is long enough. */
    private static int[] candidates(String typed) {
        if (typed.length() > MAX_WORD) {
            return new int[0];
        }
        String token = FOLDED_SPELLINGS.getOrDefault(typed, typed);
        boolean ordinary = ORDINARY_WORDS.contains(token);
        List<Integer> found = new ArrayList<>(2);
        for (String key : ordinary ? List.of(token) : keys(token)) {
            for (int id : NEAR.getOrDefault(key, new int[0])) {
                if (!found.contains(id) && (ordinary ? token.equals(VOCABULARY.get(id)) : close(token, VOCABULARY.get(id)))) {
                    found.add(id);
                }
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The word itself and, for words of four letters or more, the word with each letter left out. */
    private static List<String> keys(String word) {
        List<String> keys = new ArrayList<>(word.length() + 1);
        keys.add(word);
        if (word.length() >= 4) {
            for (int i = 0; i < word.length(); i++) {
                keys.add(word.substring(0, i) + word.substring(i + 1));
            }
        }
        return keys;
    }

    /**
     * Whether a typed word is close enough to a listed word: the same; or, for a listed word of five
     * letters or more, one edit away (insert, delete, change, swap two neighbours); or, for four
     * letters, two neighbours swapped.
     */
    static boolean close(String typed, String listed) {
        if (typed.equals(listed)) {
            return true;
        }
        int n = listed.length();
        if (n < 4) {
            return false;
        }
        if (typed.length() == n) {
            int first = -1;
            int differences = 0;
            for (int i = 0; i < n; i++) {
                if (typed.charAt(i) != listed.charAt(i)) {
                    if (differences++ == 0) {
                        first = i;
                    } else if (differences > 2) {
                        return false;
                    }
                }
            }
            boolean swapped = differences == 2 && first + 1 < n && typed.charAt(first) == listed.charAt(first + 1)
                    && typed.charAt(first + 1) == listed.charAt(first);
            return swapped || (differences == 1 && n >= 5);
        }
        if (n < 5 || Math.abs(typed.length() - n) != 1) {
            return false;
        }
        String longer = typed.length() > n ? typed : listed;
        String shorter = typed.length() > n ? listed : typed;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /**
     * Folds text to plain lower-case letters, digits and single spaces: compatibility forms and
     * accents removed, a few look-alike letters from other alphabets mapped to Latin ones, digits
     * and symbols used as letters inside words read as those letters, apostrophes dropped ("can't"
     * becomes "cant"), every other mark a space, and each run of one repeated letter cut to one.
     */
    static String fold(String text) {
        return fold(text, 'i');
    }

    /** {@link #fold(String)}, reading a "1" inside a word as {@code one}. */
    private static String fold(String text, char one) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int length = decomposed.length();
        for (int i = 0; i < length; i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                    || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc') {
                continue;
            }
            char mapped = letter(c);
            if (mapped == 0) {
                // after a digit already read as a letter too ("ki11": the second 1 follows the first)
                boolean letterBefore = out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1))
                        && i > 0 && !Character.isWhitespace(decomposed.charAt(i - 1));
                boolean letterAfter = i + 1 < length && letter(decomposed.charAt(i + 1)) != 0;
                mapped = letterInWord(c, letterBefore, letterAfter);
                if (mapped == 'i' && c == '1') {
                    mapped = one;
                }
            }
            if (mapped == 0) {
                mapped = Character.isDigit(c) ? c : ' ';
            }
            int last = out.length() - 1;
            if (mapped == ' ' ? last >= 0 && out.charAt(last) == ' ' : last >= 0 && out.charAt(last) == mapped
                    && Character.isLetter(mapped)) {
                continue;
            }
            out.append(mapped);
        }
        return out.toString().strip();
    }

    /** A lower-case Latin letter for a letter (including common look-alikes), else 0. */
    private static char letter(char c) {
        char lower = Character.toLowerCase(c);
        if (lower >= 'a' && lower <= 'z') {
            return lower;
        }
        return switch (lower) {
            case '\u0430' -> 'a'; // Cyrillic а
            case '\u0435', '\u0451' -> 'e'; // е ё
            case '\u043e', '\u03bf' -> 'o'; // Cyrillic о, Greek ο
            case '\u0440', '\u03c1' -> 'p'; // р ρ
            case '\u0441' -> 'c'; // с
            case '\u0443' -> 'y'; // у
            case '\u0445', '\u03c7' -> 'x'; // х χ
            case '\u0456', '\u03b9' -> 'i'; // і ι
            case '\u0455' -> 's'; // ѕ
            case '\u043a', '\u03ba' -> 'k'; // к κ
            case '\u043c' -> 'm'; // м
            case '\u0442', '\u03c4' -> 't'; // т τ
            case '\u0432' -> 'b'; // в
            case '\u043d' -> 'h'; // н
            case '\u03b1' -> 'a'; // α
            case '\u03b5' -> 'e'; // ε
            case '\u03bd' -> 'v'; // ν
            case '\u0131' -> 'i'; // dotless ı
            case '\u00df' -> 's'; // ß
            case '\u00f8' -> 'o'; // ø
            case '\u0142' -> 'l'; // ł
            case '\u0111' -> 'd'; // đ
            default -> 0;
        };
    }

    /**
     * The letter a digit or symbol stands for inside a word ("su1c1de", "$uicide", "k!ll"), else 0.
     * Digits, '$' and '@' need a letter on one side; '!', '|' and '+' on both, so that "on!!!"
     * stays "on".
     */
    private static char letterInWord(char c, boolean letterBefore, boolean letterAfter) {
        boolean oneSide = letterBefore || letterAfter;
        boolean bothSides = letterBefore && letterAfter;
        return switch (c) {
            case '0' -> oneSide ? 'o' : 0;
            case '1' -> oneSide ? 'i' : 0;
            case '3' -> oneSide ? 'e' : 0;
            case '4', '@' -> oneSide ? 'a' : 0;
            case '5', '$' -> oneSide ? 's' : 0;
            case '7' -> oneSide ? 't' : 0;
            case '8' -> oneSide ? 'b' : 0;
            case '!', '|' -> bothSides ? 'i' : 0;
            case '+' -> bothSides ? 't' : 0;
            default -> 0;
        };
    }

    /**
     * The words of folded text. A run of three or more single letters is read as one word, because
     * people space letters out ("s u i c i d e").
     */
    static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        StringBuilder spelled = new StringBuilder();
        int start = 0;
        int length = folded.length();
        for (int i = 0; i <= length; i++) {
            if (i == length || folded.charAt(i) == ' ') {
                if (i > start) {
                    String word = folded.substring(start, i);
                    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                        spelled.append(word);
                    } else {
                        flushSpelled(spelled, out);
                        out.add(word);
                    }
                }
                start = i + 1;
            }
        }
        flushSpelled(spelled, out);
        return out;
    }

    private static void flushSpelled(StringBuilder spelled, List<String> out) {
        if (spelled.length() >= 3) {
            out.add(collapse(spelled.toString()));
        } else {
            for (int i = 0; i < spelled.length(); i++) {
                out.add(String.valueOf(spelled.charAt(i)));
            }
        }
        spelled.setLength(0);
    }

    private static String collapse(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (out.length() == 0 || out.charAt(out.length() - 1) != word.charAt(i)) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    /** Every way to run neighbouring words of a phrase together: "self harm" and "selfharm". */
    private static List<List<String>> joinings(List<String> words) {
        List<List<String>> out = new ArrayList<>();
        int gaps = words.size() - 1;
        for (int mask = 0; mask < (1 << gaps); mask++) {
            List<String> variant = new ArrayList<>();
            StringBuilder current = new StringBuilder(words.get(0));
            for (int g = 0; g < gaps; g++) {
                if ((mask & (1 << g)) != 0) {
                    current.append(words.get(g + 1));
                } else {
                    variant.add(collapse(current.toString()));
                    current = new StringBuilder(words.get(g + 1));
                }
            }
            variant.add(collapse(current.toString()));
            out.add(variant);
        }
        return out;
    }

    /** For tests and tools: the folded words of a text, as the check sees them. */
    static String foldedWords(String text) {
        return String.join(" ", tokens(fold(text)));
    }
}
