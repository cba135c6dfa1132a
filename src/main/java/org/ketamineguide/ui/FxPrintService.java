package org.ketamineguide.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;
import org.ketamineguide.print.PdfExporter;
import org.ketamineguide.print.PrintDocument;

/**
 * Prints with the JavaFX printer API and exports with {@link PdfExporter}. When no printer exists
 * ({@code PrinterJob.createPrinterJob()} returns null), the user is told and offered the PDF.
 * JavaFX thread only.
 */
public final class FxPrintService implements PrintService {
    private static final Logger LOG = Logger.getLogger(FxPrintService.class.getName());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final boolean canSave;
    private final Clock clock;

    public FxPrintService(DialogService dialogs, Messages messages, Supplier<Window> owner, boolean canSave,
                          Clock clock) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.owner = owner;
        this.canSave = canSave;
        this.clock = clock;
    }

    @Override
    public PrintDocument.Builder document(String title) {
        String today = DATE.format(LocalDate.now(clock));
        return PrintDocument.builder(title, messages.format("print.madeOn", today))
                .footer(messages.get("print.disclaimer"))
                .footer(messages.get("print.crisis"));
    }

    @Override
    public boolean canSave() {
        return canSave;
    }

    @Override
    public void print(PrintDocument document) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.error(messages.get("print.noPrinter.title"),
                    messages.get(canSave ? "print.noPrinter.text" : "print.noPrinter.kiosk"));
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean ok = true;
        for (Node page : paginate(document, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            ok &= job.printPage(page);
        }
        if (ok && job.endJob()) {
            dialogs.info(messages.get("print.done.title"), messages.get("print.done.text"));
        } else {
            dialogs.error(messages.get("print.failed.title"), messages.get("print.failed.text"));
        }
    }

    @Override
    public void exportPdf(PrintDocument document, String suggestedFileName) {
        if (!canSave) {
            dialogs.info(messages.get("save.kiosk.title"), messages.get("save.kiosk.text"));
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("print.export.choose"), suggestedFileName,
                DialogService.FileKind.PDF);
        if (target.isEmpty()) {
            return;
        }
        try {
            PdfExporter.write(document, target.get());
            dialogs.info(messages.get("print.export.done.title"),
                    messages.format("print.export.done.text", target.get().getFileName()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "PDF export failed", e);
            dialogs.error(messages.get("print.export.failed.title"), messages.get("print.export.failed.text"));
        }
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
