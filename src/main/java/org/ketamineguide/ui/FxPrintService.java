package org.ketamineguide.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.stage.Window;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.print.PdfExporter;
import org.ketamineguide.print.PrintDocument;

/**
 * Prints with the JavaFX printer API and exports with {@link PdfExporter}.
 *
 * <p>On a laptop, Print opens the system's print dialog; when no printer exists
 * ({@code PrinterJob.createPrinterJob()} returns null), the user is told and offered the PDF.
 *
 * <p>On a kiosk no native dialog ever opens (the system print dialog's "Print to file" would open a
 * file browser). Without a configured kiosk printer, Print says to ask staff and never asks the
 * system for printers. With one, the person first confirms in an in-app overlay that says what
 * will print and where; only then does {@link DirectPrinter} look the printer up and print.
 * JavaFX thread only.
 */
public final class FxPrintService implements PrintService {
    private static final Logger LOG = Logger.getLogger(FxPrintService.class.getName());

    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final boolean canSave;
    private final Clock clock;
    private final Optional<String> kioskPrinter;
    private final DirectPrinter direct;
    private final Supplier<Optional<LocalDate>> contentReviewed;

    /** A laptop ({@code canSave}) or a kiosk without a printer. */
    public FxPrintService(DialogService dialogs, Messages messages, Supplier<Window> owner, boolean canSave,
                          Clock clock) {
        this(dialogs, messages, owner, canSave, clock, Optional.empty(), DirectPrinter.system(), Optional::empty);
    }

    /**
     * @param canSave         true on a laptop; false on a kiosk
     * @param kioskPrinter    the printer a kiosk prints to (ignored on a laptop), or empty
     * @param direct          prints to that printer without a dialog
     * @param contentReviewed when the bundled content was last reviewed, for the foot of every page;
     *                        empty while unknown (the content has not loaded)
     */
    public FxPrintService(DialogService dialogs, Messages messages, Supplier<Window> owner, boolean canSave,
                          Clock clock, Optional<String> kioskPrinter, DirectPrinter direct,
                          Supplier<Optional<LocalDate>> contentReviewed) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.owner = owner;
        this.canSave = canSave;
        this.clock = clock;
        this.kioskPrinter = kioskPrinter.filter(name -> !name.isBlank());
        this.direct = direct;
        this.contentReviewed = contentReviewed;
    }

    @Override
    public PrintDocument.Builder document(String title) {
        String today = messages.date(LocalDate.now(clock));
        String pageFooter = contentReviewed.get()
                .map(d -> messages.format("print.pageFooter", messages.date(d), "{page}", "{pages}"))
                .orElseGet(() -> messages.format("print.pageFooter.noDate", "{page}", "{pages}"));
        return PrintDocument.builder(title, messages.format("print.madeOn", today))
                .pageFooter(pageFooter)
                .footer(messages.get("print.disclaimer"))
                .footer(messages.get("print.crisis"));
    }

    @Override
    public boolean canSave() {
        return canSave;
    }

    @Override
    public void print(PrintDocument document) {
        if (!canSave) {
            printOnKiosk(document);
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            dialogs.error(messages.get("print.noPrinter.title"), messages.get("print.noPrinter.text"));
            return;
        }
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean ok = true;
        for (Node page : PrintPages.paginate(document, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            ok &= job.printPage(page);
        }
        if (ok && job.endJob()) {
            dialogs.info(messages.get("print.done.title"), messages.get("print.done.text"));
        } else {
            dialogs.error(messages.get("print.failed.title"), messages.get("print.failed.text"));
        }
    }

    private void printOnKiosk(PrintDocument document) {
        if (kioskPrinter.isEmpty()) {
            dialogs.info(messages.get("print.kiosk.askStaff.title"), messages.get("print.noPrinter.kiosk"));
            return;
        }
        String printer = kioskPrinter.get();
        dialogs.confirm(messages.get("print.kiosk.confirm.title"),
                messages.format("print.kiosk.confirm.text", document.title(), printer),
                messages.get("print.kiosk.confirm.button"), () -> {
                    DirectPrinter.Outcome outcome = direct.print(document, printer);
                    if (outcome == DirectPrinter.Outcome.PRINTED) {
                        dialogs.info(messages.get("print.done.title"), messages.format("print.kiosk.done.text", printer));
                    } else if (outcome == DirectPrinter.Outcome.LIMIT_REACHED) {
                        dialogs.info(messages.get("print.kiosk.askStaff.title"),
                                messages.format("print.kiosk.limit.text", KioskPrintLimit.PER_VISIT));
                    } else {
                        dialogs.error(messages.get("print.failed.title"), messages.get("print.kiosk.failed.text"));
                    }
                });
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
            Path folder = target.get().toAbsolutePath().getParent();
            dialogs.fileSaved(messages.get("print.export.done.title"), messages.format("print.export.done.text",
                    target.get().getFileName(), folder == null ? "" : folder), target.get());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "PDF export failed", e);
            dialogs.error(messages.get("print.export.failed.title"), messages.get("print.export.failed.text"));
        }
    }
}
