package org.ketamineguide.planner;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.ketamineguide.json.JsonFields;
import org.ketamineguide.json.StrictJson;

/**
 * Reads and writes the plan file, format version 1 (see the cost-planner spec). Reading goes
 * through the app's one strict JSON reader ({@link StrictJson}): strict JSON only, every required
 * field present with the right type and in range, and the first problem is reported as a
 * {@link PlanFileException} naming the field. Fields the format does not know are ignored. Nothing
 * is returned until the whole file has passed, so a bad file never yields part of a plan. Plain
 * Java; stateless.
 */
final class PlanJson {
    private static final long MAX_CHARS = CostPlan.MAX_FILE_BYTES;
    private static final String INSURANCE = "insurance";
    private static final Set<String> OTHER_FIELDS = Set.of("version", "treatment", INSURANCE, INSURANCE + ".covered");

    private PlanJson() {
    }

    /** Whether a path names something a plan file holds. */
    static boolean isField(String path) {
        return OTHER_FIELDS.contains(path) || Arrays.stream(PlanField.values()).anyMatch(f -> f.path().equals(path));
    }

    static CostPlan read(String json) {
        return read(null, json);
    }

    /** Reads a plan file from disk: regular files only, with the size limit counted while reading. */
    static CostPlan read(Path file) {
        String name = String.valueOf(file.getFileName());
        return read(name, StrictJson.named(name).maxBytes(MAX_CHARS).readText(file));
    }

    private static CostPlan read(String file, String json) {
        JsonFields root = StrictJson.named(file).maxBytes(MAX_CHARS).problems(PlanFileException::fromJson)
                .parse(json);
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

    private static void readVersion(JsonFields root) {
        BigDecimal v = root.number("version");
        if (v.compareTo(BigDecimal.valueOf(CostPlan.FORMAT_VERSION)) != 0) {
            throw new PlanFileException("version", PlanProblem.UNKNOWN_VERSION,
                    "must be " + CostPlan.FORMAT_VERSION + " (found " + shortText(v) + ")");
        }
    }

    private static Treatment readTreatment(JsonFields root) {
        String id = root.string("treatment");
        return Treatment.fromId(id).orElseThrow(() -> new PlanFileException("treatment",
                PlanProblem.UNKNOWN_TREATMENT, "must be spravato or iv_ketamine (found '" + clip(id) + "')"));
    }

    private static Insurance readInsurance(JsonFields root) {
        JsonFields ins = root.objectAt(INSURANCE);
        return new Insurance(ins.bool("covered"),
                optionalNumber(ins, PlanField.DEDUCTIBLE_REMAINING),
                optionalNumber(ins, PlanField.COINSURANCE_PERCENT),
                optionalNumber(ins, PlanField.COPAY_PER_SESSION),
                optionalNumber(ins, PlanField.OUT_OF_POCKET_REMAINING));
    }

    private static BigDecimal requiredNumber(JsonFields o, PlanField field) {
        BigDecimal v = optionalNumber(o, field);
        if (v == null) {
            throw new PlanFileException(field.path(), PlanProblem.MISSING, "is missing");
        }
        return v;
    }

    private static BigDecimal optionalNumber(JsonFields o, PlanField field) {
        // Range and precision are checked by the records; this catches out-of-range values early.
        return o.optionalNumber(field.key()).map(v -> Checks.amount(field, v)).orElse(null);
    }

    private static int requiredWhole(JsonFields o, PlanField field) {
        Integer v = optionalWhole(o, field);
        if (v == null) {
            throw new PlanFileException(field.path(), PlanProblem.MISSING, "is missing");
        }
        return v;
    }

    private static Integer optionalWhole(JsonFields o, PlanField field) {
        if (!o.has(field.key())) {
            return null;
        }
        BigDecimal v = o.number(field.key());
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
