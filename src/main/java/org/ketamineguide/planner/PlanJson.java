package org.ketamineguide.planner;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.json.JsonFields;
import org.ketamineguide.json.StrictJson;

/**
 * Reads and writes the plan file: format version 1 (one plan, see the cost-planner spec) and
 * version 2 (one or two plans with names, coverage, insurance kind and time; see {@link PlanFile}).
 * Reading goes
 * through the app's one strict JSON reader ({@link StrictJson}): strict JSON only, every required
 * field present with the right type and in range, and the first problem is reported as a
 * {@link PlanFileException} naming the field. Fields the format does not know are ignored. Nothing
 * is returned until the whole file has passed, so a bad file never yields part of a plan. Plain
 * Java; stateless.
 */
final class PlanJson {
    private static final long MAX_CHARS = CostPlan.MAX_FILE_BYTES;
    private static final String INSURANCE = "insurance";
    private static final String PLANS = "plans";
    private static final Set<String> OTHER_FIELDS = Set.of("version", "treatment", INSURANCE, INSURANCE + ".covered",
            PLANS, "name", "coverage", "insuranceKind", "plan");

    private PlanJson() {
    }

    /** Whether a path names something a plan file holds. */
    static boolean isField(String path) {
        return OTHER_FIELDS.contains(path) || path.matches(PLANS + "\\[\\d+\\]")
                || Arrays.stream(PlanField.values()).anyMatch(f -> f.path().equals(path));
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
        return read(json(file).parse(json));
    }

    private static StrictJson json(String file) {
        return StrictJson.named(file).maxBytes(MAX_CHARS).problems(PlanFileException::fromJson);
    }

    private static CostPlan read(JsonFields root) {
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
        return readFile(json(null).parse(json));
    }

    /** Reads a plan file of either version from disk: regular files only, the size counted while reading. */
    static PlanFile readFile(Path file) {
        String name = String.valueOf(file.getFileName());
        // A file that cannot be read at all (a pipe, a device, too big) is a plain JsonProblem, not a plan problem.
        String text = StrictJson.named(name).maxBytes(MAX_CHARS).readText(file);
        return readFile(json(name).parse(text));
    }

    private static PlanFile readFile(JsonFields root) {
        BigDecimal version = root.number("version");
        if (version.compareTo(BigDecimal.valueOf(CostPlan.FORMAT_VERSION)) == 0) {
            return new PlanFile(CostPlan.FORMAT_VERSION,
                    List.of(new PlanFile.Entry(null, PlanSetup.ofVersion1(read(root)))));
        }
        if (version.compareTo(BigDecimal.valueOf(PlanFile.FORMAT_VERSION)) != 0) {
            throw new PlanFileException("version", PlanProblem.UNKNOWN_VERSION, "must be " + CostPlan.FORMAT_VERSION
                    + " or " + PlanFile.FORMAT_VERSION + " (found " + shortText(version) + ")");
        }
        if (!root.has(PLANS)) {
            throw new PlanFileException(PLANS, PlanProblem.MISSING, "is missing");
        }
        List<JsonFields> plans = root.objects(PLANS, false);
        if (plans.isEmpty() || plans.size() > 2) {
            throw new PlanFileException(PLANS, PlanProblem.NOT_LIST, "must hold 1 or 2 plans (found " + plans.size() + ")");
        }
        List<PlanFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            try {
                entries.add(readEntry(plans.get(i)));
            } catch (PlanFileException problem) {
                throw problem.prefixed(PLANS + "[" + i + "].");
            }
        }
        return PlanFile.of(entries);
    }

    private static PlanFile.Entry readEntry(JsonFields o) {
        if (!o.has("name")) {
            throw new PlanFileException("name", PlanProblem.MISSING, "is missing");
        }
        String name = o.string("name").strip();
        if (name.isEmpty()) {
            throw new PlanFileException("name", PlanProblem.MISSING, "is blank");
        }
        if (name.length() > PlanFile.MAX_NAME_LENGTH) {
            throw new PlanFileException("name", PlanProblem.OUT_OF_RANGE,
                    "must be at most " + PlanFile.MAX_NAME_LENGTH + " characters");
        }
        String coverageId = o.string("coverage");
        Coverage coverage = Coverage.fromId(coverageId).orElseThrow(() -> new PlanFileException("coverage",
                PlanProblem.UNKNOWN_CHOICE, "must be yes, no or unsure (found '" + clip(coverageId) + "')"));
        String kindId = o.string("insuranceKind");
        InsuranceKind kind = InsuranceKind.fromId(kindId).orElseThrow(() -> new PlanFileException("insuranceKind",
                PlanProblem.UNKNOWN_CHOICE,
                "must be commercial, medicare, medicaid or none (found '" + clip(kindId) + "')"));
        VisitTime time = new VisitTime(requiredNumber(o, PlanField.CLINIC_HOURS),
                requiredNumber(o, PlanField.TRAVEL_HOURS));
        JsonFields plan = o.object("plan");
        CostPlan costPlan;
        try {
            costPlan = read(plan);
        } catch (PlanFileException problem) {
            throw problem.prefixed("plan.");
        }
        return new PlanFile.Entry(name, new PlanSetup(costPlan, coverage, kind, time));
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
