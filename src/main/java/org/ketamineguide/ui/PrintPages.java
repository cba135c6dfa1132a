package org.ketamineguide.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.ketamineguide.print.PrintDocument;

/** Lays a {@link PrintDocument} out as printer pages. JavaFX thread only. */
final class PrintPages {
    private PrintPages() {
    }
    /**
     * Lays the document out as printer pages of the given size. Each page ends with the document's
     * page line ("Page 2 of 3"); a heading always shares its page with what follows it; table rows
     * and bullet items are separate lines so long tables can run over pages.
     */
    static List<Node> paginate(PrintDocument doc, double width, double height) {
        List<Node> nodes = new ArrayList<>();
        List<Boolean> headings = new ArrayList<>();
        add(nodes, headings, text(doc.title(), 18, true), false);
        add(nodes, headings, text(doc.subtitle(), 10, false), false);
        for (PrintDocument.Block block : doc.blocks()) {
            boolean heading = block instanceof PrintDocument.Heading;
            for (Node n : render(block, width)) {
                add(nodes, headings, n, heading);
            }
        }
        for (String line : doc.footer()) {
            add(nodes, headings, text(line, 10, true), false);
        }
        double footerHeight = 24;
        double room = height - footerHeight;
        double[] heights = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            heights[i] = measure(nodes.get(i), width) + SPACING;
        }
        List<VBox> contents = new ArrayList<>();
        VBox page = newPage(width);
        double used = 0;
        for (int i = 0; i < nodes.size(); i++) {
            double need = heights[i];
            // A heading keeps the headings after it and the first line of content on its page.
            for (int k = i; k < nodes.size() - 1 && headings.get(k); k++) {
                need += heights[k + 1];
            }
            if (used + need > room && !page.getChildren().isEmpty() && !(i > 0 && headings.get(i - 1))) {
                contents.add(page);
                page = newPage(width);
                used = 0;
            }
            page.getChildren().add(nodes.get(i));
            used += heights[i];
        }
        contents.add(page);
        List<Node> pages = new ArrayList<>();
        for (int p = 0; p < contents.size(); p++) {
            Label line = text(doc.pageLine(p + 1, contents.size()), 8, false);
            line.setMaxWidth(width);
            BorderPane framed = new BorderPane(contents.get(p));
            BorderPane.setAlignment(line, Pos.CENTER);
            framed.setBottom(line);
            framed.setPrefSize(width, height);
            framed.setMaxSize(width, height);
            pages.add(framed);
        }
        return pages;
    }

    private static final double SPACING = 4;

    private static void add(List<Node> nodes, List<Boolean> headings, Node n, boolean heading) {
        nodes.add(n);
        headings.add(heading);
    }

    private static VBox newPage(double width) {
        VBox page = new VBox(SPACING);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        return page;
    }

    private static double measure(Node n, double width) {
        Group g = new Group(n);
        new Scene(g);
        if (n instanceof Label l) {
            l.setMaxWidth(width);
            l.setPrefWidth(width);
        }
        g.applyCss();
        g.layout();
        double h = n.prefHeight(width);
        g.getChildren().clear();
        return h;
    }

    private static List<Node> render(PrintDocument.Block block, double width) {
        if (block instanceof PrintDocument.Heading h) {
            return List.of(text(h.text(), h.level() == 1 ? 13 : 11, true));
        }
        if (block instanceof PrintDocument.Paragraph p) {
            return List.of(text(p.text(), 10, false));
        }
        if (block instanceof PrintDocument.Bullets b) {
            return b.items().stream().map(i -> (Node) text("\u2022 " + i, 10, false)).toList();
        }
        if (block instanceof PrintDocument.Table t) {
            List<Node> rows = new ArrayList<>();
            rows.add(row(t.header(), width, true));
            for (List<String> row : t.rows()) {
                rows.add(row(row, width, false));
            }
            return rows;
        }
        if (block instanceof PrintDocument.Chart c) {
            return List.of(text(c.title(), 11, true), FxChart.draw(c, width, 200));
        }
        return List.of(text(((PrintDocument.Note) block).text(), 9, false));
    }

    /** One table row as cells of equal width that wrap, so no cell is cut off. */
    private static Node row(List<String> cells, double width, boolean head) {
        HBox row = new HBox();
        double cellWidth = width / cells.size();
        for (String cell : cells) {
            Label l = text(cell, 9, head);
            l.setPrefWidth(cellWidth);
            l.setMinWidth(cellWidth);
            l.setMaxWidth(cellWidth);
            l.setPadding(new javafx.geometry.Insets(1, 4, 1, 0));
            row.getChildren().add(l);
        }
        return row;
    }

    private static Label text(String s, double size, boolean bold) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        return l;
    }
}
