package org.ketamineguide.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.ketamineguide.ui.DialogService;

/**
 * A {@link DialogService} for model tests: file choosers answer from queues, every message is
 * recorded, and every confirmation is accepted (after being recorded).
 */
public final class RecordingDialogs implements DialogService {
    /** What the next Save chooser returns; empty means the person cancelled. */
    public final Deque<Path> saves = new ArrayDeque<>();
    /** What the next Open chooser returns; empty means the person cancelled. */
    public final Deque<Path> opens = new ArrayDeque<>();
    public final List<String> titles = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();
    /** The files named by "saved" messages (the ones that offer to show the folder). */
    public final List<Path> savedFiles = new ArrayList<>();

    @Override
    public void info(String title, String message) {
        titles.add(title);
        messages.add(message);
    }

    @Override
    public void error(String title, String message) {
        info(title, message);
    }

    @Override
    public void fileSaved(String title, String message, Path file) {
        info(title, message);
        savedFiles.add(file);
    }

    @Override
    public void confirm(String title, String message, String confirmText, Runnable onConfirm) {
        info(title, message);
        onConfirm.run();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, FileKind kind) {
        return Optional.ofNullable(saves.poll());
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, FileKind kind) {
        return Optional.ofNullable(opens.poll());
    }

    @Override
    public void closeAll() {
    }
}
