package org.ketamineguide.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.ketamineguide.ui.DialogService;
import org.ketamineguide.ui.FilePicker;

/** A file picker whose answers a test queues in advance; with nothing queued it acts as "Cancel". */
public final class ScriptedFilePicker implements FilePicker {
    private final Deque<Path> saves = new ArrayDeque<>();
    private final Deque<Path> opens = new ArrayDeque<>();
    private final java.util.List<Path> shownFolders = new java.util.ArrayList<>();
    private int asked;

    public void willSaveTo(Path path) {
        saves.add(path);
    }

    public void willOpen(Path path) {
        opens.add(path);
    }

    /** The folders the app asked to show, in order. */
    public java.util.List<Path> shownFolders() {
        return shownFolders;
    }

    /** How many times the app asked for a file. */
    public int timesAsked() {
        return asked;
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, DialogService.FileKind kind) {
        asked++;
        return Optional.ofNullable(saves.poll());
    }

    @Override
    public Optional<Path> open(Window owner, String title, DialogService.FileKind kind) {
        asked++;
        return Optional.ofNullable(opens.poll());
    }

    @Override
    public boolean canShowFolder() {
        return true;
    }

    @Override
    public void showFolder(Path folder) {
        shownFolders.add(folder);
    }
}
