package org.ketamineguide.testing;

import java.util.ArrayList;
import java.util.List;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.ui.DirectPrinter;

/**
 * Stands in for the system's printers in UI tests: records every document a kiosk sent to a named
 * printer, and can pretend the printer is missing or refuses the job.
 */
public final class RecordingPrinter implements DirectPrinter {
    /** The documents sent, in order. */
    public final List<PrintDocument> printed = new ArrayList<>();
    /** The printer names asked for, in order (each one is a look-up of the system's printers). */
    public final List<String> lookups = new ArrayList<>();
    private Outcome next = Outcome.PRINTED;

    /** What the following prints report. */
    public void willReport(Outcome outcome) {
        next = outcome;
    }

    @Override
    public Outcome print(PrintDocument document, String printerName) {
        lookups.add(printerName);
        if (next == Outcome.PRINTED) {
            printed.add(document);
        }
        return next;
    }
}
