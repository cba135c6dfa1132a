package org.ketamineguide.planner.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ketamineguide.planner.CostEstimate;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.Insurance;
import org.ketamineguide.planner.Money;
import org.ketamineguide.planner.MonthTotal;
import org.ketamineguide.planner.SessionCost;
import org.ketamineguide.planner.Treatment;
import org.ketamineguide.planner.WeekTotal;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.ui.Messages;

/**
 * Turns estimates into the words and tables the screen and the print-out share: totals, the
 * month-by-month table, the chart's text summary and a description of each plan. A plan's name is
 * "A" or "B". Immutable.
 */
public final class PlanReport {
    private static final String DASH = "\u2014";
    private final PlannerText text;
    private final Messages messages;

    public PlanReport(PlannerText text) {
        this.text = text;
        this.messages = text.messages();
    }

    /** A table with a header row, as the screen's grid and the print-out both draw it. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    /** Month label: "Month 1 (weeks 1–5)". */
    public String monthLabel(MonthTotal m) {
        return m.firstWeek() == m.lastWeek()
                ? messages.format("planner.months.labelOneWeek", m.month(), m.firstWeek())
                : messages.format("planner.months.label", m.month(), m.firstWeek(), m.lastWeek());
    }

    /** One plan's months: sessions, you pay, insurance pays (billed is the sum of the two). */
    public Table months(CostEstimate e) {
        List<List<String>> rows = new ArrayList<>();
        for (MonthTotal m : e.months()) {
            rows.add(List.of(monthLabel(m), Integer.toString(m.sessions()), Money.format(m.patient()),
                    Money.format(m.insurer())));
        }
        return new Table(List.of(messages.get("planner.months.month"), messages.get("planner.results.sessions"),
                messages.get("planner.results.youPay"), messages.get("planner.results.insurerPays")), rows);
    }

    /** Two plans' months side by side: what you pay in each, and the difference (B minus A). */
    public Table compareMonths(CostEstimate a, CostEstimate b) {
        List<MonthTotal> longer = a.months().size() >= b.months().size() ? a.months() : b.months();
        List<List<String>> rows = new ArrayList<>();
        for (MonthTotal m : longer) {
            BigDecimal pa = m.month() <= a.months().size() ? a.months().get(m.month() - 1).patient() : null;
            BigDecimal pb = m.month() <= b.months().size() ? b.months().get(m.month() - 1).patient() : null;
            rows.add(List.of(monthLabel(m),
                    pa == null ? DASH : Money.format(pa), pb == null ? DASH : Money.format(pb),
                    pa == null || pb == null ? DASH : Money.format(pb.subtract(pa))));
        }
        return new Table(List.of(messages.get("planner.months.month"), messages.get("planner.edit.a"),
                messages.get("planner.edit.b"), messages.get("planner.results.compare.difference")), rows);
    }

    /** Totals of two plans side by side, with the difference (B minus A). */
    public Table compareTotals(CostEstimate a, CostEstimate b) {
        List<List<String>> rows = List.of(
                List.of(messages.get("planner.results.sessions"), Integer.toString(a.sessions()),
                        Integer.toString(b.sessions()), signed(b.sessions() - a.sessions())),
                moneyRow("planner.results.billed", a.billedTotal(), b.billedTotal()),
                moneyRow("planner.results.youPay", a.patientTotal(), b.patientTotal()),
                moneyRow("planner.results.insurerPays", a.insurerTotal(), b.insurerTotal()));
        return new Table(List.of("", messages.get("planner.edit.a"), messages.get("planner.edit.b"),
                messages.get("planner.results.compare.difference")), rows);
    }

    private List<String> moneyRow(String key, BigDecimal a, BigDecimal b) {
        BigDecimal diff = b.subtract(a);
        return List.of(messages.get(key), Money.format(a), Money.format(b),
                (diff.signum() > 0 ? "+" : "") + Money.format(diff));
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }

    /** "Plan B costs you $2,000.00 less than plan A." */
    public String compareSentence(CostEstimate a, CostEstimate b) {
        int cmp = a.patientTotal().compareTo(b.patientTotal());
        if (cmp == 0) {
            return messages.get("planner.results.compare.same");
        }
        BigDecimal diff = a.patientTotal().subtract(b.patientTotal()).abs();
        return cmp > 0
                ? messages.format("planner.results.compare.cheaper", "B", Money.format(diff), "A")
                : messages.format("planner.results.compare.cheaper", "A", Money.format(diff), "B");
    }

    /** Every session: number, week, price, you pay, insurance pays. */
    public Table sessions(CostEstimate e) {
        List<List<String>> rows = new ArrayList<>();
        for (SessionCost s : e.perSession()) {
            rows.add(List.of(Integer.toString(s.number()), Integer.toString(s.week()), Money.format(s.price()),
                    Money.format(s.patientOwes()), Money.format(s.insurerPays())));
        }
        return new Table(List.of(messages.get("planner.sessions.number"), messages.get("planner.sessions.week"),
                messages.get("planner.sessions.price"), messages.get("planner.sessions.youPay"),
                messages.get("planner.sessions.insurerPays")), rows);
    }

    /** The chart in words: what a plan has cost by week 4, by halfway and by the end. */
    public String chartSummary(String name, CostEstimate e) {
        List<WeekTotal> weeks = e.weeks();
        int last = weeks.size();
        if (last < 8) {
            return messages.format("planner.chart.summaryShort", name, Money.format(e.patientTotal()), last);
        }
        int middle = (last + 1) / 2;
        return messages.format("planner.chart.summary", name, Money.format(weeks.get(3).cumulativePatient()),
                Money.format(weeks.get(middle - 1).cumulativePatient()), middle, Money.format(e.patientTotal()), last);
    }

    /** The plan in two or three plain sentences. */
    public List<String> describe(CostPlan plan) {
        List<String> out = new ArrayList<>();
        if (plan.treatment() == Treatment.IV_KETAMINE) {
            out.add(plan.maintenanceIntervalWeeks() == 0
                    ? messages.format("planner.describe.ivNoBoosters", plan.inductionSessions(), plan.inductionWeeks())
                    : messages.format("planner.describe.iv", plan.inductionSessions(), plan.inductionWeeks(),
                    plan.maintenanceIntervalWeeks()));
        } else {
            out.add(plan.maintenanceIntervalWeeks() == 1 ? messages.get("planner.describe.spravatoWeekly")
                    : messages.format("planner.describe.spravato", plan.maintenanceIntervalWeeks()));
        }
        out.add(messages.format("planner.describe.price", Money.format(plan.pricePerSession()),
                Money.format(plan.oneTimeFees()), Money.format(plan.extraPerSession()), plan.horizonWeeks()));
        Insurance ins = plan.insurance();
        if (!ins.covered()) {
            out.add(messages.get("planner.describe.selfPay"));
        } else {
            out.add(ins.copayPerSession() != null
                    ? messages.format("planner.describe.copay", Money.format(ins.copayPerSession()))
                    : messages.format("planner.describe.deductible", Money.format(ins.deductibleRemaining()),
                    ins.coinsurancePercent().stripTrailingZeros().toPlainString()));
            out.add(ins.outOfPocketRemaining() == null ? messages.get("planner.describe.noCap")
                    : messages.format("planner.describe.cap", Money.format(ins.outOfPocketRemaining())));
        }
        return out;
    }

    /** Totals as lines: "You pay: $11,150.00". */
    public List<String> totals(CostEstimate e) {
        return List.of(messages.get("planner.results.sessions") + ": " + e.sessions(),
                messages.get("planner.results.billed") + ": " + Money.format(e.billedTotal()),
                messages.get("planner.results.youPay") + ": " + Money.format(e.patientTotal()),
                messages.get("planner.results.insurerPays") + ": " + Money.format(e.insurerTotal()));
    }

    /**
     * The print-out of one plan or two. {@code b} is null for one plan.
     *
     * @param notes the note ids that apply, in order, without repeats
     */
    public PrintDocument document(PrintDocument.Builder doc, CostEstimate a, CostEstimate b, Set<String> notes) {
        doc.paragraph(messages.get("planner.print.estimate"));
        if (b != null) {
            doc.heading(messages.get("planner.results.compare.heading"));
            Table totals = compareTotals(a, b);
            doc.table(totals.header(), totals.rows());
            doc.paragraph(compareSentence(a, b));
            Table months = compareMonths(a, b);
            doc.subheading(messages.get("planner.months.heading"));
            doc.paragraph(messages.get("planner.months.compareCaption"));
            doc.table(months.header(), months.rows());
        }
        planSection(doc, "A", a);
        if (b != null) {
            planSection(doc, "B", b);
        }
        doc.heading(messages.get("planner.print.notes"));
        List<String> lines = new ArrayList<>();
        for (String id : new LinkedHashSet<>(notes)) {
            lines.add(text.note(id) + " " + text.noteSource(id));
        }
        doc.bullets(lines);
        return doc.build();
    }

    private void planSection(PrintDocument.Builder doc, String name, CostEstimate e) {
        doc.heading(messages.format("planner.edit.label", name, text.treatmentName(e.plan().treatment())));
        doc.subheading(messages.get("planner.print.inputs"));
        doc.bullets(describe(e.plan()));
        doc.subheading(messages.get("planner.print.totals"));
        doc.bullets(totals(e));
        doc.paragraph(chartSummary(name, e));
        Table months = months(e);
        doc.subheading(messages.get("planner.months.heading"));
        doc.table(months.header(), months.rows());
        Table sessions = sessions(e);
        doc.subheading(messages.get("planner.sessions.heading"));
        doc.table(sessions.header(), sessions.rows());
    }
}
