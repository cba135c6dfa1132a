package org.ketamineguide.topics.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.ComparisonTable;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.topics.SourceList;
import org.ketamineguide.ui.Shown;

/**
 * The side-by-side comparison: a grid with one equal-width column per option where there is
 * room, and one card per row when the window is narrow or the text is large. Every cell shows its
 * source numbers; the numbered sources follow the table. JavaFX thread only.
 */
public final class ComparisonController {
    /** Below this many text-heights of width per column, the grid becomes cards. */
    private static final double MIN_EMS_PER_COLUMN = 9;
    private static final double LABEL_COLUMN_PERCENT = 15;

    private final TopicBrowserModel model;
    private final Messages messages;

    @FXML
    private Label comparisonTitle;
    @FXML
    private Label comparisonIntro;
    @FXML
    private Button exportComparisonButton;
    @FXML
    private StackPane tableHolder;
    @FXML
    private VBox comparisonSources;
    @FXML
    private Label comparisonReviewed;

    private GridPane grid;
    private VBox cards;

    public ComparisonController(TopicBrowserModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        ComparisonTable table = model.comparison();
        SourceList sources = model.comparisonSources();
        comparisonTitle.setText(table.title());
        comparisonIntro.setText(table.intro());
        Shown.set(exportComparisonButton, model.canSave());
        grid = grid(table, sources);
        cards = cards(table, sources);
        sources.citations().forEach(c -> comparisonSources.getChildren().add(TopicPageView.label(c, "source-line", null)));
        comparisonReviewed.setText(messages.format("topics.page.reviewed",
                messages.date(table.lastReviewed())));
        tableHolder.widthProperty().addListener((obs, old, width) -> chooseLayout());
        comparisonIntro.fontProperty().addListener((obs, old, font) -> chooseLayout());
        tableHolder.getChildren().setAll(grid);
    }

    /** Uses the grid when every column gets enough room for its text, else the cards. */
    private void chooseLayout() {
        double width = tableHolder.getWidth();
        double em = comparisonIntro.getFont().getSize();
        int columns = model.comparison().options().size() + 1;
        Node wanted = width / em >= columns * MIN_EMS_PER_COLUMN ? grid : cards;
        if (tableHolder.getChildren().isEmpty() || tableHolder.getChildren().get(0) != wanted) {
            tableHolder.getChildren().setAll(wanted);
        }
    }

    private GridPane grid(ComparisonTable table, SourceList sources) {
        GridPane g = new GridPane();
        g.getStyleClass().add("topics-compare-grid");
        g.setId("comparisonGrid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(LABEL_COLUMN_PERCENT);
        g.getColumnConstraints().add(labels);
        for (int i = 0; i < table.options().size(); i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth((100 - LABEL_COLUMN_PERCENT) / table.options().size());
            c.setHgrow(Priority.ALWAYS);
            g.getColumnConstraints().add(c);
        }
        g.add(cell(List.of(), "topics-compare-corner"), 0, 0);
        for (int i = 0; i < table.options().size(); i++) {
            g.add(cell(List.of(TopicPageView.label(table.options().get(i).title(), "topics-compare-option", null)),
                    "topics-compare-head"), i + 1, 0);
        }
        int r = 1;
        for (ComparisonTable.Row row : table.rows()) {
            g.add(cell(List.of(TopicPageView.label(row.label(), "topics-compare-label", null)),
                    "topics-compare-row-label"), 0, r);
            for (int i = 0; i < table.options().size(); i++) {
                ComparisonTable.Cell c = row.cell(table.options().get(i).id()).orElseThrow();
                g.add(cell(cellText(c, sources), "topics-compare-cell"), i + 1, r);
            }
            r++;
        }
        return g;
    }

    private VBox cards(ComparisonTable table, SourceList sources) {
        VBox list = new VBox();
        list.getStyleClass().add("topics-compare-cards");
        list.setId("comparisonCards");
        for (ComparisonTable.Row row : table.rows()) {
            VBox card = new VBox(TopicPageView.label(row.label(), "topics-compare-card-title", null));
            card.getStyleClass().add("topics-compare-card");
            for (ComparisonTable.Option option : table.options()) {
                ComparisonTable.Cell c = row.cell(option.id()).orElseThrow();
                List<Node> parts = new ArrayList<>();
                parts.add(TopicPageView.label(option.title(), "topics-compare-option", null));
                parts.addAll(cellText(c, sources));
                card.getChildren().add(cell(parts, "topics-compare-card-cell"));
            }
            list.getChildren().add(card);
        }
        return list;
    }

    private List<Node> cellText(ComparisonTable.Cell c, SourceList sources) {
        return List.of(TopicPageView.label(c.text(), "topics-compare-text", null),
                TopicPageView.label(messages.format(c.sources().size() == 1 ? "topics.page.sectionSource"
                        : "topics.page.sectionSources", sources.numbers(c.sources())), "topics-section-sources", null));
    }

    private static VBox cell(List<Node> children, String styleClass) {
        VBox box = new VBox();
        box.getChildren().addAll(children);
        box.getStyleClass().add(styleClass);
        box.setMaxHeight(Double.MAX_VALUE);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    @FXML
    private void print() {
        model.printComparison();
    }

    @FXML
    private void exportPdf() {
        model.exportComparison();
    }

    @FXML
    private void openDecision() {
        model.openDecision();
    }
}
