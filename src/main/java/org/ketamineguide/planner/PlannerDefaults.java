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
 * ranges shown beside the price, and the sources of the notes. The insurance numbers depend on
 * the kind of insurance (a job or bought plan, Medicare, Medicaid); a person with none uses the
 * first kind's numbers for the hidden fields. Loaded once from
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
            PlanField.MAINTENANCE_INTERVAL_WEEKS, PlanField.ONE_TIME_FEES, PlanField.EXTRA_PER_SESSION,
            PlanField.CLINIC_HOURS, PlanField.TRAVEL_HOURS);
    /** Fields only the IV treatment gives a default for. */
    static final List<PlanField> IV_FIELDS = List.of(PlanField.INDUCTION_SESSIONS, PlanField.INDUCTION_WEEKS);
    /** Insurance fields, shared by both treatments. */
    static final List<PlanField> INSURANCE_FIELDS = List.of(PlanField.DEDUCTIBLE_REMAINING,
            PlanField.COINSURANCE_PERCENT, PlanField.COPAY_PER_SESSION, PlanField.OUT_OF_POCKET_REMAINING);
    /** The kinds of insurance with their own starting numbers; {@link InsuranceKind#NONE} borrows the first. */
    static final List<InsuranceKind> KINDS_WITH_NUMBERS = List.of(InsuranceKind.COMMERCIAL, InsuranceKind.MEDICARE,
            InsuranceKind.MEDICAID);

    /**
     * One starting value. {@code source} is null only for a value of 0 that assumes nothing (the
     * person adds their own); {@code basis} says in plain words what the value rests on. The value
     * is null only for an out-of-pocket limit, where it means "no limit" (and the source says so).
     */
    public record SourcedValue(BigDecimal value, Source source, String asOf, String basis) {
    }

    /**
     * The starting insurance numbers for one kind of insurance.
     *
     * @param values   the four insurance fields; the out-of-pocket limit's value is null for "no limit"
     * @param useCopay true when the kind usually charges a flat copay rather than deductible and percent
     */
    public record InsuranceDefaults(Map<PlanField, SourcedValue> values, boolean useCopay) {
        /** True when the kind starts with a yearly limit on what the person pays. */
        public boolean hasCap() {
            return values.get(PlanField.OUT_OF_POCKET_REMAINING).value() != null;
        }
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
    private final Map<InsuranceKind, InsuranceDefaults> insurance;
    private final Map<String, SourcedNote> notes;

    private PlannerDefaults(Map<Treatment, Map<PlanField, SourcedValue>> values, Map<Treatment, SourcedChoice> covered,
                            Map<Treatment, List<PriceRange>> ranges, Map<InsuranceKind, InsuranceDefaults> insurance,
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
     * The starting value of a field for a treatment, with the insurance numbers of a job or bought
     * plan. Insurance fields are the same for both treatments; the IV series fields always come
     * from the IV defaults.
     */
    public SourcedValue value(Treatment treatment, PlanField field) {
        return value(treatment, InsuranceKind.COMMERCIAL, field);
    }

    /** The starting value of a field for a treatment and a kind of insurance. */
    public SourcedValue value(Treatment treatment, InsuranceKind kind, PlanField field) {
        Treatment from = IV_FIELDS.contains(field) ? Treatment.IV_KETAMINE : treatment;
        SourcedValue v = INSURANCE_FIELDS.contains(field) ? insurance(kind).values().get(field)
                : values.get(from).get(field);
        if (v == null) {
            throw new IllegalArgumentException(treatment.id() + " has no default for " + field.path());
        }
        return v;
    }

    /** The starting insurance numbers of a kind; {@link InsuranceKind#NONE} gets the first kind's. */
    public InsuranceDefaults insurance(InsuranceKind kind) {
        return insurance.getOrDefault(kind, insurance.get(InsuranceKind.COMMERCIAL));
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
     * The form of a new plan. The screening's insurance answer sets the kind of insurance (no
     * answer or {@code unsure}: a job or bought plan's example numbers) and, with the treatment,
     * whether the plan pays (see {@link #startCoverage}).
     */
    public PlanInputs initialInputs(Treatment treatment, String insuranceAnswer) {
        EnumMap<PlanField, String> texts = new EnumMap<>(PlanField.class);
        for (PlanField f : IV_FIELDS) {
            texts.put(f, FieldInput.format(f, values.get(Treatment.IV_KETAMINE).get(f).value()));
        }
        texts.put(PlanField.MAINTENANCE_INTERVAL_WEEKS, FieldInput.format(PlanField.MAINTENANCE_INTERVAL_WEEKS,
                values.get(Treatment.IV_KETAMINE).get(PlanField.MAINTENANCE_INTERVAL_WEEKS).value()));
        texts.put(PlanField.TRAVEL_HOURS, FieldInput.format(PlanField.TRAVEL_HOURS,
                values.get(treatment).get(PlanField.TRAVEL_HOURS).value()));
        texts.putAll(treatmentTexts(treatment));
        InsuranceKind kind = startKind(insuranceAnswer);
        texts.putAll(insuranceTexts(kind));
        int spravatoInterval = values.get(Treatment.SPRAVATO).get(PlanField.MAINTENANCE_INTERVAL_WEEKS).value()
                .intValueExact();
        InsuranceDefaults numbers = insurance(kind);
        return new PlanInputs(treatment, texts, spravatoInterval, startCoverage(treatment, insuranceAnswer), kind,
                numbers.useCopay(), numbers.hasCap());
    }

    /** The kind of insurance a plan starts with, given the screening's answer (none or unsure: a job or bought plan). */
    public static InsuranceKind startKind(String insuranceAnswer) {
        return insuranceAnswer == null ? InsuranceKind.COMMERCIAL
                : InsuranceKind.fromId(insuranceAnswer).orElse(InsuranceKind.COMMERCIAL);
    }

    /**
     * Whether a plan starts as paid by insurance. IV ketamine starts at its sourced default,
     * {@link Coverage#NO} (insurance often does not pay for it), whatever the answer. SPRAVATO follows the screening's answer: a job or
     * bought plan, Medicare or Medicaid: {@link Coverage#YES}; no insurance: NO; not sure:
     * {@link Coverage#UNSURE}; no answer: the treatment's sourced default.
     */
    public Coverage startCoverage(Treatment treatment, String insuranceAnswer) {
        Coverage byDefault = covered.get(treatment).value() ? Coverage.YES : Coverage.NO;
        if (treatment == Treatment.IV_KETAMINE || insuranceAnswer == null) {
            return byDefault;
        }
        return switch (insuranceAnswer) {
            case "commercial", "medicare", "medicaid" -> Coverage.YES;
            case "none" -> Coverage.NO;
            default -> Coverage.UNSURE;
        };
    }

    /**
     * Whether a plan starts as paid once the person has said which kind of insurance they have:
     * IV ketamine as in {@link #startCoverage}; SPRAVATO YES unless they have none.
     */
    public Coverage startCoverage(Treatment treatment, InsuranceKind kind) {
        if (kind == InsuranceKind.NONE) {
            return Coverage.NO;
        }
        return treatment == Treatment.IV_KETAMINE ? startCoverage(treatment, (String) null) : Coverage.YES;
    }

    /** The texts of the fields whose defaults differ by treatment: price, fees, extra costs, weeks, clinic hours. */
    public Map<PlanField, String> treatmentTexts(Treatment treatment) {
        EnumMap<PlanField, String> texts = new EnumMap<>(PlanField.class);
        for (PlanField f : List.of(PlanField.PRICE_PER_SESSION, PlanField.ONE_TIME_FEES, PlanField.EXTRA_PER_SESSION,
                PlanField.HORIZON_WEEKS, PlanField.CLINIC_HOURS)) {
            texts.put(f, FieldInput.format(f, values.get(treatment).get(f).value()));
        }
        return texts;
    }

    /** The texts of the insurance fields for a kind; a kind without a yearly limit leaves that field empty. */
    public Map<PlanField, String> insuranceTexts(InsuranceKind kind) {
        EnumMap<PlanField, String> texts = new EnumMap<>(PlanField.class);
        for (PlanField f : INSURANCE_FIELDS) {
            BigDecimal v = insurance(kind).values().get(f).value();
            texts.put(f, v == null ? "" : FieldInput.format(f, v));
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
            Map<InsuranceKind, InsuranceDefaults> insurance = new EnumMap<>(InsuranceKind.class);
            JsonObject ins = object(root, null, "insurance");
            for (InsuranceKind k : KINDS_WITH_NUMBERS) {
                String item = "insurance." + k.id();
                JsonObject o = object(ins, "insurance", k.id());
                Map<PlanField, SourcedValue> fields = new EnumMap<>(PlanField.class);
                for (PlanField f : INSURANCE_FIELDS) {
                    fields.put(f, sourcedValue(object(o, item, f.key()), item, f));
                }
                String sharing = text(o, item, "sharing");
                if (!sharing.equals("deductible") && !sharing.equals("copay")) {
                    throw problem(item, "sharing", "must be deductible or copay");
                }
                insurance.put(k, new InsuranceDefaults(Collections.unmodifiableMap(fields), sharing.equals("copay")));
            }
            return new PlannerDefaults(Collections.unmodifiableMap(values), Collections.unmodifiableMap(covered),
                    Collections.unmodifiableMap(ranges), Collections.unmodifiableMap(insurance), notes(root));
        }

        private SourcedValue sourcedValue(JsonObject o, String item, PlanField field) {
            String at = field.key() + ".";
            if (field == PlanField.OUT_OF_POCKET_REMAINING && o.has("value") && o.get("value").isJsonNull()) {
                // No yearly limit is itself a claim, so it needs a source.
                Source source = optionalSource(o, item, at + "source");
                if (source == null) {
                    throw problem(item, at + "source", "is required when there is no limit (value null)");
                }
                return new SourcedValue(null, source, asOf(o, item, at + "asOf"), text(o, item, at + "basis"));
            }
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
