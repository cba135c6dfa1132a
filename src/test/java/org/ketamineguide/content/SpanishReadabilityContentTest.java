package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Plain Spanish, measured with {@link SpanishReadability} (Fernández-Huerta reading ease, higher is
 * easier) on the files under {@code content/es/}, read directly as JSON so the check does not depend
 * on how the app loads Spanish. The fields and limits mirror the English tests, with grade 6 read as
 * ease 80 and grade 8 as ease 70:
 * <ul>
 * <li>{@code ContentReadabilityTest}: topic summaries and each key point 80; each section's
 * paragraphs and bullets together 70; glossary definitions 70. Quotes, headings and clinician
 * questions are not measured there, so not here.</li>
 * <li>{@code ScreeningWordingTest}: 80 for section intros, each question that is not verbatim with
 * its help line and its answer labels (each label read as a short sentence), the explanation each
 * finding gives per treatment, each finding's question to ask, and the summary notes. The verbatim
 * PHQ-9 items, their stem, answers and credit line are exempt (they are the official Spanish text,
 * word for word), as are titles, short summaries, treatment names and the counselor-only rule text.</li>
 * <li>{@code DecisionWordingTest}: 70 for each option of the decision aid (summary, what it is like,
 * benefits, harms, unknowns, cost and factors together) and for each outcome's population, reason
 * for the evidence rating and caution together.</li>
 * <li>{@code PlannerWordingTest}: 80 for each planner default's basis of ten words or more.</li>
 * </ul>
 * The comparison table has no readability test in English, so it has none here. Prints the five
 * hardest texts of each kind.
 */
class SpanishReadabilityContentTest {

    static final Path ES = Path.of("src/main/resources/org/ketamineguide/content/es");
    /** Fernández-Huerta 80 is about grade 6 (the English core limit). */
    static final double CORE_LIMIT = 80;
    /** Fernández-Huerta 70 is about grade 8 (the English detail limit). */
    static final double DETAIL_LIMIT = 70;
    /** PlannerWordingTest skips shorter texts: the formula means little for a few words. */
    static final int PLANNER_MIN_WORDS = 10;

    /** One measured text. */
    record Measured(String kind, String where, String text, double ease) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%6.1f  %s  %s: \"%s\"", ease, kind, where, shorten(text));
        }
    }

    static JsonObject read(String relative) {
        try {
            return JsonParser.parseString(Files.readString(ES.resolve(relative), StandardCharsets.UTF_8))
                    .getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonObject> topics() {
        try (Stream<Path> files = Files.list(ES.resolve("topics"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> read("topics/" + p.getFileName())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Measured> summariesAndKeyPoints() {
        List<Measured> out = new ArrayList<>();
        for (JsonObject t : topics()) {
            String id = text(t, "id");
            out.add(measure("summary", id, text(t, "summary")));
            List<String> points = texts(t.getAsJsonArray("keyPoints"));
            for (int i = 0; i < points.size(); i++) {
                out.add(measure("key point", id + " #" + (i + 1), points.get(i)));
            }
        }
        return out;
    }

    static List<Measured> sections() {
        List<Measured> out = new ArrayList<>();
        for (JsonObject t : topics()) {
            for (JsonElement e : t.getAsJsonArray("sections")) {
                JsonObject s = e.getAsJsonObject();
                out.add(measure("section", text(t, "id") + " / " + text(s, "heading"), body(s)));
            }
        }
        return out;
    }

    /** A section's paragraphs, then its bullets, as the English check joins them. */
    static String body(JsonObject section) {
        List<String> parts = new ArrayList<>(texts(section.getAsJsonArray("paragraphs")));
        if (section.has("bullets")) {
            parts.addAll(texts(section.getAsJsonArray("bullets")));
        }
        return String.join(" ", parts);
    }

    static List<Measured> glossaryDefinitions() {
        List<Measured> out = new ArrayList<>();
        for (JsonElement e : read("glossary.json").getAsJsonArray("terms")) {
            JsonObject g = e.getAsJsonObject();
            out.add(measure("glossary", text(g, "id"), text(g, "definition")));
        }
        return out;
    }

    static List<Measured> screeningTexts() {
        JsonObject rules = read("screening-rules.json");
        List<Measured> out = new ArrayList<>();
        for (JsonElement e : rules.getAsJsonArray("sections")) {
            JsonObject s = e.getAsJsonObject();
            if (s.has("intro")) {
                out.add(measure("screening", "section " + text(s, "id"), text(s, "intro")));
            }
            for (JsonElement qe : s.getAsJsonArray("questions")) {
                JsonObject q = qe.getAsJsonObject();
                if (q.has("verbatim") && q.get("verbatim").getAsBoolean()) {
                    continue;
                }
                StringBuilder words = new StringBuilder(text(q, "text"));
                if (q.has("help")) {
                    words.append(' ').append(text(q, "help"));
                }
                for (JsonElement o : q.getAsJsonArray("options")) {
                    words.append(' ').append(text(o.getAsJsonObject(), "label")).append('.');
                }
                out.add(measure("screening", "question " + text(q, "id"), words.toString()));
            }
        }
        for (JsonElement e : rules.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            String id = text(f, "id");
            JsonObject effects = f.getAsJsonObject("effects");
            for (String treatment : effects.keySet()) {
                JsonObject effect = effects.getAsJsonObject(treatment);
                String explanation = effect.has("explanation") ? text(effect, "explanation") : text(f, "explanation");
                out.add(measure("screening", "finding " + id + " for " + treatment, explanation));
            }
            if (f.has("ask")) {
                out.add(measure("screening", "finding " + id + " ask", text(f, "ask")));
            }
        }
        for (JsonElement e : rules.getAsJsonArray("notes")) {
            JsonObject n = e.getAsJsonObject();
            out.add(measure("screening", "note for " + text(n, "question") + " " + n.get("options"), text(n, "text")));
        }
        return out;
    }

    static List<Measured> decisionTexts() {
        JsonObject outcomes = read("outcomes.json");
        List<Measured> out = new ArrayList<>();
        for (JsonElement e : outcomes.getAsJsonArray("options")) {
            JsonObject o = e.getAsJsonObject();
            List<String> parts = new ArrayList<>();
            parts.add(text(o, "summary"));
            parts.addAll(values(o.getAsJsonObject("whatItIsLike")));
            parts.addAll(texts(o.getAsJsonArray("benefits")));
            parts.addAll(texts(o.getAsJsonObject("harms").getAsJsonArray("common")));
            parts.addAll(texts(o.getAsJsonObject("harms").getAsJsonArray("serious")));
            parts.addAll(texts(o.getAsJsonArray("unknowns")));
            parts.add(text(o, "cost"));
            parts.addAll(values(o.getAsJsonObject("factors")));
            out.add(measure("decision option", text(o, "id"), String.join(" ", parts)));
        }
        for (JsonElement e : outcomes.getAsJsonArray("outcomes")) {
            JsonObject o = e.getAsJsonObject();
            String caution = o.has("caution") ? text(o, "caution") : "";
            out.add(measure("decision outcome", text(o, "id"),
                    text(o, "population") + " " + text(o, "evidenceWhy") + " " + caution));
        }
        return out;
    }

    static List<Measured> plannerBases() {
        List<Measured> out = new ArrayList<>();
        collectBases("", read("planner-defaults.json"), out);
        return out;
    }

    private static void collectBases(String path, JsonElement e, List<Measured> out) {
        if (e.isJsonObject()) {
            for (String key : e.getAsJsonObject().keySet()) {
                JsonElement v = e.getAsJsonObject().get(key);
                if (key.equals("basis")) {
                    String basis = v.getAsString();
                    if (SpanishReadability.score(basis).words() >= PLANNER_MIN_WORDS) {
                        out.add(measure("planner basis", path, basis));
                    }
                } else {
                    collectBases(path.isEmpty() ? key : path + "." + key, v, out);
                }
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                collectBases(path + "[" + i + "]", a.get(i), out);
            }
        }
    }

    @Test
    void summariesAndKeyPointsReachEighty() {
        check("summaries and key points", summariesAndKeyPoints(), CORE_LIMIT);
    }

    @Test
    void sectionsReachSeventy() {
        check("sections", sections(), DETAIL_LIMIT);
    }

    @Test
    void glossaryDefinitionsReachSeventy() {
        check("glossary definitions", glossaryDefinitions(), DETAIL_LIMIT);
    }

    @Test
    void screeningTextsReachEighty() {
        check("screening texts", screeningTexts(), CORE_LIMIT);
    }

    @Test
    void decisionAidTextsReachSeventy() {
        check("decision aid texts", decisionTexts(), DETAIL_LIMIT);
    }

    @Test
    void plannerBasesReachEighty() {
        check("planner bases", plannerBases(), CORE_LIMIT);
    }

    @Test
    void theWalkSeesEveryTopicSectionTermQuestionFindingAndOption() {
        List<JsonObject> topics = topics();
        assertEquals(read("manifest.json").getAsJsonArray("categories").asList().stream()
                .mapToInt(c -> c.getAsJsonObject().getAsJsonArray("topics").size()).sum(), topics.size(),
                "every topic the Spanish manifest lists is measured");
        assertEquals(topics.stream().mapToInt(t -> t.getAsJsonArray("sections").size()).sum(), sections().size());
        assertEquals(read("glossary.json").getAsJsonArray("terms").size(), glossaryDefinitions().size());
        JsonObject outcomes = read("outcomes.json");
        assertEquals(outcomes.getAsJsonArray("options").size() + outcomes.getAsJsonArray("outcomes").size(),
                decisionTexts().size());
        JsonObject rules = read("screening-rules.json");
        long findings = rules.getAsJsonArray("findings").asList().stream()
                .mapToLong(f -> f.getAsJsonObject().getAsJsonObject("effects").size()).sum();
        assertTrue(screeningTexts().size() > findings + rules.getAsJsonArray("notes").size(),
                "questions, findings and notes are all measured");
        assertFalse(plannerBases().isEmpty());
    }

    @Test
    void onlyThePhq9IsExemptAsVerbatim() {
        List<String> verbatim = new ArrayList<>();
        for (JsonElement s : read("screening-rules.json").getAsJsonArray("sections")) {
            for (JsonElement q : s.getAsJsonObject().getAsJsonArray("questions")) {
                JsonObject question = q.getAsJsonObject();
                if (question.has("verbatim") && question.get("verbatim").getAsBoolean()) {
                    verbatim.add(text(question, "id"));
                }
            }
        }
        assertEquals(List.of("phq9_1", "phq9_2", "phq9_3", "phq9_4", "phq9_5", "phq9_6", "phq9_7", "phq9_8",
                "phq9_9"), verbatim);
    }

    @Test
    void theCheckFlagsDenseSpanish() {
        List<Measured> dense = List.of(measure("section", "planted",
                "La administración intravenosa de esketamina requiere una monitorización hemodinámica "
                        + "posterior exhaustiva en establecimientos sanitarios certificados."));
        assertEquals(1, offenders(dense, DETAIL_LIMIT).size());
        List<Measured> plain = List.of(measure("section", "planted", "Usted se sienta. Le ponen una aguja en el brazo."));
        assertTrue(offenders(plain, CORE_LIMIT).isEmpty());
    }

    private static void check(String kind, List<Measured> measured, double limit) {
        assertFalse(measured.isEmpty(), "nothing measured for " + kind);
        String hardest = measured.stream().sorted(Comparator.comparingDouble(Measured::ease)).limit(5)
                .map(m -> "  " + m).collect(Collectors.joining("\n"));
        System.out.printf(Locale.ROOT, "Hardest Spanish %s (limit %.0f):%n%s%n", kind, limit, hardest);
        List<Measured> bad = offenders(measured, limit);
        assertTrue(bad.isEmpty(), () -> bad.size() + " Spanish " + kind + " below reading ease " + limit + ":\n"
                + bad.stream().map(m -> "  " + m).collect(Collectors.joining("\n")));
    }

    private static List<Measured> offenders(List<Measured> measured, double limit) {
        return measured.stream().filter(m -> m.ease() < limit).sorted(Comparator.comparingDouble(Measured::ease))
                .toList();
    }

    private static Measured measure(String kind, String where, String text) {
        return new Measured(kind, where, text, SpanishReadability.ease(text));
    }

    private static String text(JsonObject o, String key) {
        return o.get(key).getAsString();
    }

    private static List<String> texts(JsonArray a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            a.forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    private static List<String> values(JsonObject o) {
        return o.keySet().stream().map(k -> o.get(k).getAsString()).toList();
    }

    private static String shorten(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "...";
    }
}
