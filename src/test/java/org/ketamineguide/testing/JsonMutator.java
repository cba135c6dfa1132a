package org.ketamineguide.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes damaged variants of a JSON document for fuzz tests: text-level damage (bytes dropped,
 * inserted, swapped; truncation) and structure-level damage (fields removed, values replaced by
 * other types, extremes, duplicates). Deterministic for a given {@link Random}.
 */
public final class JsonMutator {
    private static final JsonElement[] ODD_VALUES = {
            JsonNull.INSTANCE, new JsonPrimitive(""), new JsonPrimitive("   "), new JsonPrimitive(-1),
            new JsonPrimitive(0), new JsonPrimitive(1e308), new JsonPrimitive(-1e-9), new JsonPrimitive(2147483648L),
            new JsonPrimitive(true), new JsonPrimitive("x".repeat(5000)), new JsonPrimitive("\u0000\uD800"),
            new JsonPrimitive("1970-13-45"), new JsonPrimitive(12.345), new JsonArray(), new JsonObject(),
            new JsonPrimitive("<script>"), new JsonPrimitive("NaN")};

    private static final String INSERTS = "{}[],:\"\\0-e.tn";

    private final Random random;

    public JsonMutator(Random random) {
        this.random = random;
    }

    /** One damaged variant of the given JSON text. */
    public String mutate(String json) {
        return random.nextInt(3) == 0 ? mutateText(json) : mutateStructure(json);
    }

    private String mutateText(String s) {
        if (s.isEmpty()) {
            return "{";
        }
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(5)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
                case 2 -> sb.setCharAt(at, (char) (32 + random.nextInt(95)));
                case 3 -> sb.setLength(at);
                default -> {
                    int to = Math.min(sb.length(), at + 1 + random.nextInt(40));
                    sb.insert(to, sb.substring(at, to));
                }
            }
        }
        return sb.toString();
    }

    private String mutateStructure(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (RuntimeException e) {
            return mutateText(json);
        }
        List<JsonElement> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return mutateText(json);
        }
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            JsonElement target = containers.get(random.nextInt(containers.size()));
            if (target.isJsonObject()) {
                mutateObject(target.getAsJsonObject());
            } else {
                mutateArray(target.getAsJsonArray());
            }
        }
        return root.toString();
    }

    private void mutateObject(JsonObject o) {
        List<String> keys = new ArrayList<>(o.keySet());
        if (keys.isEmpty() || random.nextInt(10) == 0) {
            o.add("unexpected" + random.nextInt(3), odd());
            return;
        }
        String key = keys.get(random.nextInt(keys.size()));
        switch (random.nextInt(4)) {
            case 0 -> o.remove(key);
            case 1 -> o.add(key, odd());
            case 2 -> o.add(key, swapType(o.get(key)));
            default -> {
                String other = keys.get(random.nextInt(keys.size()));
                o.add(key, o.get(other).deepCopy());
            }
        }
    }

    private void mutateArray(JsonArray a) {
        if (a.isEmpty()) {
            a.add(odd());
            return;
        }
        int i = random.nextInt(a.size());
        switch (random.nextInt(4)) {
            case 0 -> a.remove(i);
            case 1 -> a.set(i, odd());
            case 2 -> a.add(a.get(i).deepCopy());
            default -> a.set(i, swapType(a.get(i)));
        }
    }

    private JsonElement swapType(JsonElement e) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            return random.nextBoolean() ? new JsonPrimitive(e.getAsString().length()) : wrap(e);
        }
        if (e.isJsonPrimitive()) {
            return new JsonPrimitive(e.getAsJsonPrimitive().getAsString());
        }
        if (e.isJsonArray()) {
            return e.getAsJsonArray().isEmpty() ? new JsonPrimitive("[]") : e.getAsJsonArray().get(0);
        }
        return wrap(e);
    }

    private static JsonElement wrap(JsonElement e) {
        JsonArray a = new JsonArray();
        a.add(e.deepCopy());
        return a;
    }

    private JsonElement odd() {
        return ODD_VALUES[random.nextInt(ODD_VALUES.length)].deepCopy();
    }

    private static void collect(JsonElement e, List<JsonElement> out) {
        if (e.isJsonObject()) {
            out.add(e);
            for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
                collect(entry.getValue(), out);
            }
        } else if (e.isJsonArray()) {
            out.add(e);
            for (JsonElement child : e.getAsJsonArray()) {
                collect(child, out);
            }
        }
    }
}
