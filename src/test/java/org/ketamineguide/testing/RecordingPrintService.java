package org.ketamineguide.testing;

import java.util.ArrayList;
import java.util.List;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.ui.PrintService;

/** A print service that keeps what it was asked to print or save, for model tests. */
public final class RecordingPrintService implements PrintService {
    /** Every document printed or exported, in order. */
    public final List<PrintDocument> printed = new ArrayList<>();
    /** The suggested file names of every export, in order. */
    public final List<String> saved = new ArrayList<>();
    private boolean canSave;

    public RecordingPrintService(boolean canSave) {
        this.canSave = canSave;
    }

    /** Acts like a kiosk (false) or a laptop (true) from now on. */
    public void setCanSave(boolean canSave) {
        this.canSave = canSave;
    }

    @Override
    public PrintDocument.Builder document(String title) {
        return PrintDocument.builder(title, "Made today").footer("Not medical advice.").footer("Call or text 988.");
    }

    @Override
    public void print(PrintDocument document) {
        printed.add(document);
    }

    @Override
    public void exportPdf(PrintDocument document, String suggestedFileName) {
        printed.add(document);
        saved.add(suggestedFileName);
    }

    @Override
    public boolean canSave() {
        return canSave;
    }
}
