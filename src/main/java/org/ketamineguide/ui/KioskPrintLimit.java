package org.ketamineguide.ui;

import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.session.Resettable;

/**
 * A kiosk prints at most {@link #PER_VISIT} things a visit, so one visitor cannot empty the
 * clinic's printer or hold it up for the next person; the count starts again when the visit ends.
 * Only prints that went through count. JavaFX thread only.
 */
public final class KioskPrintLimit implements DirectPrinter, Resettable {
    /** Prints allowed in one visit. */
    public static final int PER_VISIT = 5;

    private final DirectPrinter printer;
    private int printed;

    public KioskPrintLimit(DirectPrinter printer) {
        this.printer = printer;
    }

    @Override
    public Outcome print(PrintDocument document, String printerName) {
        if (printed >= PER_VISIT) {
            return Outcome.LIMIT_REACHED;
        }
        Outcome outcome = printer.print(document, printerName);
        if (outcome == Outcome.PRINTED) {
            printed++;
        }
        return outcome;
    }

    @Override
    public void reset() {
        printed = 0;
    }
}
