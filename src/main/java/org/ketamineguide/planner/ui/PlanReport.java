package org.ketamineguide.planner.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.planner.CostEstimate;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.Insurance;
import org.ketamineguide.planner.InsuranceKind;
import org.ketamineguide.planner.MonthTotal;
import org.ketamineguide.planner.PlanEstimate;
import org.ketamineguide.planner.PlanSetup;
import org.ketamineguide.planner.SessionCost;
import org.ketamineguide.planner.TimeTotal;
import org.ketamineguide.planner.WeekTotal;
import org.ketamineguide.print.PrintDocument;

/**
 * Turns estimates into the words, tables and chart data the screen and the print-out share:
 * totals, the coverage table for "I don't know", the month-by-month table, the chart and its
 * summary in words, and a description of each plan. A plan's name is "A" or "B". Immutable.
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

    /**
     * One plan's months: sessions, you pay, insurance pays. With "I don't know", what you pay if
     * the plan pays and if it does not.
     */
    public Table months(PlanEstimate e) {
        List<List<String>> rows = new ArrayList<>();
        if (e.coverage() == Coverage.UNSURE) {
            List<MonthTotal> covered = e.ifCovered().months();
            for (MonthTotal m : e.ifNotCovered().months()) {
                rows.add(List.of(monthLabel(m), Integer.toString(m.sessions()),
                        messages.money(covered.get(m.month() - 1).patient()), messages.money(m.patient())));
            }
            return new Table(List.of(messages.get("planner.months.month"), messages.get("planner.results.sessions"),
                    messages.get("planner.coverage.ifPays"), messages.get("planner.coverage.ifNot")), rows);
        }
        for (MonthTotal m : e.main().months()) {
            rows.add(List.of(monthLabel(m), Integer.toString(m.sessions()), messages.money(m.patient()),
                    messages.money(m.insurer())));
        }
        return new Table(List.of(messages.get("planner.months.month"), messages.get("planner.results.sessions"),
                messages.get("planner.results.youPay"), messages.get("planner.results.insurerPays")), rows);
    }

    /** Two plans' months side by side: what you pay in each, and the difference (B minus A). */
    public Table compareMonths(PlanEstimate pa, PlanEstimate pb) {
        CostEstimate a = pa.main();
        CostEstimate b = pb.main();
        List<MonthTotal> longer = a.months().size() >= b.months().size() ? a.months() : b.months();
        List<List<String>> rows = new ArrayList<>();
        for (MonthTotal m : longer) {
            BigDecimal va = m.month() <= a.months().size() ? a.months().get(m.month() - 1).patient() : null;
            BigDecimal vb = m.month() <= b.months().size() ? b.months().get(m.month() - 1).patient() : null;
            rows.add(List.of(monthLabel(m),
                    va == null ? DASH : messages.money(va), vb == null ? DASH : messages.money(vb),
                    va == null || vb == null ? DASH : messages.money(vb.subtract(va))));
        }
        return new Table(List.of(messages.get("planner.months.month"), messages.get("planner.edit.a"),
                messages.get("planner.edit.b"), messages.get("planner.results.compare.difference")), rows);
    }

    /**
     * Totals of two plans side by side, with the difference (B minus A): whether each plan pays,
     * sessions, hours, and money. A plan marked "I don't know" counts as not paid in the money
     * rows, and gets an extra row for what you pay if it does pay.
     */
    public Table compareTotals(PlanEstimate pa, PlanEstimate pb) {
        CostEstimate a = pa.main();
        CostEstimate b = pb.main();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.get("planner.coverage.row"), coverageCell(pa), coverageCell(pb), ""));
        rows.add(List.of(messages.get("planner.results.sessions"), Integer.toString(a.sessions()),
                Integer.toString(b.sessions()), signed(b.sessions() - a.sessions())));
        if (pa.time() != null && pb.time() != null) {
            BigDecimal diff = pb.time().totalHours().subtract(pa.time().totalHours());
            rows.add(List.of(messages.get("planner.results.hours"), PlannerText.hours(pa.time().totalHours()),
                    PlannerText.hours(pb.time().totalHours()), (diff.signum() > 0 ? "+" : "") + PlannerText.hours(diff)));
        }
        rows.add(moneyRow("planner.results.billed", a.billedTotal(), b.billedTotal()));
        rows.add(moneyRow("planner.results.youPay", a.patientTotal(), b.patientTotal()));
        if (pa.coverage() == Coverage.UNSURE || pb.coverage() == Coverage.UNSURE) {
            BigDecimal ca = pa.ifCovered() == null ? null : pa.ifCovered().patientTotal();
            BigDecimal cb = pb.ifCovered() == null ? null : pb.ifCovered().patientTotal();
            rows.add(List.of(messages.get("planner.coverage.youPayIfPays"), ca == null ? DASH : messages.money(ca),
                    cb == null ? DASH : messages.money(cb), ca == null || cb == null ? DASH : signedMoney(cb.subtract(ca))));
        }
        rows.add(moneyRow("planner.results.insurerPays", a.insurerTotal(), b.insurerTotal()));
        return new Table(List.of("", messages.get("planner.edit.a"), messages.get("planner.edit.b"),
                messages.get("planner.results.compare.difference")), rows);
    }

    private String coverageCell(PlanEstimate e) {
        return e.setup().insuranceKind() == InsuranceKind.NONE
                ? messages.get("planner.coverage.short.none") : text.coverageShort(e.coverage());
    }

    private List<String> moneyRow(String key, BigDecimal a, BigDecimal b) {
        return List.of(messages.get(key), messages.money(a), messages.money(b), signedMoney(b.subtract(a)));
    }

    private String signedMoney(BigDecimal diff) {
        return (diff.signum() > 0 ? "+" : "") + messages.money(diff);
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }

    /** "Plan B costs you $2,000.00 less than plan A." (the amounts that stand for each plan). */
    public String compareSentence(PlanEstimate pa, PlanEstimate pb) {
        CostEstimate a = pa.main();
        CostEstimate b = pb.main();
        int cmp = a.patientTotal().compareTo(b.patientTotal());
        if (cmp == 0) {
            return messages.get("planner.results.compare.same");
        }
        BigDecimal diff = a.patientTotal().subtract(b.patientTotal()).abs();
        return cmp > 0
                ? messages.format("planner.results.compare.cheaper", "B", messages.money(diff), "A")
                : messages.format("planner.results.compare.cheaper", "A", messages.money(diff), "B");
    }

    /** "I don't know": the two estimates side by side, if the plan pays and if it does not. */
    public Table coverageTable(PlanEstimate e) {
        CostEstimate yes = e.ifCovered();
        CostEstimate no = e.ifNotCovered();
        List<List<String>> rows = List.of(
                List.of(messages.get("planner.results.youPay"), messages.money(yes.patientTotal()),
                        messages.money(no.patientTotal())),
                List.of(messages.get("planner.results.insurerPays"), messages.money(yes.insurerTotal()),
                        messages.money(no.insurerTotal())),
                List.of(messages.get("planner.results.billed"), messages.money(yes.billedTotal()),
                        messages.money(no.billedTotal())));
        return new Table(List.of("", messages.get("planner.coverage.ifPays"), messages.get("planner.coverage.ifNot")),
                rows);
    }

    /** Every session: number, week, price, you pay, insurance pays. */
    public Table sessions(CostEstimate e) {
        List<List<String>> rows = new ArrayList<>();
        for (SessionCost s : e.perSession()) {
            rows.add(List.of(Integer.toString(s.number()), Integer.toString(s.week()), messages.money(s.price()),
                    messages.money(s.patientOwes()), messages.money(s.insurerPays())));
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
            return messages.format("planner.chart.summaryShort", name, messages.money(e.patientTotal()), last);
        }
        int middle = (last + 1) / 2;
        return messages.format("planner.chart.summary", name, messages.money(weeks.get(3).cumulativePatient()),
                messages.money(weeks.get(middle - 1).cumulativePatient()), middle, messages.money(e.patientTotal()), last);
    }

    /**
     * The two lines of "I don't know" in words: "If your plan pays: you pay $2,396.16 by week 4, ..."
     * and the same if it does not pay.
     */
    public List<String> unsureSummary(PlanEstimate e) {
        return List.of(caseSummary(messages.get("planner.coverage.ifPays"), e.ifCovered()),
                caseSummary(messages.get("planner.coverage.ifNot"), e.ifNotCovered()));
    }

    private String caseSummary(String label, CostEstimate e) {
        List<WeekTotal> weeks = e.weeks();
        int last = weeks.size();
        if (last < 8) {
            return messages.format("planner.chart.caseShort", label, messages.money(e.patientTotal()), last);
        }
        int middle = (last + 1) / 2;
        return messages.format("planner.chart.case", label, messages.money(weeks.get(3).cumulativePatient()),
                messages.money(weeks.get(middle - 1).cumulativePatient()), middle, messages.money(e.patientTotal()), last);
    }

    /** One chart line: what the person has paid by the end of each week, from week 0. */
    public static PrintDocument.Series series(String name, CostEstimate e) {
        List<PrintDocument.Point> points = new ArrayList<>();
        points.add(new PrintDocument.Point(0, 0));
        for (WeekTotal w : e.weeks()) {
            points.add(new PrintDocument.Point(w.week(), w.cumulativePatient().doubleValue()));
        }
        return new PrintDocument.Series(name, points);
    }

    /**
     * The chart's lines: for two plans, each plan's line (named "Plan A: IV ketamine"); for one
     * plan with "I don't know", the line if the plan pays and the line if it does not.
     */
    public List<PrintDocument.Series> chartSeries(PlanEstimate a, PlanEstimate b) {
        if (b != null) {
            return List.of(series(seriesName("A", a), a.main()), series(seriesName("B", b), b.main()));
        }
        if (a.coverage() == Coverage.UNSURE) {
            return List.of(series(messages.get("planner.coverage.ifPays"), a.ifCovered()),
                    series(messages.get("planner.coverage.ifNot"), a.ifNotCovered()));
        }
        return List.of(series(seriesName("A", a), a.main()));
    }

    private String seriesName(String name, PlanEstimate e) {
        return messages.format("planner.chart.series", name, text.treatmentName(e.setup().plan().treatment()));
    }

    /** The plan in a few plain sentences: schedule, prices, insurance, coverage and time. */
    public List<String> describe(PlanSetup setup) {
        CostPlan plan = setup.plan();
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
        out.add(messages.format("planner.describe.price", messages.money(plan.pricePerSession()),
                messages.money(plan.oneTimeFees()), messages.money(plan.extraPerSession()), plan.horizonWeeks()));
        if (setup.insuranceKind() != null) {
            out.add(messages.format("planner.describe.kind", text.kindName(setup.insuranceKind())));
        }
        Insurance ins = plan.insurance();
        if (!ins.covered()) {
            out.add(messages.get(setup.insuranceKind() == null || setup.insuranceKind() == InsuranceKind.NONE
                    ? "planner.describe.selfPay" : "planner.describe.notPaid"));
        } else {
            if (setup.coverage() == Coverage.UNSURE) {
                out.add(messages.get("planner.describe.unsure"));
            }
            out.add(ins.copayPerSession() != null
                    ? messages.format("planner.describe.copay", messages.money(ins.copayPerSession()))
                    : messages.format("planner.describe.deductible", messages.money(ins.deductibleRemaining()),
                    ins.coinsurancePercent().stripTrailingZeros().toPlainString()));
            out.add(ins.outOfPocketRemaining() == null ? messages.get("planner.describe.noCap")
                    : messages.format("planner.describe.cap", messages.money(ins.outOfPocketRemaining())));
        }
        if (setup.time() != null) {
            out.add(messages.format("planner.describe.time", PlannerText.hours(setup.time().clinicHours()),
                    PlannerText.hours(setup.time().travelHours())));
        }
        return out;
    }

    /** Totals as lines: "You pay: $11,150.00"; with "I don't know", both amounts. */
    public List<String> totals(PlanEstimate e) {
        CostEstimate m = e.main();
        List<String> out = new ArrayList<>();
        out.add(messages.get("planner.results.sessions") + ": " + m.sessions());
        TimeTotal t = e.time();
        if (t != null) {
            out.add(messages.get("planner.results.hours") + ": " + PlannerText.hours(t.totalHours()));
        }
        out.add(messages.get("planner.results.billed") + ": " + messages.money(m.billedTotal()));
        if (e.coverage() == Coverage.UNSURE) {
            out.add(messages.get("planner.coverage.youPayIfPays") + ": " + messages.money(e.ifCovered().patientTotal()));
            out.add(messages.get("planner.coverage.youPayIfNot") + ": " + messages.money(e.ifNotCovered().patientTotal()));
        } else {
            out.add(messages.get("planner.results.youPay") + ": " + messages.money(m.patientTotal()));
            out.add(messages.get("planner.results.insurerPays") + ": " + messages.money(m.insurerTotal()));
        }
        return out;
    }

    /**
     * The print-out of one plan or two. {@code b} is null for one plan. The per-session lists come
     * last, as an appendix; the body has the totals, the chart and the month table.
     *
     * @param notes the note ids that apply, in order, without repeats
     */
    public PrintDocument document(PrintDocument.Builder doc, PlanEstimate a, PlanEstimate b, Set<String> notes) {
        doc.paragraph(messages.get("planner.print.estimate"));
        if (b != null) {
            doc.heading(messages.get("planner.results.compare.heading"));
            doc.paragraph(messages.format("planner.print.headline", "A", text.headline(a)));
            doc.paragraph(messages.format("planner.print.headline", "B", text.headline(b)));
            Table totals = compareTotals(a, b);
            doc.table(totals.header(), totals.rows());
            doc.paragraph(compareSentence(a, b));
            chart(doc, a, b);
            doc.paragraph(chartSummary("A", a.main()) + " " + chartSummary("B", b.main()));
            Table months = compareMonths(a, b);
            doc.subheading(messages.get("planner.months.heading"));
            doc.paragraph(messages.get("planner.months.compareCaption"));
            doc.table(months.header(), months.rows());
        }
        planSection(doc, "A", a, b == null);
        if (b != null) {
            planSection(doc, "B", b, false);
        }
        doc.heading(messages.get("planner.print.notes"));
        List<String> lines = new ArrayList<>();
        for (String id : new LinkedHashSet<>(notes)) {
            lines.add(text.note(id) + " " + text.noteSource(id));
        }
        doc.bullets(lines);
        doc.heading(messages.get("planner.print.appendix"));
        appendix(doc, "A", a);
        if (b != null) {
            appendix(doc, "B", b);
        }
        return doc.build();
    }

    private void chart(PrintDocument.Builder doc, PlanEstimate a, PlanEstimate b) {
        doc.chart(messages.get("planner.chart.heading"), messages.get("planner.chart.week"),
                messages.get("planner.chart.dollars"), chartSeries(a, b));
    }

    private void planSection(PrintDocument.Builder doc, String name, PlanEstimate e, boolean alone) {
        doc.heading(messages.format("planner.edit.label", name, text.treatmentName(e.setup().plan().treatment())));
        doc.paragraph(text.headline(e));
        if (e.coverage() == Coverage.UNSURE) {
            Table both = coverageTable(e);
            doc.table(both.header(), both.rows());
        }
        if (alone) {
            chart(doc, e, null);
        }
        doc.paragraph(e.coverage() == Coverage.UNSURE ? String.join(" ", unsureSummary(e))
                : chartSummary(name, e.main()));
        doc.subheading(messages.get("planner.print.inputs"));
        doc.bullets(describe(e.setup()));
        doc.subheading(messages.get("planner.print.totals"));
        doc.bullets(totals(e));
        Table months = months(e);
        doc.subheading(messages.get("planner.months.heading"));
        doc.table(months.header(), months.rows());
    }

    private void appendix(PrintDocument.Builder doc, String name, PlanEstimate e) {
        boolean unsure = e.coverage() == Coverage.UNSURE;
        doc.subheading(messages.format(unsure ? "planner.sessions.headingIfPays" : "planner.sessions.heading", name,
                text.treatmentName(e.setup().plan().treatment())));
        Table sessions = sessions(unsure ? e.ifCovered() : e.main());
        doc.table(sessions.header(), sessions.rows());
    }
}
