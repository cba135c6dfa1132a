package org.ketamineguide.planner;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.Source;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.json.JsonFields;
import org.ketamineguide.json.JsonProblem;

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
        return load(ContentFiles.bundled().read(FILE), sources);
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
     * @param prices price per session by treatment
     */
    public PlannerDefaults withClinicPrices(Map<Treatment, BigDecimal> prices, String basis) {
        if (prices.isEmpty()) {
            return this;
        }
        Map<Treatment, Map<PlanField, SourcedValue>> changed = new EnumMap<>(Treatment.class);
        values.forEach((treatment, fields) -> {
            Map<PlanField, SourcedValue> copy = new EnumMap<>(fields);
            BigDecimal price = prices.get(treatment);
            if (price != null) {
                copy.put(PlanField.PRICE_PER_SESSION, new SourcedValue(price, null, null, basis));
            }
            changed.put(treatment, copy);
        });
        return new PlannerDefaults(changed, covered, ranges, insurance, notes);
    }

    /** Reads one defaults file through the app's one JSON reader; not thread-safe, used once per load. */
    private static final class Reader {
        private final Function<String, Optional<Source>> sources;

        Reader(Function<String, Optional<Source>> sources) {
            this.sources = sources;
        }

        PlannerDefaults read(String json) {
            JsonFields root = ContentFiles.json(FILE).parse(json);
            if (root.number("version").compareTo(BigDecimal.ONE) != 0) {
                throw root.problem("version", "must be 1");
            }
            JsonFields treatments = root.object("treatments");
            Map<Treatment, Map<PlanField, SourcedValue>> values = new EnumMap<>(Treatment.class);
            Map<Treatment, SourcedChoice> covered = new EnumMap<>(Treatment.class);
            Map<Treatment, List<PriceRange>> ranges = new EnumMap<>(Treatment.class);
            for (Treatment t : Treatment.values()) {
                JsonFields o = treatments.object(t.id()).withId(t.id());
                Map<PlanField, SourcedValue> fields = new EnumMap<>(PlanField.class);
                List<PlanField> wanted = new ArrayList<>(TREATMENT_FIELDS);
                if (t == Treatment.IV_KETAMINE) {
                    wanted.addAll(IV_FIELDS);
                }
                for (PlanField f : wanted) {
                    fields.put(f, sourcedValue(o.objectAt(f.key()), f));
                }
                int interval = fields.get(PlanField.MAINTENANCE_INTERVAL_WEEKS).value().intValueExact();
                if (t == Treatment.SPRAVATO && interval != 1 && interval != 2) {
                    throw o.problem("maintenanceIntervalWeeks.value", "must be 1 or 2 for spravato");
                }
                values.put(t, Collections.unmodifiableMap(fields));
                covered.put(t, choice(o.objectAt("covered")));
                ranges.put(t, priceRanges(o));
            }
            Map<InsuranceKind, InsuranceDefaults> insurance = new EnumMap<>(InsuranceKind.class);
            JsonFields ins = root.object("insurance").withId("insurance");
            for (InsuranceKind k : KINDS_WITH_NUMBERS) {
                JsonFields o = ins.object(k.id()).withId("insurance." + k.id());
                Map<PlanField, SourcedValue> fields = new EnumMap<>(PlanField.class);
                for (PlanField f : INSURANCE_FIELDS) {
                    fields.put(f, sourcedValue(o.objectAt(f.key()), f));
                }
                String sharing = o.text("sharing");
                if (!sharing.equals("deductible") && !sharing.equals("copay")) {
                    throw o.problem("sharing", "must be deductible or copay");
                }
                insurance.put(k, new InsuranceDefaults(Collections.unmodifiableMap(fields), sharing.equals("copay")));
            }
            return new PlannerDefaults(Collections.unmodifiableMap(values), Collections.unmodifiableMap(covered),
                    Collections.unmodifiableMap(ranges), Collections.unmodifiableMap(insurance), notes(root));
        }

        private SourcedValue sourcedValue(JsonFields o, PlanField field) {
            if (field == PlanField.OUT_OF_POCKET_REMAINING && o.contains("value") && !o.has("value")) {
                // No yearly limit is itself a claim, so it needs a source.
                Source source = optionalSource(o);
                if (source == null) {
                    throw o.problem("source", "is required when there is no limit (value null)");
                }
                return new SourcedValue(null, source, asOf(o), o.text("basis"));
            }
            BigDecimal value = o.number("value");
            FieldInput.Result check = FieldInput.parse(field, value.toPlainString());
            if (!check.isOk()) {
                throw o.problem("value", "is not a valid " + field.path() + " (" + check.problem() + ")");
            }
            Source source = optionalSource(o);
            if (source == null && check.value().signum() != 0) {
                throw o.problem("source", "is required unless the value is 0");
            }
            return new SourcedValue(check.value(), source, asOf(o), o.text("basis"));
        }

        private SourcedChoice choice(JsonFields o) {
            boolean value = o.bool("value");
            return new SourcedChoice(value, requiredSource(o), asOf(o), o.text("basis"));
        }

        private List<PriceRange> priceRanges(JsonFields o) {
            List<PriceRange> out = new ArrayList<>();
            List<JsonFields> list = o.objectsAt("priceRanges", true);
            for (int i = 0; i < list.size(); i++) {
                JsonFields r = list.get(i);
                BigDecimal low = r.number("low");
                BigDecimal high = r.number("high");
                if (low.signum() < 0 || high.compareTo(low) < 0) {
                    throw o.problem("priceRanges[" + i + "]", "needs 0 <= low <= high");
                }
                out.add(new PriceRange(r.text("id"), low, high, requiredSource(r), asOf(r)));
            }
            return List.copyOf(out);
        }

        private Map<String, SourcedNote> notes(JsonFields root) {
            Map<String, SourcedNote> out = new LinkedHashMap<>();
            for (JsonFields n : root.objectsAt("notes", true)) {
                String id = n.text("id");
                JsonFields note = n.withId(id);
                if (out.put(id, new SourcedNote(id, requiredSource(note), asOf(note))) != null) {
                    throw note.problem("id", "is used twice");
                }
            }
            for (String id : PlanNotes.ALL_IDS) {
                if (!out.containsKey(id)) {
                    throw root.withId(id).problem("notes", "has no entry for note '" + id + "'");
                }
            }
            return Collections.unmodifiableMap(out);
        }

        private Source requiredSource(JsonFields o) {
            Source source = optionalSource(o);
            if (source == null) {
                throw o.problem("source", JsonProblem.Kind.MISSING, "is missing");
            }
            return source;
        }

        /** A source id that must be present in the JSON; null is allowed (the caller decides), unknown ids are not. */
        private Source optionalSource(JsonFields o) {
            if (!o.contains("source")) {
                throw o.problem("source", JsonProblem.Kind.MISSING, "is missing");
            }
            if (!o.has("source")) {
                return null;
            }
            String id = o.text("source");
            return sources.apply(id).orElseThrow(() -> o.problem("source", "unknown source id '" + id + "'"));
        }

        private static String asOf(JsonFields o) {
            String s = o.text("asOf");
            if (!AS_OF.matcher(s).matches()) {
                throw o.problem("asOf", "must be a year or a year and month, like 2024 or 2019-03");
            }
            if (s.length() > 4) {
                try {
                    YearMonth.parse(s);
                } catch (DateTimeParseException e) {
                    throw o.problem("asOf", "is not a real month: " + s);
                }
            }
            return s;
        }
    }
}
