package org.ketamineguide.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.ketamineguide.json.JsonProblem.Kind;

/**
 * Reads typed fields of one JSON object that {@link StrictJson} has checked, and reports any
 * problem as a {@link JsonProblem} (or the reader's own subclass) naming the file, the item and the
 * field. These are the app's only field checks: content, screening rules, planner defaults, plan
 * files, saved screenings and the clinic configuration all read through them.
 *
 * <p>Numbers are exact {@link BigDecimal}s with at most {@value #MAX_DIGITS} digits before and
 * after the point; anything beyond (a huge exponent, hundreds of digits) is refused by the field's
 * name without ever being expanded. Text is never null; "blank" means only spaces. Immutable;
 * any thread.
 */
public final class JsonFields {
    /** Digits allowed before the point, and after it, in any number the app reads. */
    public static final int MAX_DIGITS = 15;
    private static final int MAX_NUMBER_CHARS = 40;
    private static final int MAX_VALUE_IN_MESSAGE = 40;
    private static final int MAX_FIELD_IN_MESSAGE = 80;
    private static final BigDecimal MAX_INTEGER = BigDecimal.valueOf(1_000_000_000);

    private final StrictJson source;
    private final String itemId;
    private final String prefix;
    private final JsonObject object;

    JsonFields(StrictJson source, String itemId, String prefix, JsonObject object) {
        this.source = source;
        this.itemId = itemId;
        this.prefix = prefix;
        this.object = object;
    }

    /** Checks a whole file's text, which must hold one JSON object, for reading its fields. */
    public static JsonFields parse(String file, String text) {
        return StrictJson.named(file).parse(text);
    }

    /** Like {@link #parse(String, String)}, making problems of a reader's own type. */
    public static JsonFields parse(String file, String text, JsonProblem.Maker problems) {
        return StrictJson.named(file).problems(problems).parse(text);
    }

    /** A problem with a field of this object; the reader says what is wrong. */
    public JsonProblem problem(String field, String problem) {
        return problem(field, Kind.INVALID, problem);
    }

    public JsonProblem problem(String field, Kind kind, String problem) {
        return source.make(itemId, field == null ? null : clip(prefix + field, MAX_FIELD_IN_MESSAGE), kind, problem);
    }

    /** The same fields, with problems naming the given item. */
    public JsonFields withId(String id) {
        return new JsonFields(source, id, prefix, object);
    }

    public String file() {
        return source.file();
    }

    public String itemId() {
        return itemId;
    }

    /** The names of this object's fields, in file order. */
    public Set<String> fieldNames() {
        return object.keySet();
    }

    /** Whether the field is present with a value other than null. */
    public boolean has(String field) {
        return object.has(field) && !object.get(field).isJsonNull();
    }

    /** Whether the field is present at all, null or not. */
    public boolean contains(String field) {
        return object.has(field);
    }

    /** Text as the file has it (possibly blank). */
    public String string(String field) {
        return primitive(field, JsonPrimitive::isString, Kind.NOT_TEXT, "must be text").getAsString();
    }

    /** Non-blank text, without surrounding spaces. */
    public String text(String field) {
        String s = string(field).strip();
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
        return has(field) && bool(field);
    }

    /** A required true/false field. */
    public boolean bool(String field) {
        return primitive(field, JsonPrimitive::isBoolean, Kind.NOT_TRUE_FALSE, "must be true or false").getAsBoolean();
    }

    /** An exact number; see the class comment for its bounds. */
    public BigDecimal number(String field) {
        return bounded(field, primitive(field, JsonPrimitive::isNumber, Kind.NOT_NUMBER, "must be a number"));
    }

    public Optional<BigDecimal> optionalNumber(String field) {
        return has(field) ? Optional.of(number(field)) : Optional.empty();
    }

    /** An optional whole number between minus and plus one billion. */
    public Optional<Integer> optionalInteger(String field) {
        if (!has(field)) {
            return Optional.empty();
        }
        BigDecimal v = number(field);
        if (v.stripTrailingZeros().scale() > 0 || v.abs().compareTo(MAX_INTEGER) > 0) {
            throw problem(field, "must be a whole number");
        }
        return Optional.of(v.intValueExact());
    }

    public int integer(String field) {
        return optionalInteger(field).orElseThrow(() -> missing(field));
    }

    public LocalDate date(String field) {
        String s = text(field);
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw problem(field, "must be a date like 2026-11-23, not '" + clip(s, MAX_VALUE_IN_MESSAGE) + "'");
        }
    }

    public Optional<LocalDate> optionalDate(String field) {
        return has(field) ? Optional.of(date(field)) : Optional.empty();
    }

    /** A list of non-blank texts; an absent optional list is empty, a required one may not be. */
    public List<String> texts(String field, boolean required) {
        return list(field, required, (i, e) -> {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                throw problem(field + "[" + i + "]", Kind.NOT_TEXT, "must be non-blank text");
            }
            return e.getAsString().strip();
        });
    }

    /** A list of objects; they name problems with this object's item and field names. */
    public List<JsonFields> objects(String field, boolean required) {
        return objects(field, required, false);
    }

    /**
     * A list of objects whose problems name their fields by path, such as {@code priceRanges[0].low}.
     */
    public List<JsonFields> objectsAt(String field, boolean required) {
        return objects(field, required, true);
    }

    private List<JsonFields> objects(String field, boolean required, boolean byPath) {
        return list(field, required, (i, e) -> {
            if (!e.isJsonObject()) {
                throw problem(field + "[" + i + "]", Kind.NOT_OBJECT, "must be an object");
            }
            String at = byPath ? prefix + field + "[" + i + "]." : prefix;
            return new JsonFields(source, itemId, at, e.getAsJsonObject());
        });
    }

    /** A list's items, each read by {@code read}; an absent optional list is empty, a required one may not be. */
    private <T> List<T> list(String field, boolean required, BiFunction<Integer, JsonElement, T> read) {
        List<T> out = new ArrayList<>();
        if (!has(field)) {
            if (required) {
                throw missing(field);
            }
            return out;
        }
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            out.add(read.apply(i, array.get(i)));
        }
        if (required && out.isEmpty()) {
            throw problem(field, "is empty");
        }
        return out;
    }

    /** A nested object whose problems name its fields as the content files always have: by their own names. */
    public JsonFields object(String field) {
        return new JsonFields(source, itemId, prefix, nested(field));
    }

    /**
     * A nested object whose problems name its fields by their path, such as
     * {@code insurance.covered}.
     */
    public JsonFields objectAt(String field) {
        return new JsonFields(source, itemId, prefix + field + ".", nested(field));
    }

    private JsonObject nested(String field) {
        JsonElement e = required(field);
        if (!e.isJsonObject()) {
            throw problem(field, Kind.NOT_OBJECT, "must be an object");
        }
        return e.getAsJsonObject();
    }

    private JsonArray array(String field) {
        JsonElement e = required(field);
        if (!e.isJsonArray()) {
            throw problem(field, Kind.NOT_LIST, "must be a list");
        }
        return e.getAsJsonArray();
    }

    private JsonPrimitive primitive(String field, Predicate<JsonPrimitive> isRightType, Kind kind, String expected) {
        JsonElement e = required(field);
        if (!e.isJsonPrimitive() || !isRightType.test(e.getAsJsonPrimitive())) {
            throw problem(field, kind, expected);
        }
        return e.getAsJsonPrimitive();
    }

    private JsonElement required(String field) {
        if (!has(field)) {
            throw missing(field);
        }
        return object.get(field);
    }

    private JsonProblem missing(String field) {
        return problem(field, Kind.MISSING, "is missing");
    }

    /** The exact value, refusing huge exponents and long digit strings before expanding anything. */
    private BigDecimal bounded(String field, JsonPrimitive p) {
        String literal = p.getAsNumber() instanceof JsonNumber n ? n.literal() : p.getAsString();
        BigDecimal v = literal.length() > MAX_NUMBER_CHARS ? null : new JsonNumber(literal).exact();
        if (v != null) {
            BigDecimal s = v.stripTrailingZeros();
            if (s.scale() <= MAX_DIGITS && s.precision() - s.scale() <= MAX_DIGITS) {
                return v;
            }
        }
        throw problem(field, Kind.OUT_OF_RANGE, "is a number far outside what this field allows");
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max - 3) + "..." : s;
    }
}
