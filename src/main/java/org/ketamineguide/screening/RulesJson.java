package org.ketamineguide.screening;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ketamineguide.content.ContentException;

/**
 * Typed reads from one object of the rules file. Every problem becomes a {@link ContentException}
 * that names the file, the item and the field. Plain Java; used while loading.
 */
final class RulesJson {
    private final String file;
    private final String item;
    private final JsonObject object;

    private RulesJson(String file, String item, JsonObject object) {
        this.file = file;
        this.item = item;
        this.object = object;
    }

    static RulesJson parse(String file, String text) {
        try {
            JsonElement root = JsonParser.parseString(text);
            if (!root.isJsonObject()) {
                throw new ContentException(file, null, null, "the file must hold one JSON object");
            }
            return new RulesJson(file, null, root.getAsJsonObject());
        } catch (JsonParseException e) {
            String why = e.getMessage() == null ? "unreadable" : e.getMessage().lines().findFirst().orElse("");
            throw new ContentException(file, null, null, "not valid JSON (" + why + ")", e);
        }
    }

    ContentException problem(String field, String problem) {
        return new ContentException(file, item, field, problem);
    }

    RulesJson item(String id) {
        return new RulesJson(file, id, object);
    }

    String itemId() {
        return item;
    }

    boolean has(String field) {
        return object.has(field) && !object.get(field).isJsonNull();
    }

    String text(String field) {
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

    Optional<String> optionalText(String field) {
        return has(field) ? Optional.of(text(field)) : Optional.empty();
    }

    boolean flag(String field) {
        if (!has(field)) {
            return false;
        }
        JsonElement e = object.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw problem(field, "must be true or false");
        }
        return e.getAsBoolean();
    }

    Optional<Integer> optionalInteger(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonElement e = object.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw problem(field, "must be a whole number");
        }
        double d = e.getAsDouble();
        if (d != Math.rint(d) || Math.abs(d) > 1_000_000) {
            throw problem(field, "must be a whole number");
        }
        return Optional.of((int) d);
    }

    int integer(String field) {
        return optionalInteger(field).orElseThrow(() -> problem(field, "is missing"));
    }

    List<String> texts(String field, boolean required) {
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

    List<RulesJson> objects(String field, boolean required) {
        List<RulesJson> out = new ArrayList<>();
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
            out.add(new RulesJson(file, item, e.getAsJsonObject()));
        }
        if (required && out.isEmpty()) {
            throw problem(field, "is empty");
        }
        return out;
    }

    RulesJson object(String field) {
        if (!has(field)) {
            throw problem(field, "is missing");
        }
        JsonElement e = object.get(field);
        if (!e.isJsonObject()) {
            throw problem(field, "must be an object");
        }
        return new RulesJson(file, item, e.getAsJsonObject());
    }

    /** The field names of this object, in file order. */
    List<String> fieldNames() {
        return List.copyOf(object.keySet());
    }

    private JsonArray array(String field) {
        JsonElement e = object.get(field);
        if (!e.isJsonArray()) {
            throw problem(field, "must be a list");
        }
        return e.getAsJsonArray();
    }
}
