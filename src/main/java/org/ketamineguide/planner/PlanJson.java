package org.ketamineguide.planner;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the plan file: format version 1 (one plan, see the cost-planner spec) and
 * version 2 (one or two plans with names, coverage, insurance kind and time; see {@link PlanFile}).
 * Reading is strict:
 * well-formed JSON only, every required field present with the right type and in range, and the
 * first problem is reported as a {@link PlanFileException} naming the field. Nothing is returned
 * until the whole file has passed, so a bad file never yields part of a plan. Plain Java; stateless.
 */
final class PlanJson {
    private static final String INSURANCE = "insurance";
    private static final String PLANS = "plans";

    private PlanJson() {
    }

    static CostPlan read(String json) {
        return read(parse(json));
    }

    private static CostPlan read(JsonObject root) {
        readVersion(root);
        Treatment treatment = readTreatment(root);
        int horizon = requiredWhole(root, PlanField.HORIZON_WEEKS);
        BigDecimal price = requiredNumber(root, PlanField.PRICE_PER_SESSION);
        Integer inductionSessions = optionalWhole(root, PlanField.INDUCTION_SESSIONS);
        Integer inductionWeeks = optionalWhole(root, PlanField.INDUCTION_WEEKS);
        int interval = requiredWhole(root, PlanField.MAINTENANCE_INTERVAL_WEEKS);
        BigDecimal fees = requiredNumber(root, PlanField.ONE_TIME_FEES);
        BigDecimal extra = requiredNumber(root, PlanField.EXTRA_PER_SESSION);
        Insurance insurance = readInsurance(root);
        return new CostPlan(treatment, horizon, price, inductionSessions, inductionWeeks, interval, fees, extra,
                insurance);
    }

    /** Reads a plan file of version 1 (one plan) or 2 (one or two plans with names, coverage and time). */
    static PlanFile readFile(String json) {
        JsonObject root = parse(json);
        JsonElement v = root.get("version");
        if (v == null || v.isJsonNull()) {
            throw new PlanFileException("version", PlanProblem.MISSING, "is missing");
        }
        BigDecimal version = number(v, "version");
        if (version.compareTo(BigDecimal.valueOf(CostPlan.FORMAT_VERSION)) == 0) {
            return new PlanFile(CostPlan.FORMAT_VERSION, List.of(new PlanFile.Entry(null, PlanSetup.ofVersion1(read(root)))));
        }
        if (version.compareTo(BigDecimal.valueOf(PlanFile.FORMAT_VERSION)) != 0) {
            throw new PlanFileException("version", PlanProblem.UNKNOWN_VERSION,
                    "must be " + CostPlan.FORMAT_VERSION + " or " + PlanFile.FORMAT_VERSION + " (found " + shortText(version) + ")");
        }
        JsonElement e = root.get(PLANS);
        if (e == null || e.isJsonNull()) {
            throw new PlanFileException(PLANS, PlanProblem.MISSING, "is missing");
        }
        if (!e.isJsonArray()) {
            throw new PlanFileException(PLANS, PlanProblem.NOT_LIST, "must be a list");
        }
        JsonArray array = e.getAsJsonArray();
        if (array.isEmpty() || array.size() > 2) {
            throw new PlanFileException(PLANS, PlanProblem.NOT_LIST, "must hold 1 or 2 plans (found " + array.size() + ")");
        }
        List<PlanFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = PLANS + "[" + i + "]";
            if (!array.get(i).isJsonObject()) {
                throw new PlanFileException(at, PlanProblem.NOT_OBJECT, "must be an object");
            }
            try {
                entries.add(readEntry(array.get(i)));
            } catch (PlanFileException problem) {
                throw problem.prefixed(at + ".");
            }
        }
        return PlanFile.of(entries);
    }

    private static PlanFile.Entry readEntry(JsonElement e) {
        JsonObject o = e.getAsJsonObject();
        String name = requiredText(o, "name");
        if (name.isBlank()) {
            throw new PlanFileException("name", PlanProblem.MISSING, "is blank");
        }
        if (name.length() > PlanFile.MAX_NAME_LENGTH) {
            throw new PlanFileException("name", PlanProblem.OUT_OF_RANGE,
                    "must be at most " + PlanFile.MAX_NAME_LENGTH + " characters");
        }
        String coverageId = requiredText(o, "coverage");
        Coverage coverage = Coverage.fromId(coverageId).orElseThrow(() -> new PlanFileException("coverage",
                PlanProblem.UNKNOWN_CHOICE, "must be yes, no or unsure (found '" + clip(coverageId) + "')"));
        String kindId = requiredText(o, "insuranceKind");
        InsuranceKind kind = InsuranceKind.fromId(kindId).orElseThrow(() -> new PlanFileException("insuranceKind",
                PlanProblem.UNKNOWN_CHOICE, "must be commercial, medicare, medicaid or none (found '" + clip(kindId) + "')"));
        VisitTime time = new VisitTime(requiredNumber(o, PlanField.CLINIC_HOURS), requiredNumber(o, PlanField.TRAVEL_HOURS));
        JsonElement plan = o.get("plan");
        if (plan == null || plan.isJsonNull()) {
            throw new PlanFileException("plan", PlanProblem.MISSING, "is missing");
        }
        if (!plan.isJsonObject()) {
            throw new PlanFileException("plan", PlanProblem.NOT_OBJECT, "must be an object");
        }
        CostPlan costPlan;
        try {
            costPlan = read(plan.getAsJsonObject());
        } catch (PlanFileException problem) {
            throw problem.prefixed("plan.");
        }
        return new PlanFile.Entry(name, new PlanSetup(costPlan, coverage, kind, time));
    }

    private static String requiredText(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) {
            throw new PlanFileException(key, PlanProblem.MISSING, "is missing");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new PlanFileException(key, PlanProblem.NOT_TEXT, "must be text");
        }
        return e.getAsString();
    }

    private static JsonObject parse(String json) {
        if (json == null || json.isBlank()) {
            throw new PlanFileException("file", PlanProblem.MALFORMED, "is empty");
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new PlanFileException("file", PlanProblem.MALFORMED, "has text after the plan");
            }
            if (!root.isJsonObject()) {
                throw new PlanFileException("file", PlanProblem.MALFORMED, "must hold one JSON object");
            }
            return root.getAsJsonObject();
        } catch (JsonParseException | IOException | IllegalStateException | NumberFormatException e) {
            throw new PlanFileException("file", PlanProblem.MALFORMED, "is not valid JSON");
        }
    }

    private static void readVersion(JsonObject root) {
        JsonElement e = root.get("version");
        if (e == null || e.isJsonNull()) {
            throw new PlanFileException("version", PlanProblem.MISSING, "is missing");
        }
        BigDecimal v = number(e, "version");
        if (v.compareTo(BigDecimal.valueOf(CostPlan.FORMAT_VERSION)) != 0) {
            throw new PlanFileException("version", PlanProblem.UNKNOWN_VERSION,
                    "must be " + CostPlan.FORMAT_VERSION + " (found " + shortText(v) + ")");
        }
    }

    private static Treatment readTreatment(JsonObject root) {
        JsonElement e = root.get("treatment");
        if (e == null || e.isJsonNull()) {
            throw new PlanFileException("treatment", PlanProblem.MISSING, "is missing");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new PlanFileException("treatment", PlanProblem.NOT_TEXT, "must be text");
        }
        String id = e.getAsString();
        return Treatment.fromId(id).orElseThrow(() -> new PlanFileException("treatment",
                PlanProblem.UNKNOWN_TREATMENT, "must be spravato or iv_ketamine (found '" + clip(id) + "')"));
    }

    private static Insurance readInsurance(JsonObject root) {
        JsonElement e = root.get(INSURANCE);
        if (e == null || e.isJsonNull()) {
            throw new PlanFileException(INSURANCE, PlanProblem.MISSING, "is missing");
        }
        if (!e.isJsonObject()) {
            throw new PlanFileException(INSURANCE, PlanProblem.NOT_OBJECT, "must be an object");
        }
        JsonObject ins = e.getAsJsonObject();
        JsonElement covered = ins.get("covered");
        String coveredPath = INSURANCE + ".covered";
        if (covered == null || covered.isJsonNull()) {
            throw new PlanFileException(coveredPath, PlanProblem.MISSING, "is missing");
        }
        if (!covered.isJsonPrimitive() || !covered.getAsJsonPrimitive().isBoolean()) {
            throw new PlanFileException(coveredPath, PlanProblem.NOT_TRUE_FALSE, "must be true or false");
        }
        return new Insurance(covered.getAsBoolean(),
                optionalNumber(ins, PlanField.DEDUCTIBLE_REMAINING),
                optionalNumber(ins, PlanField.COINSURANCE_PERCENT),
                optionalNumber(ins, PlanField.COPAY_PER_SESSION),
                optionalNumber(ins, PlanField.OUT_OF_POCKET_REMAINING));
    }

    private static BigDecimal requiredNumber(JsonObject o, PlanField field) {
        BigDecimal v = optionalNumber(o, field);
        if (v == null) {
            throw new PlanFileException(field.path(), PlanProblem.MISSING, "is missing");
        }
        return v;
    }

    private static BigDecimal optionalNumber(JsonObject o, PlanField field) {
        JsonElement e = o.get(field.key());
        if (e == null || e.isJsonNull()) {
            return null;
        }
        BigDecimal v = number(e, field.path());
        // Range and precision are checked by the records; this catches huge values early.
        return Checks.amount(field, v);
    }

    private static int requiredWhole(JsonObject o, PlanField field) {
        Integer v = optionalWhole(o, field);
        if (v == null) {
            throw new PlanFileException(field.path(), PlanProblem.MISSING, "is missing");
        }
        return v;
    }

    private static Integer optionalWhole(JsonObject o, PlanField field) {
        JsonElement e = o.get(field.key());
        if (e == null || e.isJsonNull()) {
            return null;
        }
        BigDecimal v = number(e, field.path());
        if (v.signum() < 0) {
            throw Checks.negative(field, shortText(v));
        }
        if (v.stripTrailingZeros().scale() > 0) {
            throw new PlanFileException(field.path(), PlanProblem.NOT_WHOLE,
                    "must be a whole number (found " + shortText(v) + ")");
        }
        if (!field.inRange(v)) {
            throw Checks.outOfRange(field, shortText(v));
        }
        return v.intValueExact();
    }

    private static BigDecimal number(JsonElement e, String path) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new PlanFileException(path, PlanProblem.NOT_A_NUMBER, "must be a number");
        }
        try {
            return e.getAsBigDecimal();
        } catch (NumberFormatException ex) {
            // Gson refuses numbers with absurd exponents or lengths; no field allows such a value.
            throw new PlanFileException(path, PlanProblem.OUT_OF_RANGE, "is far outside the allowed range");
        }
    }

    private static String shortText(BigDecimal v) {
        String s = v.toString();
        return s.length() > 30 ? s.substring(0, 27) + "..." : s;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    static String write(CostPlan plan) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.setSerializeNulls(true);
            writePlan(w, plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** Writes a version-2 file; every plan needs a name, an insurance kind and a time. */
    static String writeFile(PlanFile file) {
        StringWriter out = new StringWriter();
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("version").value(PlanFile.FORMAT_VERSION);
            w.name(PLANS).beginArray();
            for (PlanFile.Entry entry : file.plans()) {
                PlanSetup setup = entry.setup();
                if (entry.name() == null || setup.insuranceKind() == null || setup.time() == null) {
                    throw new IllegalArgumentException("a version 2 plan needs a name, an insurance kind and a time");
                }
                w.beginObject();
                w.name("name").value(entry.name());
                w.name("coverage").value(setup.coverage().id());
                w.name("insuranceKind").value(setup.insuranceKind().id());
                w.name(PlanField.CLINIC_HOURS.key()).value(plain(setup.time().clinicHours()));
                w.name(PlanField.TRAVEL_HOURS.key()).value(plain(setup.time().travelHours()));
                w.name("plan");
                writePlan(w, setup.plan());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writePlan(JsonWriter w, CostPlan plan) throws IOException {
        w.beginObject();
        w.name("version").value(CostPlan.FORMAT_VERSION);
        w.name("treatment").value(plan.treatment().id());
        w.name(PlanField.HORIZON_WEEKS.key()).value(plan.horizonWeeks());
        w.name(PlanField.PRICE_PER_SESSION.key()).value(plan.pricePerSession());
        if (plan.inductionSessions() != null) {
            w.name(PlanField.INDUCTION_SESSIONS.key()).value(plan.inductionSessions());
        }
        if (plan.inductionWeeks() != null) {
            w.name(PlanField.INDUCTION_WEEKS.key()).value(plan.inductionWeeks());
        }
        w.name(PlanField.MAINTENANCE_INTERVAL_WEEKS.key()).value(plan.maintenanceIntervalWeeks());
        w.name(PlanField.ONE_TIME_FEES.key()).value(plan.oneTimeFees());
        w.name(PlanField.EXTRA_PER_SESSION.key()).value(plan.extraPerSession());
        Insurance ins = plan.insurance();
        w.name(INSURANCE).beginObject();
        w.name("covered").value(ins.covered());
        w.name(PlanField.DEDUCTIBLE_REMAINING.key()).value(ins.deductibleRemaining());
        w.name(PlanField.COINSURANCE_PERCENT.key()).value(plain(ins.coinsurancePercent()));
        w.name(PlanField.COPAY_PER_SESSION.key()).value(ins.copayPerSession());
        w.name(PlanField.OUT_OF_POCKET_REMAINING.key()).value(ins.outOfPocketRemaining());
        w.endObject();
        w.endObject();
    }

    /** A percent or hours as people write them: 20 rather than 20.00, 2.5 rather than 2.50. */
    private static Number plain(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
