package org.ketamineguide.ui;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import org.ketamineguide.print.PrintDocument;

/**
 * Prints to a printer found by its exact name, with the printer's own default page settings and
 * no dialog. {@link Printer#getAllPrinters()} is where the JDK first asks the print service for its
 * printers (on Linux it runs {@code lpc status}, writes {@code /tmp/prn*} files and connects to
 * CUPS), so it runs here and nowhere else. JavaFX thread only.
 */
final class FxDirectPrinter implements DirectPrinter {
    private static final Logger LOG = Logger.getLogger(FxDirectPrinter.class.getName());

    @Override
    public Outcome print(PrintDocument document, String printerName) {
        try {
            Printer printer = Printer.getAllPrinters().stream()
                    .filter(p -> p.getName().equals(printerName)).findFirst().orElse(null);
            if (printer == null) {
                LOG.warning("The kiosk printer named in the clinic configuration was not found");
                return Outcome.NO_SUCH_PRINTER;
            }
            PrinterJob job = PrinterJob.createPrinterJob(printer);
            if (job == null) {
                return Outcome.FAILED;
            }
            PageLayout layout = job.getJobSettings().getPageLayout();
            boolean ok = true;
            for (Node page : PrintPages.paginate(document, layout.getPrintableWidth(), layout.getPrintableHeight())) {
                ok &= job.printPage(page);
            }
            return ok && job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Kiosk printing failed", e);
            return Outcome.FAILED;
        }
    }
}
