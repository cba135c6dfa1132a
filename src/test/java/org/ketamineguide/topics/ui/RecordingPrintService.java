package org.ketamineguide.topics.ui;

import java.util.ArrayList;
import java.util.List;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.ui.PrintService;

/** A print service that keeps what it was asked to print or save, for model tests. */
final class RecordingPrintService implements PrintService {
    final List<PrintDocument> printed = new ArrayList<>();
    final List<String> saved = new ArrayList<>();
    private final boolean canSave;

    RecordingPrintService(boolean canSave) {
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
