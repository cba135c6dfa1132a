package org.ketamineguide.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.ketamineguide.print.PrintDocument;

/** Lays a {@link PrintDocument} out as printer pages. JavaFX thread only. */
final class PrintPages {
    private PrintPages() {
    }

    /** Lays the document out as printer pages of the given size. */
    static List<Node> paginate(PrintDocument doc, double width, double height) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(text(doc.title(), 18, true));
        nodes.add(text(doc.subtitle(), 10, false));
        for (PrintDocument.Block block : doc.blocks()) {
            nodes.addAll(render(block));
        }
        for (String line : doc.footer()) {
            nodes.add(text(line, 10, true));
        }
        List<Node> pages = new ArrayList<>();
        VBox page = newPage(width);
        double used = 0;
        for (Node n : nodes) {
            double h = measure(n, width);
            if (used + h > height && !page.getChildren().isEmpty()) {
                pages.add(page);
                page = newPage(width);
                used = 0;
            }
            page.getChildren().add(n);
            used += h + page.getSpacing();
        }
        pages.add(page);
        return pages;
    }

    private static VBox newPage(double width) {
        VBox page = new VBox(4);
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

    private static List<Node> render(PrintDocument.Block block) {
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
            rows.add(text(String.join("  |  ", t.header()), 9, true));
            for (List<String> row : t.rows()) {
                rows.add(text(String.join("  |  ", row), 9, false));
            }
            return rows;
        }
        return List.of(text(((PrintDocument.Note) block).text(), 8, false));
    }

    private static Label text(String s, double size, boolean bold) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setFont(Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        return l;
    }
}
