package org.ketamineguide.tools;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ketamineguide.content.SpanishReadability;

/**
 * Prints the Fernández-Huerta reading ease of the texts in Spanish content files, the way the
 * content tests measure them: summaries and key points must reach 80, a section's paragraphs and
 * bullets together 70, any other text of three or more words 70. Quotes, ids, headings, titles,
 * names and terms are skipped.
 * Usage: {@code java -cp <test classpath> org.ketamineguide.tools.SpanishReadabilityReport [--all] FILE...}
 */
public final class SpanishReadabilityReport {
    static final double CORE = 80;
    static final double DETAIL = 70;
    private static boolean all;
    private static int below;

    private SpanishReadabilityReport() {
    }

    public static void main(String[] args) throws IOException {
        for (String a : args) {
            if (a.equals("--all")) {
                all = true;
                continue;
            }
            JsonElement root = JsonParser.parseString(Files.readString(Path.of(a), StandardCharsets.UTF_8));
            walk(Path.of(a).getFileName().toString(), "", root, DETAIL);
        }
        System.out.println(below == 0 ? "all texts within the limits" : below + " texts below their limit");
    }

    private static void walk(String file, String path, JsonElement e, double limit) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("paragraphs")) {
                StringBuilder body = new StringBuilder();
                o.getAsJsonArray("paragraphs").forEach(p -> body.append(p.getAsString()).append(' '));
                if (o.has("bullets")) {
                    o.getAsJsonArray("bullets").forEach(b -> body.append(b.getAsString()).append(' '));
                }
                report(file, path + "/section " + (o.has("heading") ? o.get("heading").getAsString() : ""),
                        body.toString(), DETAIL);
            }
            for (String key : o.keySet()) {
                if (key.equals("paragraphs") || key.equals("bullets") || key.equals("quote") || key.equals("id")
                        || key.equals("url") || key.equals("heading") || key.equals("title") || key.equals("term")
                        || key.equals("forms") || key.equals("name") || key.equals("label") || key.equals("publisher") || key.endsWith("Id") || key.endsWith("Ids") || key.equals("sources")) {
                    continue;
                }
                double l = key.equals("summary") || key.equals("keyPoints") ? CORE : DETAIL;
                walk(file, path + "/" + key, o.get(key), l);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                JsonElement item = a.get(i);
                String id = item.isJsonObject() && item.getAsJsonObject().has("id")
                        ? item.getAsJsonObject().get("id").getAsString() : String.valueOf(i);
                walk(file, path + "[" + id + "]", item, limit);
            }
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            String text = e.getAsString();
            if (text.split("\\s+").length >= 3) {
                report(file, path, text, limit);
            }
        }
    }

    private static void report(String file, String where, String text, double limit) {
        double ease = SpanishReadability.ease(text);
        if (ease < limit) {
            below++;
        }
        if (all || ease < limit) {
            System.out.printf(Locale.ROOT, "%s %6.1f (limit %.0f)  %s%s: %s%n", ease < limit ? "LOW" : "ok ", ease,
                    limit, file, where, text.length() > 90 ? text.substring(0, 87) + "..." : text);
        }
    }
}
