package org.ketamineguide.planner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.Source;

/**
 * The planner's starting values, each with its source and an "as of" date, the published price
 * ranges shown beside the price, and the sources of the notes. Loaded once from
 * {@code content/en/planner-defaults.json} and validated: a missing field, a value outside the
 * plan file's range or an unknown source id fails with a {@link ContentException} naming the
 * file, the item and the field. Plain Java. Immutable and thread-safe once loaded.
 */
public final class PlannerDefaults {
    public static final String FILE = "planner-defaults.json";
    private static final Pattern AS_OF = Pattern.compile("\\d{4}(-\\d{2})?");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US);

    /** Fields every treatment must give a default for. */
    static final List<PlanField> TREATMENT_FIELDS = List.of(PlanField.HORIZON_WEEKS, PlanField.PRICE_PER_SESSION,
            PlanField.MAINTENANCE_INTERVAL_WEEKS, PlanField.ONE_TIME_FEES, PlanField.EXTRA_PER_SESSION);
    /** Fields only the IV treatment gives a default for. */
    static final List<PlanField> IV_FIELDS = List.of(PlanField.INDUCTION_SESSIONS, PlanField.INDUCTION_WEEKS);
    /** Insurance fields, shared by both treatments. */
    static final List<PlanField> INSURANCE_FIELDS = List.of(PlanField.DEDUCTIBLE_REMAINING,
            PlanField.COINSURANCE_PERCENT, PlanField.COPAY_PER_SESSION, PlanField.OUT_OF_POCKET_REMAINING);

    /**
     * One starting value. {@code source} is null only for a value of 0 that assumes nothing (the
     * person adds their own); {@code basis} says in plain words what the value rests on.
     */
    public record SourcedValue(BigDecimal value, Source source, String asOf, String basis) {
    }

    /** Whether a plan starts as insured when the screening gave no answer, and why. */
    public record SourcedChoice(boolean value, Source source, String asOf, String basis) {
    }

    /** A published price range shown beside the price field. */
    public record PriceRange(String id, BigDecimal low, BigDecimal high, Source source, String asOf) {
    }

    /** The source of one of the planner's notes (the words are in the message bundle). */
    public record SourcedNote(String id, Source source, String asOf) {
    }

    private final Map<Treatment, Map<PlanField, SourcedValue>> values;
    private final Map<Treatment, SourcedChoice> covered;
    private final Map<Treatment, List<PriceRange>> ranges;
    private final Map<PlanField, SourcedValue> insurance;
    private final Map<String, SourcedNote> notes;

    private PlannerDefaults(Map<Treatment, Map<PlanField, SourcedValue>> values, Map<Treatment, SourcedChoice> covered,
                            Map<Treatment, List<PriceRange>> ranges, Map<PlanField, SourcedValue> insurance,
                            Map<String, SourcedNote> notes) {
        this.values = values;
        this.covered = covered;
        this.ranges = ranges;
        this.insurance = insurance;
        this.notes = notes;
    }

    /** Loads the bundled defaults, checking source ids against the given look-up. */
    public static PlannerDefaults bundled(Function<String, Optional<Source>> sources) {
        String resource = ContentFiles.BUNDLED_ROOT + FILE;
        try (InputStream in = PlannerDefaults.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ContentException(FILE, null, null, "file not found");
            }
            return load(new String(in.readAllBytes(), StandardCharsets.UTF_8), sources);
        } catch (IOException e) {
            throw new ContentException(FILE, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates a defaults file.
     *
     * @throws ContentException naming the item and field of the first problem
     */
    public static PlannerDefaults load(String json, Function<String, Optional<Source>> sources) {
        return new Reader(sources).read(json);
    }

    /**
     * The starting value of a field for a treatment. Insurance fields are the same for both
     * treatments; the IV series fields always come from the IV defaults.
     */
    public SourcedValue value(Treatment treatment, PlanField field) {
        Treatment from = IV_FIELDS.contains(field) ? Treatment.IV_KETAMINE : treatment;
        SourcedValue v = INSURANCE_FIELDS.contains(field) ? insurance.get(field) : values.get(from).get(field);
        if (v == null) {
            throw new IllegalArgumentException(treatment.id() + " has no default for " + field.path());
        }
        return v;
    }

    /** Whether a plan for this treatment starts as insured when the screening gave no answer. */
    public SourcedChoice covered(Treatment treatment) {
        return covered.get(treatment);
    }

    public List<PriceRange> priceRanges(Treatment treatment) {
        return ranges.get(treatment);
    }

    /** The source of a note, by the ids {@link PlanNotes} uses. */
    public SourcedNote note(String id) {
        SourcedNote n = notes.get(id);
        if (n == null) {
            throw new IllegalArgumentException("no note " + id);
        }
        return n;
    }

    /**
     * The form of a new plan. The screening's insurance answer decides whether it starts insured
     * ({@code commercial}, {@code medicare}, {@code medicaid}) or self-pay ({@code none}); with no
     * answer or {@code unsure}, the treatment's default decides.
     */
    public PlanInputs initialInputs(Treatment treatment, String insuranceAnswer) {
        EnumMap<PlanField, String> texts = new EnumMap<>(PlanField.class);
        for (PlanField f : IV_FIELDS) {
            texts.put(f, FieldInput.format(f, values.get(Treatment.IV_KETAMINE).get(f).value()));
        }
        texts.put(PlanField.MAINTENANCE_INTERVAL_WEEKS, FieldInput.format(PlanField.MAINTENANCE_INTERVAL_WEEKS,
                values.get(Treatment.IV_KETAMINE).get(PlanField.MAINTENANCE_INTERVAL_WEEKS).value()));
        texts.putAll(treatmentTexts(treatment));
        for (PlanField f : INSURANCE_FIELDS) {
            texts.put(f, FieldInput.format(f, insurance.get(f).value()));
        }
        int spravatoInterval = values.get(Treatment.SPRAVATO).get(PlanField.MAINTENANCE_INTERVAL_WEEKS).value()
                .intValueExact();
        return new PlanInputs(treatment, texts, spravatoInterval, startsCovered(treatment, insuranceAnswer), false, true);
    }

    /** Whether a plan starts insured, given the screening's answer (see {@link #initialInputs}). */
    public boolean startsCovered(Treatment treatment, String insuranceAnswer) {
        if (insuranceAnswer == null) {
            return covered.get(treatment).value();
        }
        return switch (insuranceAnswer) {
            case "commercial", "medicare", "medicaid" -> true;
            case "none" -> false;
            default -> covered.get(treatment).value();
        };
    }

    /** The texts of the fields whose defaults differ by treatment: price, one-time fees, extra costs, weeks. */
    public Map<PlanField, String> treatmentTexts(Treatment treatment) {
        EnumMap<PlanField, String> texts = new EnumMap<>(PlanField.class);
        for (PlanField f : List.of(PlanField.PRICE_PER_SESSION, PlanField.ONE_TIME_FEES, PlanField.EXTRA_PER_SESSION,
                PlanField.HORIZON_WEEKS)) {
            texts.put(f, FieldInput.format(f, values.get(treatment).get(f).value()));
        }
        return texts;
    }

    /**
     * These defaults with a clinic's own price per session in place of the published one, for the
     * treatments it lists. The clinic's price has no published source; {@code basis} says whose
     * price it is.
     *
     * @param prices price per session by treatment id ({@code spravato}, {@code iv_ketamine})
     */
    public PlannerDefaults withClinicPrices(Map<String, BigDecimal> prices, String basis) {
        if (prices.isEmpty()) {
            return this;
        }
        Map<Treatment, Map<PlanField, SourcedValue>> changed = new EnumMap<>(Treatment.class);
        values.forEach((treatment, fields) -> {
            Map<PlanField, SourcedValue> copy = new EnumMap<>(fields);
            BigDecimal price = prices.get(treatment.id());
            if (price != null) {
                copy.put(PlanField.PRICE_PER_SESSION, new SourcedValue(price, null, null, basis));
            }
            changed.put(treatment, copy);
        });
        return new PlannerDefaults(changed, covered, ranges, insurance, notes);
    }

    /** An "as of" date as people read it: "2024" or "March 2019". */
    public static String describeAsOf(String asOf) {
        if (asOf.length() == 4) {
            return asOf;
        }
        return MONTH_YEAR.format(YearMonth.parse(asOf));
    }

    /** Reads one defaults file; not thread-safe, used once per load. */
    private static final class Reader {
        private final Function<String, Optional<Source>> sources;

        Reader(Function<String, Optional<Source>> sources) {
            this.sources = sources;
        }

        PlannerDefaults read(String json) {
            JsonObject root;
            try {
                JsonElement e = JsonParser.parseString(json);
                if (!e.isJsonObject()) {
                    throw problem(null, null, "the file must hold one JSON object");
                }
                root = e.getAsJsonObject();
            } catch (JsonParseException e) {
                throw problem(null, null, "not valid JSON");
            }
            BigDecimal version = number(root, null, "version");
            if (version.compareTo(BigDecimal.ONE) != 0) {
                throw problem(null, "version", "must be 1");
            }
            JsonObject treatments = object(root, null, "treatments");
            Map<Treatment, Map<PlanField, SourcedValue>> values = new EnumMap<>(Treatment.class);
            Map<Treatment, SourcedChoice> covered = new EnumMap<>(Treatment.class);
            Map<Treatment, List<PriceRange>> ranges = new EnumMap<>(Treatment.class);
            for (Treatment t : Treatment.values()) {
                JsonObject o = object(treatments, null, t.id());
                Map<PlanField, SourcedValue> fields = new EnumMap<>(PlanField.class);
                List<PlanField> wanted = new ArrayList<>(TREATMENT_FIELDS);
                if (t == Treatment.IV_KETAMINE) {
                    wanted.addAll(IV_FIELDS);
                }
                for (PlanField f : wanted) {
                    fields.put(f, sourcedValue(object(o, t.id(), f.key()), t.id(), f));
                }
                int interval = fields.get(PlanField.MAINTENANCE_INTERVAL_WEEKS).value().intValueExact();
                if (t == Treatment.SPRAVATO && interval != 1 && interval != 2) {
                    throw problem(t.id(), "maintenanceIntervalWeeks.value", "must be 1 or 2 for spravato");
                }
                values.put(t, Collections.unmodifiableMap(fields));
                covered.put(t, choice(object(o, t.id(), "covered"), t.id(), "covered"));
                ranges.put(t, priceRanges(o, t.id()));
            }
            Map<PlanField, SourcedValue> insurance = new EnumMap<>(PlanField.class);
            JsonObject ins = object(root, null, "insurance");
            for (PlanField f : INSURANCE_FIELDS) {
                insurance.put(f, sourcedValue(object(ins, "insurance", f.key()), "insurance", f));
            }
            return new PlannerDefaults(Collections.unmodifiableMap(values), Collections.unmodifiableMap(covered),
                    Collections.unmodifiableMap(ranges), Collections.unmodifiableMap(insurance), notes(root));
        }

        private SourcedValue sourcedValue(JsonObject o, String item, PlanField field) {
            String at = field.key() + ".";
            BigDecimal value = number(o, item, at + "value");
            FieldInput.Result check = FieldInput.parse(field, value.toPlainString());
            if (!check.isOk()) {
                throw problem(item, at + "value", "is not a valid " + field.path() + " (" + check.problem() + ")");
            }
            Source source = optionalSource(o, item, at + "source");
            if (source == null && check.value().signum() != 0) {
                throw problem(item, at + "source", "is required unless the value is 0");
            }
            return new SourcedValue(check.value(), source, asOf(o, item, at + "asOf"), text(o, item, at + "basis"));
        }

        private SourcedChoice choice(JsonObject o, String item, String name) {
            JsonElement v = o.get("value");
            if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
                throw problem(item, name + ".value", "must be true or false");
            }
            Source source = optionalSource(o, item, name + ".source");
            if (source == null) {
                throw problem(item, name + ".source", "is missing");
            }
            return new SourcedChoice(v.getAsBoolean(), source, asOf(o, item, name + ".asOf"),
                    text(o, item, name + ".basis"));
        }

        private List<PriceRange> priceRanges(JsonObject o, String item) {
            JsonElement e = o.get("priceRanges");
            if (e == null || !e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
                throw problem(item, "priceRanges", "must be a list of at least one range");
            }
            List<PriceRange> out = new ArrayList<>();
            JsonArray array = e.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String at = "priceRanges[" + i + "]";
                if (!array.get(i).isJsonObject()) {
                    throw problem(item, at, "must be an object");
                }
                JsonObject r = array.get(i).getAsJsonObject();
                BigDecimal low = number(r, item, at + ".low");
                BigDecimal high = number(r, item, at + ".high");
                if (low.signum() < 0 || high.compareTo(low) < 0) {
                    throw problem(item, at, "needs 0 <= low <= high");
                }
                Source source = optionalSource(r, item, at + ".source");
                if (source == null) {
                    throw problem(item, at + ".source", "is missing");
                }
                out.add(new PriceRange(text(r, item, at + ".id"), low, high, source, asOf(r, item, at + ".asOf")));
            }
            return List.copyOf(out);
        }

        private Map<String, SourcedNote> notes(JsonObject root) {
            JsonElement e = root.get("notes");
            if (e == null || !e.isJsonArray()) {
                throw problem(null, "notes", "must be a list");
            }
            Map<String, SourcedNote> out = new LinkedHashMap<>();
            JsonArray array = e.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String at = "notes[" + i + "]";
                if (!array.get(i).isJsonObject()) {
                    throw problem(null, at, "must be an object");
                }
                JsonObject n = array.get(i).getAsJsonObject();
                String id = text(n, null, at + ".id");
                Source source = optionalSource(n, id, at + ".source");
                if (source == null) {
                    throw problem(id, at + ".source", "is missing");
                }
                if (out.put(id, new SourcedNote(id, source, asOf(n, id, at + ".asOf"))) != null) {
                    throw problem(id, at + ".id", "is used twice");
                }
            }
            for (String id : PlanNotes.ALL_IDS) {
                if (!out.containsKey(id)) {
                    throw problem(id, "notes", "has no entry for note '" + id + "'");
                }
            }
            return Collections.unmodifiableMap(out);
        }

        // -- field readers; "name" may be a dotted path for the message, the last part is the key --

        private static String key(String name) {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(dot + 1);
        }

        private JsonObject object(JsonObject o, String item, String name) {
            JsonElement e = o.get(key(name));
            if (e == null || e.isJsonNull()) {
                throw problem(item, name, "is missing");
            }
            if (!e.isJsonObject()) {
                throw problem(item, name, "must be an object");
            }
            return e.getAsJsonObject();
        }

        private BigDecimal number(JsonObject o, String item, String name) {
            JsonElement e = o.get(key(name));
            if (e == null || e.isJsonNull()) {
                throw problem(item, name, "is missing");
            }
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw problem(item, name, "must be a number");
            }
            try {
                return e.getAsBigDecimal();
            } catch (NumberFormatException ex) {
                throw problem(item, name, "must be a number");
            }
        }

        private String text(JsonObject o, String item, String name) {
            JsonElement e = o.get(key(name));
            if (e == null || e.isJsonNull()) {
                throw problem(item, name, "is missing");
            }
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
                throw problem(item, name, "must be non-blank text");
            }
            return e.getAsString().strip();
        }

        /** A source id that must be present in the JSON; null is allowed (the caller decides), unknown ids are not. */
        private Source optionalSource(JsonObject o, String item, String name) {
            if (!o.has(key(name))) {
                throw problem(item, name, "is missing");
            }
            JsonElement e = o.get(key(name));
            if (e.isJsonNull()) {
                return null;
            }
            String id = text(o, item, name);
            return sources.apply(id).orElseThrow(() -> problem(item, name, "unknown source id '" + id + "'"));
        }

        private String asOf(JsonObject o, String item, String name) {
            String s = text(o, item, name);
            if (!AS_OF.matcher(s).matches()) {
                throw problem(item, name, "must be a year or a year and month, like 2024 or 2019-03");
            }
            if (s.length() > 4) {
                try {
                    YearMonth.parse(s);
                } catch (DateTimeParseException e) {
                    throw problem(item, name, "is not a real month: " + s);
                }
            }
            return s;
        }

        private static ContentException problem(String item, String field, String problem) {
            return new ContentException(FILE, item, field, problem);
        }
    }
}
