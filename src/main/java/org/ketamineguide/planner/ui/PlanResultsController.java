package org.ketamineguide.planner.ui;

import static org.ketamineguide.planner.ui.PlannerViews.fillTable;
import static org.ketamineguide.planner.ui.PlannerViews.label;
import static org.ketamineguide.planner.ui.PlannerViews.reveal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.planner.CostEstimate;
import org.ketamineguide.planner.Money;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.planner.WeekTotal;

/**
 * Shows what the plan, or the two compared plans, may cost: big totals, a chart of what the
 * person pays week by week (with a text summary), the month-by-month table and the notes. While a
 * field is bad it shows what to fix instead of any number. JavaFX thread only.
 */
public final class PlanResultsController {
    private final CostPlannerModel model;
    private final PlanReport report;
    private final PlannerText text;

    @FXML
    private VBox resultsRoot;
    @FXML
    private VBox fixBox;
    @FXML
    private VBox fixList;
    @FXML
    private VBox singleBox;
    @FXML
    private VBox compareBox;
    @FXML
    private Label youPayValue;
    @FXML
    private Label sessionsValue;
    @FXML
    private Label billedValue;
    @FXML
    private Label insurerValue;
    @FXML
    private Label overLabel;
    @FXML
    private GridPane compareGrid;
    @FXML
    private Label compareSentence;
    @FXML
    private LineChart<Number, Number> chart;
    @FXML
    private NumberAxis weekAxis;
    @FXML
    private Label legendNote;
    @FXML
    private VBox chartSummary;
    @FXML
    private Label monthHeading;
    @FXML
    private Label monthCaption;
    @FXML
    private GridPane monthGrid;
    @FXML
    private VBox notesBox;

    public PlanResultsController(CostPlannerModel model) {
        this.model = model;
        this.report = model.report();
        this.text = model.text();
    }

    @FXML
    private void initialize() {
        WhileShowing.listen(resultsRoot, o -> refresh(), model.planA().resultProperty(), model.planA().notesProperty(),
                model.planB().resultProperty(), model.planB().notesProperty(), model.comparingProperty());
        refresh();
    }

    private void refresh() {
        boolean comparing = model.isComparing();
        CostEstimate a = model.planA().estimate();
        CostEstimate b = comparing ? model.planB().estimate() : null;
        boolean ready = a != null && (!comparing || b != null);
        showFixes(comparing);
        reveal(fixBox, !ready);
        reveal(singleBox, ready && !comparing);
        reveal(compareBox, ready && comparing);
        List<String> summary = new ArrayList<>();
        chart.getData().clear();
        if (ready) {
            addSeries("A", a);
            summary.add(report.chartSummary("A", a));
            if (comparing) {
                addSeries("B", b);
                summary.add(report.chartSummary("B", b));
            }
            weekAxis.setUpperBound(Math.max(a.weeks().size(), b == null ? 0 : b.weeks().size()));
        } else {
            summary.add(text.messages().get("planner.chart.none"));
        }
        chart.setAccessibleText(String.join(" ", summary));
        chartSummary.getChildren().setAll(summary.stream().map(s -> label(s, "planner-chart-line")).toList());
        legendNote.setText(comparing ? text.messages().get("planner.chart.legend.a") + ". "
                + text.messages().get("planner.chart.legend.b") + "." : text.messages().get("planner.chart.legend.a"));
        reveal(legendNote, ready);
        reveal(chart, ready);
        reveal(monthHeading, ready);
        reveal(monthGrid, ready);
        reveal(monthCaption, ready && comparing);
        if (ready && comparing) {
            fillTable(compareGrid, report.compareTotals(a, b));
            compareSentence.setText(report.compareSentence(a, b));
            fillTable(monthGrid, report.compareMonths(a, b));
        } else if (ready) {
            youPayValue.setText(Money.format(a.patientTotal()));
            sessionsValue.setText(Integer.toString(a.sessions()));
            billedValue.setText(Money.format(a.billedTotal()));
            insurerValue.setText(Money.format(a.insurerTotal()));
            overLabel.setText(text.messages().format("planner.results.over", a.plan().horizonWeeks()));
            fillTable(monthGrid, report.months(a));
        } else {
            monthGrid.getChildren().clear();
        }
        showNotes(comparing);
    }

    private void showFixes(boolean comparing) {
        fixList.getChildren().clear();
        List<CostPlannerModel.Which> plans = comparing ? List.of(CostPlannerModel.Which.A, CostPlannerModel.Which.B)
                : List.of(CostPlannerModel.Which.A);
        for (CostPlannerModel.Which which : plans) {
            PlanModel p = model.plan(which);
            Map<PlanField, PlanProblem> problems = p.resultProperty().get().problems();
            if (problems.isEmpty()) {
                continue;
            }
            fixList.getChildren().add(label(comparing ? text.messages().format("planner.results.fixPlan", which.name())
                    : text.messages().get("planner.results.fix"), "planner-fix-heading"));
            problems.forEach((field, problem) -> fixList.getChildren().add(label("\u2022 " + text.messages().format(
                    "planner.results.fixItem", text.label(field, p.treatment()), text.problem(field, problem)),
                    "planner-fix-item")));
        }
    }

    private void addSeries(String name, CostEstimate e) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(text.messages().format("planner.chart.series", name, text.treatmentName(e.plan().treatment())));
        series.getData().add(new XYChart.Data<>(0, 0));
        for (WeekTotal w : e.weeks()) {
            series.getData().add(new XYChart.Data<>(w.week(), w.cumulativePatient()));
        }
        chart.getData().add(series);
        // A mark every 4 weeks keeps the dashes of plan B visible between the marks.
        for (XYChart.Data<Number, Number> point : series.getData()) {
            int week = point.getXValue().intValue();
            if (point.getNode() != null) {
                point.getNode().setVisible(week % 4 == 0 || week == e.weeks().size());
            }
        }
    }

    private void showNotes(boolean comparing) {
        Set<String> ids = new LinkedHashSet<>(model.planA().notesProperty().get());
        if (comparing) {
            ids.addAll(model.planB().notesProperty().get());
        }
        notesBox.getChildren().setAll(ids.stream().map(id -> {
            VBox card = new VBox(label(text.note(id), "planner-note-text"), label(text.noteSource(id), "planner-note-source"));
            card.getStyleClass().add("planner-note");
            card.setId("note-" + id);
            return (Node) card;
        }).toList());
    }
}
