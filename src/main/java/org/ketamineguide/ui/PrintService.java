package org.ketamineguide.ui;

import org.ketamineguide.print.PrintDocument;

/**
 * Prints summaries and exports them to PDF, the same way on every screen. Every document gets the
 * date, the disclaimer and the crisis line. JavaFX thread only.
 */
public interface PrintService {

    /** A new document with the standard subtitle (today's date) and footer already filled in. */
    PrintDocument.Builder document(String title);

    /** Sends the document to a printer; tells the user in plain words when there is none. */
    void print(PrintDocument document);

    /**
     * Asks where to save and writes the document as a PDF; tells the user how it went. On a kiosk,
     * nothing may be saved, so this only explains that.
     */
    void exportPdf(PrintDocument document, String suggestedFileName);

    /** False on a kiosk, where nothing is written to disk. */
    boolean canSave();
}
