package org.ketamineguide.planner.ui;

import java.math.BigDecimal;
import java.util.Locale;
import org.ketamineguide.content.Source;
import org.ketamineguide.planner.Money;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanFileException;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.planner.Treatment;
import org.ketamineguide.ui.Messages;

/**
 * The planner's words for fields, problems, starting values and sources, built from the message
 * bundle and the sourced defaults. Plain Java apart from its package; immutable.
 */
public final class PlannerText {
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

    /** A value in a field's own unit: "$1,500", "52", "20%". */
    public String bound(PlanField field, BigDecimal value) {
        return switch (field.kind()) {
            case MONEY -> Money.formatShort(value);
            case PERCENT -> value.stripTrailingZeros().toPlainString() + messages.get("planner.percent.unit");
            case WHOLE -> value.toPlainString();
        };
    }

    /** "Starts at $600. <why>. Source: <publisher>, as of 2024." */
    public String defaultLine(Treatment treatment, PlanField field) {
        // The booster interval field is the IV one; SPRAVATO's interval is a separate choice.
        Treatment from = field == PlanField.MAINTENANCE_INTERVAL_WEEKS ? Treatment.IV_KETAMINE : treatment;
        PlannerDefaults.SourcedValue v = defaults.value(from, field);
        String start = bound(field, v.value());
        if (v.source() == null) {
            return messages.format("planner.default.unsourced", start, v.basis());
        }
        return messages.format("planner.default.sourced", start, v.basis(), v.source().publisher(),
                PlannerDefaults.describeAsOf(v.asOf()));
    }

    /** The published price ranges beside the price field, one line each, with their sources. */
    public java.util.List<String> priceRanges(Treatment treatment) {
        return defaults.priceRanges(treatment).stream()
                .map(r -> messages.format(rangeKey(treatment, r.id()),
                        Money.formatShort(r.low()), Money.formatShort(r.high()))
                        + " " + messages.format("planner.range.source", r.source().publisher(),
                        PlannerDefaults.describeAsOf(r.asOf())))
                .toList();
    }

    /** A note's words. */
    private static String rangeKey(Treatment treatment, String rangeId) {
        return "planner.range." + treatment.id() + "." + rangeId;
    }

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
                PlannerDefaults.describeAsOf(asOf));
    }

    public String treatmentName(Treatment treatment) {
        String key = "planner.treatment." + treatment.id();
        return messages.get(key);
    }

    /** Why a plan file was refused, in plain words that still name the field. */
    public String fileProblem(PlanFileException e) {
        String key = "planner.fileProblem." + e.problem().name().toLowerCase(Locale.ROOT);
        String why = messages.get(key);
        if (e.field().equals("file")) {
            return messages.format("planner.file.badWhole.text", why);
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
