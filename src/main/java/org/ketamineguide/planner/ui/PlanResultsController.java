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
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.CostEstimate;
import org.ketamineguide.planner.Money;
import org.ketamineguide.planner.PlanEstimate;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanNotes;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.print.PrintDocument;

/**
 * Shows what the plan, or the two compared plans, may cost: a headline that says what it assumes
 * about coverage, both estimates side by side for "I don't know", big totals with the hours and
 * visits, a chart of what the person pays week by week (with a text summary), the month table
 * and the notes. While a field is bad it shows what to fix instead of any number. Refreshes once
 * per change of either plan. JavaFX thread only.
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
    private Label headline;
    @FXML
    private VBox unsureBox;
    @FXML
    private GridPane coverageGrid;
    @FXML
    private Label askInsurer;
    @FXML
    private Label askInsurerSource;
    @FXML
    private VBox youPayTile;
    @FXML
    private VBox billedTile;
    @FXML
    private VBox insurerTile;
    @FXML
    private Label youPayValue;
    @FXML
    private Label sessionsValue;
    @FXML
    private Label billedValue;
    @FXML
    private Label insurerValue;
    @FXML
    private Label hoursValue;
    @FXML
    private Label timeLine;
    @FXML
    private Label overLabel;
    @FXML
    private VBox compareHeadlines;
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
        WhileShowing.listen(resultsRoot, o -> refresh(), model.planA().outcomeProperty(),
                model.planB().outcomeProperty(), model.comparingProperty());
        refresh();
    }

    private void refresh() {
        boolean comparing = model.isComparing();
        PlanEstimate a = model.planA().planEstimate();
        PlanEstimate b = comparing ? model.planB().planEstimate() : null;
        boolean ready = a != null && (!comparing || b != null);
        showFixes(comparing);
        reveal(fixBox, !ready);
        reveal(singleBox, ready && !comparing);
        reveal(compareBox, ready && comparing);
        showChart(ready ? a : null, b);
        reveal(monthHeading, ready);
        reveal(monthGrid, ready);
        reveal(monthCaption, ready && comparing);
        boolean unsure = ready && !comparing && a.coverage() == Coverage.UNSURE;
        reveal(unsureBox, unsure);
        if (ready && comparing) {
            compareHeadlines.getChildren().setAll(
                    label(text.messages().format("planner.print.headline", "A", text.headline(a)), "planner-headline-small"),
                    label(text.messages().format("planner.print.headline", "B", text.headline(b)), "planner-headline-small"));
            fillTable(compareGrid, report.compareTotals(a, b));
            compareSentence.setText(report.compareSentence(a, b));
            fillTable(monthGrid, report.compareMonths(a, b));
        } else if (ready) {
            showSingle(a, unsure);
            fillTable(monthGrid, report.months(a));
        } else {
            monthGrid.getChildren().clear();
        }
        showNotes(comparing, unsure);
    }

    private void showSingle(PlanEstimate a, boolean unsure) {
        CostEstimate m = a.main();
        headline.setText(text.headline(a));
        for (Node tile : List.of(youPayTile, billedTile, insurerTile)) {
            reveal(tile, !unsure);
        }
        if (unsure) {
            fillTable(coverageGrid, report.coverageTable(a));
            askInsurer.setText(text.note(PlanNotes.ASK_INSURER));
            askInsurerSource.setText(text.noteSource(PlanNotes.ASK_INSURER));
        }
        youPayValue.setText(Money.format(m.patientTotal()));
        sessionsValue.setText(Integer.toString(m.sessions()));
        billedValue.setText(Money.format(m.billedTotal()));
        insurerValue.setText(Money.format(m.insurerTotal()));
        hoursValue.setText(a.time() == null ? "" : PlannerText.hours(a.time().totalHours()));
        timeLine.setText(a.time() == null ? "" : text.timeLine(a.time()));
        overLabel.setText(text.messages().format("planner.results.over", m.plan().horizonWeeks()));
    }

    private void showChart(PlanEstimate a, PlanEstimate b) {
        List<String> summary = new ArrayList<>();
        chart.getData().clear();
        if (a != null) {
            List<PrintDocument.Series> lines = report.chartSeries(a, b);
            lines.forEach(this::addSeries);
            if (b != null) {
                summary.add(report.chartSummary("A", a.main()));
                summary.add(report.chartSummary("B", b.main()));
            } else if (a.coverage() == Coverage.UNSURE) {
                summary.add(lines.get(0).name() + ": " + report.chartSummary("A", a.ifCovered()));
                summary.add(lines.get(1).name() + ": " + report.chartSummary("A", a.ifNotCovered()));
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
        chartSummary.getChildren().setAll(summary.stream().map(s -> label(s, "planner-chart-line")).toList());
        reveal(legendNote, a != null);
        reveal(chart, a != null);
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

    private void showNotes(boolean comparing, boolean unsureShown) {
        Set<String> ids = new LinkedHashSet<>(model.planA().notesProperty().get());
        if (comparing) {
            ids.addAll(model.planB().notesProperty().get());
        }
        if (unsureShown) {
            ids.remove(PlanNotes.ASK_INSURER); // already beside the two estimates
        }
        notesBox.getChildren().setAll(ids.stream().map(id -> {
            VBox card = new VBox(label(text.note(id), "planner-note-text"), label(text.noteSource(id), "planner-note-source"));
            card.getStyleClass().add("planner-note");
            card.setId("note-" + id);
            return (Node) card;
        }).toList());
    }
}
