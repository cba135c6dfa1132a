package org.ketamineguide.ui;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.ketamineguide.i18n.Messages;

/**
 * The app's one uncaught-exception handler: it logs the problem and tells the user in plain words,
 * without a stack trace. Installed for every thread by the composition root.
 */
public final class ErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(ErrorHandler.class.getName());

    private final Supplier<DialogService> dialogs;
    private final Messages messages;
    private int handled;
    private boolean showing;

    public ErrorHandler(Supplier<DialogService> dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            tellUser();
        } else {
            try {
                Platform.runLater(this::tellUser);
            } catch (IllegalStateException toolkitGone) {
                // the toolkit has shut down; the log entry is all that can be done
            }
        }
    }

    /** How many errors this handler has seen (tests use it to prove a walk had none). */
    public synchronized int handledCount() {
        return handled;
    }

    private synchronized void tellUser() {
        handled++;
        DialogService service = dialogs.get();
        if (service == null || showing) {
            return;
        }
        showing = true;
        try {
            service.error(messages.get("error.title"), messages.get("error.message"));
        } finally {
            showing = false;
        }
    }
}
