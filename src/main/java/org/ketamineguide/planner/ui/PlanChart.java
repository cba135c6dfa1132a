package org.ketamineguide.planner.ui;

import static org.ketamineguide.planner.ui.PlannerViews.label;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.PlanEstimate;
import org.ketamineguide.print.PrintDocument;

/**
 * The results' chart of what the person pays week by week, drawn from the same lines as the
 * print-out's chart ({@link PlanReport#chartSeries}), with its legend in words and its meaning in
 * sentences (also the chart's accessible text). JavaFX thread only.
 */
final class PlanChart {
    private final LineChart<Number, Number> chart;
    private final NumberAxis weekAxis;
    private final Label legendNote;
    private final VBox summaryBox;
    private final PlanReport report;
    private final PlannerText text;

    PlanChart(LineChart<Number, Number> chart, NumberAxis weekAxis, Label legendNote, VBox summaryBox,
              PlanReport report, PlannerText text) {
        this.chart = chart;
        this.weekAxis = weekAxis;
        this.legendNote = legendNote;
        this.summaryBox = summaryBox;
        this.report = report;
        this.text = text;
    }

    /**
     * Draws plan {@code a} (and {@code b} when comparing); with {@code a} null, says why there is no
     * chart (the chart and its legend are then hidden by the results view's bindings).
     */
    void show(PlanEstimate a, PlanEstimate b) {
        List<String> summary = new ArrayList<>();
        chart.getData().clear();
        if (a != null) {
            List<PrintDocument.Series> lines = report.chartSeries(a, b);
            lines.forEach(this::addSeries);
            if (b != null) {
                summary.add(report.chartSummary("A", a.main()));
                summary.add(report.chartSummary("B", b.main()));
            } else if (a.coverage() == Coverage.UNSURE) {
                summary.addAll(report.unsureSummary(a));
            } else {
                summary.add(report.chartSummary("A", a.main()));
            }
            weekAxis.setUpperBound(Math.max(a.main().weeks().size(), b == null ? 0 : b.main().weeks().size()));
            legendNote.setText(lines.size() == 2 ? text.messages().format("planner.chart.legend.two",
                    lines.get(0).name(), lines.get(1).name()) : text.messages().get("planner.chart.legend.a"));
        } else {
            summary.add(text.messages().get("planner.chart.none"));
        }
        chart.setAccessibleText(String.join(" ", summary));
        summaryBox.getChildren().setAll(summary.stream().map(s -> label(s, "planner-chart-line")).toList());
    }

    private void addSeries(PrintDocument.Series line) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(line.name());
        for (PrintDocument.Point p : line.points()) {
            series.getData().add(new XYChart.Data<>(p.x(), p.y()));
        }
        chart.getData().add(series);
        // A mark every 4 weeks keeps the dashes of the second line visible between the marks.
        int last = line.points().size() - 1;
        for (XYChart.Data<Number, Number> point : series.getData()) {
            int week = point.getXValue().intValue();
            if (point.getNode() != null) {
                point.getNode().setVisible(week % 4 == 0 || week == last);
            }
        }
    }
}
