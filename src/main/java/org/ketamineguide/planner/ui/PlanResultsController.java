package org.ketamineguide.planner.ui;

import static org.ketamineguide.planner.ui.PlannerViews.fillTable;
import static org.ketamineguide.planner.ui.PlannerViews.label;
import static org.ketamineguide.planner.ui.PlannerViews.reveal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.planner.CostEstimate;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.PlanEstimate;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanNotes;
import org.ketamineguide.planner.PlanProblem;

/**
 * Shows what the plan, or the two compared plans, may cost: a headline that says what it assumes
 * about coverage, both estimates side by side for "I don't know", big totals with the hours and
 * visits, the chart (see {@link PlanChart}), the month table and the notes. While a field is bad it shows what to fix instead of any number. Refreshes once
 * per change of either plan. JavaFX thread only.
 */
public final class PlanResultsController {
    private final CostPlannerModel model;
    private final PlanReport report;
    private final PlannerText text;
    private PlanChart costChart;

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
    private VBox sessionsTile;
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
        costChart = new PlanChart(chart, weekAxis, legendNote, chartSummary, report, text);
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
        costChart.show(ready ? a : null, b);
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
        // Alone in its row, the sessions tile takes the whole width.
        GridPane.setColumnIndex(sessionsTile, unsure ? 0 : 1);
        GridPane.setColumnSpan(sessionsTile, unsure ? 2 : 1);
        if (unsure) {
            fillTable(coverageGrid, report.coverageTable(a));
            askInsurer.setText(text.note(PlanNotes.ASK_INSURER));
            askInsurerSource.setText(text.noteSource(PlanNotes.ASK_INSURER));
        }
        youPayValue.setText(text.messages().money(m.patientTotal()));
        sessionsValue.setText(Integer.toString(m.sessions()));
        billedValue.setText(text.messages().money(m.billedTotal()));
        insurerValue.setText(text.messages().money(m.insurerTotal()));
        hoursValue.setText(a.time() == null ? "" : PlannerText.hours(a.time().totalHours()));
        timeLine.setText(a.time() == null ? "" : text.timeLine(a.time()));
        overLabel.setText(text.messages().format("planner.results.over", m.plan().horizonWeeks()));
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
