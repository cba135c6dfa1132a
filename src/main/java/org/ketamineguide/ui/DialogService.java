package org.ketamineguide.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog of the app goes through this interface, so that tests can answer file choosers and
 * check messages without a real window. Called on the JavaFX thread.
 */
public interface DialogService {

    /** Kinds of file the app saves and opens. */
    enum FileKind {
        JSON("JSON", "*.json", ".json"),
        PDF("PDF", "*.pdf", ".pdf");

        private final String label;
        private final String pattern;
        private final String extension;

        FileKind(String label, String pattern, String extension) {
            this.label = label;
            this.pattern = pattern;
            this.extension = extension;
        }

        public String label() {
            return label;
        }

        public String pattern() {
            return pattern;
        }

        public String extension() {
            return extension;
        }
    }

    /** Shows a message that needs no decision. */
    void info(String title, String message);

    /** Shows a problem in plain words. Never pass a stack trace. */
    void error(String title, String message);

    /**
     * Says that a file was saved, and where (the message names the folder). Where the desktop can
     * open folders, the dialog also offers a button that shows the folder. Only called on a laptop:
     * a kiosk saves nothing.
     */
    default void fileSaved(String title, String message, Path file) {
        info(title, message);
    }

    /** Asks the user to confirm an action; runs it only when confirmed. */
    void confirm(String title, String message, String confirmText, Runnable onConfirm);

    /** Asks where to save a file; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, FileKind kind);

    /** Asks which file to open; empty when the user cancels. */
    Optional<Path> chooseOpenFile(String title, FileKind kind);

    /** Closes any open dialog without running its action (used when a kiosk visit is wiped). */
    void closeAll();
}
