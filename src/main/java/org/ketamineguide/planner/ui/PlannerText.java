package org.ketamineguide.planner.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ketamineguide.content.Source;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.InsuranceKind;
import org.ketamineguide.planner.PlanEstimate;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanFileException;
import org.ketamineguide.planner.PlanNotes;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.planner.TimeTotal;

/**
 * The planner's words for fields, problems, starting values, sources, coverage and the headline
 * sentence, built from the message bundle and the sourced defaults. Plain Java apart from its
 * package; immutable.
 */
public final class PlannerText {
    private static final Pattern IN_PLAN = Pattern.compile("plans\\[(\\d+)\\]\\.?(.*)");
    private final Messages messages;
    private final PlannerDefaults defaults;

    public PlannerText(Messages messages, PlannerDefaults defaults) {
        this.messages = messages;
        this.defaults = defaults;
    }

    public Messages messages() {
        return messages;
    }

    /** A field's label; the price label names an infusion or a session. */
    public String label(PlanField field, Treatment treatment) {
        return messages.get(fieldKey(field, treatment) + ".label");
    }

    /** What a field means, in plain words. */
    public String help(PlanField field, Treatment treatment) {
        return messages.get(fieldKey(field, treatment) + ".help");
    }

    /** The price's words name an infusion or a session, so its keys include the treatment. */
    private static String fieldKey(PlanField field, Treatment treatment) {
        String key = "planner.field." + field.key();
        return field == PlanField.PRICE_PER_SESSION ? key + "." + treatment.id() : key;
    }

    /** What is wrong with a field, with its range: "Use a number from $0 to $100,000." */
    public String problem(PlanField field, PlanProblem problem) {
        String key = "planner.problem." + problem.name().toLowerCase(Locale.ROOT);
        return messages.format(key, bound(field, field.min()), bound(field, field.max()));
    }

    /** A value in a field's own unit: "$1,500", "52", "20%", "2.5". */
    public String bound(PlanField field, BigDecimal value) {
        return switch (field.kind()) {
            case MONEY -> messages.moneyShort(value);
            case PERCENT -> value.stripTrailingZeros().toPlainString() + messages.get("planner.percent.unit");
            case WHOLE, HOURS -> value.stripTrailingZeros().toPlainString();
        };
    }

    /** "Starts at $600. <why>. Source: <publisher>, as of 2024." with a job or bought plan's insurance numbers. */
    public String defaultLine(Treatment treatment, PlanField field) {
        return defaultLine(treatment, InsuranceKind.COMMERCIAL, field);
    }

    /** The starting value of a field for a treatment and a kind of insurance, why, and its source. */
    public String defaultLine(Treatment treatment, InsuranceKind kind, PlanField field) {
        // The booster interval field is the IV one; SPRAVATO's interval is a separate choice.
        Treatment from = field == PlanField.MAINTENANCE_INTERVAL_WEEKS ? Treatment.IV_KETAMINE : treatment;
        PlannerDefaults.SourcedValue v = defaults.value(from, kind, field);
        if (v.value() == null) {
            return messages.format("planner.default.noLimit", v.basis(), v.source().publisher(),
                    asOf(v.asOf()));
        }
        String start = bound(field, v.value());
        if (v.source() == null) {
            return messages.format("planner.default.unsourced", start, v.basis());
        }
        return messages.format("planner.default.sourced", start, v.basis(), v.source().publisher(),
                asOf(v.asOf()));
    }

    /** The published price ranges beside the price field, one line each, with their sources. */
    public List<String> priceRanges(Treatment treatment) {
        return defaults.priceRanges(treatment).stream()
                .map(r -> messages.format(rangeKey(treatment, r.id()),
                        messages.moneyShort(r.low()), messages.moneyShort(r.high()))
                        + " " + messages.format("planner.range.source", r.source().publisher(),
                        asOf(r.asOf())))
                .toList();
    }

    private static String rangeKey(Treatment treatment, String rangeId) {
        return "planner.range." + treatment.id() + "." + rangeId;
    }

    /** A note's words. */
    public String note(String id) {
        String key = "planner.note." + id;
        return messages.get(key);
    }

    /** A note's source line: Source: publisher, "title". As of 2025. */
    public String noteSource(String id) {
        PlannerDefaults.SourcedNote n = defaults.note(id);
        return citation(n.source(), n.asOf());
    }

    public String citation(Source source, String asOf) {
        return messages.format("planner.note.source", source.publisher(), source.title(),
                asOf(asOf));
    }

    public String treatmentName(Treatment treatment) {
        String key = "planner.treatment." + treatment.id();
        return messages.get(key);
    }

    /** Under the price: what one session holds (SPRAVATO's medicine and watch, with the source); "" for IV. */
    public String priceParts(Treatment treatment) {
        return treatment == Treatment.IV_KETAMINE ? ""
                : note(PlanNotes.SPRAVATO_TWO_BILLS) + " " + noteSource(PlanNotes.SPRAVATO_TWO_BILLS);
    }

    /** Under the limit box when it is off; for a kind with no limit (Medicare, Medicaid), why and the source. */
    public String noCapNote(Treatment treatment, InsuranceKind kind) {
        String note = messages.get("planner.insurance.noCap");
        boolean noneByDefault = defaults.insurance(kind).values().get(PlanField.OUT_OF_POCKET_REMAINING).value() == null;
        return noneByDefault ? note + " " + defaultLine(treatment, kind, PlanField.OUT_OF_POCKET_REMAINING) : note;
    }

    /** What "not paid" means: with a plan that does not pay, or with no insurance at all. */
    public String selfPayNote(InsuranceKind kind) {
        return messages.get(kind == InsuranceKind.NONE ? "planner.insurance.noInsurance" : "planner.insurance.selfPay");
    }

    /** Why SPRAVATO's interval from week 9 starts where it does, with the source. */
    public String spravatoIntervalSource() {
        PlannerDefaults.SourcedValue interval = defaults.value(Treatment.SPRAVATO, PlanField.MAINTENANCE_INTERVAL_WEEKS);
        return interval.basis() + " " + citation(interval.source(), interval.asOf());
    }

    /** "You told us you have Medicare. We started from that." or "" without a known answer. */
    public String fromScreening(String answer) {
        if (answer == null) {
            return "";
        }
        String key = "planner.insurance.fromScreening." + answer;
        String line = messages.get(key);
        return line.equals(key) ? "" : line;
    }

    /** Why a treatment starts as paid or not, with the source. */
    public String coveredDefault(Treatment treatment) {
        PlannerDefaults.SourcedChoice start = defaults.covered(treatment);
        return start.basis() + " " + citation(start.source(), start.asOf());
    }

    /** "Does not pay" and the like: the coverage answer in a few words, for tables. */
    public String coverageShort(Coverage coverage) {
        String key = "planner.coverage.short." + coverage.id();
        return messages.get(key);
    }

    /** The kind of insurance in a few words: "Medicare". */
    public String kindName(InsuranceKind kind) {
        String key = "planner.kind." + kind.id();
        return messages.get(key);
    }

    /**
     * What to fix before any number shows: a heading ("Fix plan A" when two plans show, {@code plan}
     * null when one does), then one "• field: problem" line per bad field; empty when none is bad.
     */
    public List<String> fixLines(String plan, Map<PlanField, PlanProblem> problems, Treatment treatment) {
        if (problems.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(plan != null ? messages.format("planner.results.fixPlan", plan) : messages.get("planner.results.fix"));
        problems.forEach((field, problem) -> out.add("\u2022 " + messages.format("planner.results.fixItem",
                label(field, treatment), problem(field, problem))));
        return out;
    }

    /** An amount rounded to whole dollars, for sentences that say "about". */
    public String about(BigDecimal amount) {
        return messages.moneyShort(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** An "as of" date as people read it: "2024" or "March 2019". */
    String asOf(String asOf) {
        return asOf.length() == 4 ? asOf : messages.monthYear(YearMonth.parse(asOf));
    }

    /**
     * The headline: the total the person pays, with the coverage assumption in the same sentence.
     * "If your plan does not pay, you pay about $11,150 over 52 weeks."
     */
    public String headline(PlanEstimate e) {
        int weeks = e.ifNotCovered().plan().horizonWeeks();
        String notCovered = about(e.ifNotCovered().patientTotal());
        if (e.setup().insuranceKind() == InsuranceKind.NONE) {
            return messages.format("planner.headline.noInsurance", notCovered, weeks);
        }
        return switch (e.coverage()) {
            case YES -> messages.format("planner.headline.covered", about(e.ifCovered().patientTotal()), weeks);
            case NO -> messages.format("planner.headline.notCovered", notCovered, weeks);
            case UNSURE -> messages.format("planner.headline.unsure", about(e.ifCovered().patientTotal()), weeks,
                    notCovered);
        };
    }

    /** "21 visits. About 52.5 hours: 52.5 at the clinic and 0 on the road." */
    public String timeLine(TimeTotal t) {
        return messages.format("planner.time.line", t.visits(), hours(t.totalHours()), hours(t.clinicHours()),
                hours(t.travelHours()));
    }

    /** Hours as people say them: "52.5", "18". */
    public static String hours(BigDecimal hours) {
        BigDecimal h = hours.stripTrailingZeros();
        return (h.scale() < 0 ? h.setScale(0) : h).toPlainString();
    }

    /** Why a plan file was refused, in plain words that still name the field (and the plan, for two). */
    public String fileProblem(PlanFileException e) {
        String key = "planner.fileProblem." + e.problem().name().toLowerCase(Locale.ROOT);
        String why = messages.get(key);
        if (e.field().equals("file")) {
            return messages.format("planner.file.badWhole.text", why);
        }
        Matcher inPlan = IN_PLAN.matcher(e.field());
        if (inPlan.matches()) {
            String plan = inPlan.group(1).equals("0") ? "A" : "B";
            String rest = inPlan.group(2).startsWith("plan.") ? inPlan.group(2).substring(5) : inPlan.group(2);
            return messages.format("planner.file.badIn.text", plan, fieldName(rest.isEmpty() ? "plan" : rest),
                    e.field(), why);
        }
        return messages.format("planner.file.bad.text", fieldName(e.field()), e.field(), why);
    }

    private String fieldName(String path) {
        for (PlanField f : PlanField.values()) {
            if (f.path().equals(path)) {
                return label(f, Treatment.SPRAVATO);
            }
        }
        String key = "planner.fileField." + path;
        return messages.get(key);
    }
}
