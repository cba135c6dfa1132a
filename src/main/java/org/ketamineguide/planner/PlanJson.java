package org.ketamineguide.planner;

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

/**
 * Reads and writes the plan file, format version 1 (see the cost-planner spec). Reading is strict:
 * well-formed JSON only, every required field present with the right type and in range, and the
 * first problem is reported as a {@link PlanFileException} naming the field. Nothing is returned
 * until the whole file has passed, so a bad file never yields part of a plan. Plain Java; stateless.
 */
final class PlanJson {
    private static final String INSURANCE = "insurance";

    private PlanJson() {
    }

    static CostPlan read(String json) {
        JsonObject root = parse(json);
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** A percent as people write it: 20 rather than 20.00. */
    private static Number plain(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
