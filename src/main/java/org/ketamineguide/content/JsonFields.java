package org.ketamineguide.content;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads typed fields from a JSON object and reports any problem as a {@link ContentException} that
 * names the file, the item and the field. Every bundled JSON file (content, screening rules) is
 * read through it. Plain Java; used while loading, on any thread.
 */
public final class JsonFields {
    private final String file;
    private final String itemId;
    private final JsonObject object;

    JsonFields(String file, String itemId, JsonObject object) {
        this.file = file;
        this.itemId = itemId;
        this.object = object;
    }

    /** Parses a whole file, which must hold one JSON object, for reading its fields. */
    public static JsonFields parse(String file, String text) {
        return new JsonFields(file, null, parseObject(file, text));
    }

    /** Parses a whole file, which must hold one JSON object. */
    static JsonObject parseObject(String file, String text) {
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new ContentException(file, null, null, "the file must hold one JSON object");
            }
            return root.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new ContentException(file, null, null, "not valid JSON (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        // keep Gson's "Unterminated string at line 3 column 5", drop its Java class names
        return line.replaceAll("(?:[a-z]+\\.)+[A-Za-z]*Exception: ", "");
    }

    public ContentException problem(String field, String problem) {
        return new ContentException(file, itemId, field, problem);
    }

    public JsonFields withId(String id) {
        return new JsonFields(file, id, object);
    }

    public String file() {
        return file;
    }

    public String itemId() {
        return itemId;
    }

    /** The names of this object's fields, in file order. */
    public java.util.Set<String> fieldNames() {
        return object.keySet();
    }

    public boolean has(String field) {
        return object.has(field) && !object.get(field).isJsonNull();
    }

    public String text(String field) {
        if (!has(field)) {
            throw problem(field, "is missing");
        }
        JsonElement e = object.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw problem(field, "must be text");
        }
        String s = e.getAsString().strip();
        if (s.isEmpty()) {
            throw problem(field, "is blank");
        }
        return s;
    }

    public Optional<String> optionalText(String field) {
        return has(field) ? Optional.of(text(field)) : Optional.empty();
    }

    /** An optional true/false field; false when it is absent. */
    public boolean flag(String field) {
        if (!has(field)) {
            return false;
        }
        JsonElement e = object.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw problem(field, "must be true or false");
        }
        return e.getAsBoolean();
    }

    public Optional<Integer> optionalInteger(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonElement e = object.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw problem(field, "must be a whole number");
        }
        double d = e.getAsDouble();
        if (d != Math.rint(d) || Math.abs(d) > 1_000_000_000) {
            throw problem(field, "must be a whole number");
        }
        return Optional.of((int) d);
    }

    public int integer(String field) {
        return optionalInteger(field).orElseThrow(() -> problem(field, "is missing"));
    }

    public LocalDate date(String field) {
        String s = text(field);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw problem(field, "must be a date like 2026-11-23, not '" + s + "'");
        }
    }

    public List<String> texts(String field, boolean required) {
        List<String> out = new ArrayList<>();
        if (!has(field)) {
            if (required) {
                throw problem(field, "is missing");
            }
            return out;
        }
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                throw problem(field + "[" + i + "]", "must be non-blank text");
            }
            out.add(e.getAsString().strip());
        }
        if (required && out.isEmpty()) {
            throw problem(field, "is empty");
        }
        return out;
    }

    public List<JsonFields> objects(String field, boolean required) {
        List<JsonFields> out = new ArrayList<>();
        if (!has(field)) {
            if (required) {
                throw problem(field, "is missing");
            }
            return out;
        }
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonObject()) {
                throw problem(field + "[" + i + "]", "must be an object");
            }
            out.add(new JsonFields(file, itemId, e.getAsJsonObject()));
        }
        if (required && out.isEmpty()) {
            throw problem(field, "is empty");
        }
        return out;
    }

    public JsonFields object(String field) {
        if (!has(field)) {
            throw problem(field, "is missing");
        }
        JsonElement e = object.get(field);
        if (!e.isJsonObject()) {
            throw problem(field, "must be an object");
        }
        return new JsonFields(file, itemId, e.getAsJsonObject());
    }

    private JsonArray array(String field) {
        JsonElement e = object.get(field);
        if (!e.isJsonArray()) {
            throw problem(field, "must be a list");
        }
        return e.getAsJsonArray();
    }
}
