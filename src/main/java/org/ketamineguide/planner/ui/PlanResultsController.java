package org.ketamineguide.planner.ui;

import static org.ketamineguide.planner.ui.PlannerViews.fillTable;
import static org.ketamineguide.planner.ui.PlannerViews.label;

import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.planner.CostEstimate;
import org.ketamineguide.planner.PlanEstimate;
import org.ketamineguide.planner.PlanNotes;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * Shows what the plan, or the two compared plans, may cost: a headline that says what it assumes
 * about coverage, both estimates side by side for "I don't know", big totals with the hours and
 * visits, the chart (see {@link PlanChart}), the month table and the notes. While a field is bad it
 * shows what to fix instead of any number; what shows is bound to the model. Refreshes once per
 * change of either plan. JavaFX thread only.
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
        BooleanExpression comparing = model.comparingProperty();
        Shown.when(fixBox, model.ready().not());
        Shown.when(singleBox, model.ready().and(comparing.not()));
        Shown.when(compareBox, model.ready().and(comparing));
        Shown.when(monthHeading, model.ready());
        Shown.when(chart, model.ready());
        Shown.when(legendNote, model.ready());
        Shown.when(monthGrid, model.ready());
        Shown.when(monthCaption, model.ready().and(comparing));
        Shown.when(unsureBox, model.unsureShown());
        for (Node tile : List.of(youPayTile, billedTile, insurerTile)) {
            Shown.when(tile, model.unsureShown().not());
        }
        refresh();
        new ViewScope(resultsRoot).follow(this::refresh, model.planA().outcomeProperty(),
                model.planB().outcomeProperty(), model.comparingProperty());
    }

    private void refresh() {
        boolean comparing = model.isComparing();
        PlanEstimate a = model.planA().planEstimate();
        PlanEstimate b = comparing ? model.planB().planEstimate() : null;
        boolean ready = model.ready().get();
        showFixes(comparing);
        costChart.show(ready ? a : null, b);
        boolean unsure = model.unsureShown().get();
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
        showNotes();
    }

    private void showSingle(PlanEstimate a, boolean unsure) {
        CostEstimate m = a.main();
        headline.setText(text.headline(a));
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
        for (CostPlannerModel.Which which : comparing ? CostPlannerModel.Which.values()
                : new CostPlannerModel.Which[] {CostPlannerModel.Which.A}) {
            PlanModel p = model.plan(which);
            List<String> lines = text.fixLines(comparing ? which.name() : null, p.resultProperty().get().problems(),
                    p.treatment());
            for (int i = 0; i < lines.size(); i++) {
                fixList.getChildren().add(label(lines.get(i), i == 0 ? "planner-fix-heading" : "planner-fix-item"));
            }
        }
    }

    private void showNotes() {
        notesBox.getChildren().setAll(model.notesShown().stream().map(id -> {
            VBox card = new VBox(label(text.note(id), "planner-note-text"), label(text.noteSource(id), "planner-note-source"));
            card.getStyleClass().add("planner-note");
            card.setId("note-" + id);
            return (Node) card;
        }).toList());
    }
}
