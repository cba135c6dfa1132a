package org.ketamineguide.ui;

import org.ketamineguide.print.PrintDocument;

/**
 * Sends a document straight to one named printer, with no dialog: how a kiosk prints, after the
 * person has confirmed in the app. Looking the printer up talks to the operating system's print
 * service (CUPS on Linux); nothing else in the app may, so nothing calls this unless the clinic
 * configured a printer and someone confirmed a print. JavaFX thread only.
 */
public interface DirectPrinter {

    /** How a print went. */
    enum Outcome { PRINTED, NO_SUCH_PRINTER, FAILED, /** the kiosk printed all a visit may ({@link KioskPrintLimit}) */ LIMIT_REACHED }

    Outcome print(PrintDocument document, String printerName);

    /** The system's printers, through the JavaFX printing API. */
    static DirectPrinter system() {
        return new FxDirectPrinter();
    }
}
