package org.ketamineguide.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file to save to or open. The app uses the platform file chooser; tests
 * script the answers. JavaFX thread only.
 */
public interface FilePicker {

    Optional<Path> save(Window owner, String title, String suggestedName, DialogService.FileKind kind);

    Optional<Path> open(Window owner, String title, DialogService.FileKind kind);

    /** The platform's own file chooser. */
    static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, DialogService.FileKind kind) {
                FileChooser chooser = chooser(title, kind);
                chooser.setInitialFileName(suggestedName);
                File file = chooser.showSaveDialog(owner);
                if (file == null) {
                    return Optional.empty();
                }
                Path path = file.toPath();
                if (!file.getName().toLowerCase(Locale.ROOT).endsWith(kind.extension())) {
                    path = path.resolveSibling(file.getName() + kind.extension());
                }
                return Optional.of(path);
            }

            @Override
            public Optional<Path> open(Window owner, String title, DialogService.FileKind kind) {
                return Optional.ofNullable(chooser(title, kind).showOpenDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(String title, DialogService.FileKind kind) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.label(), kind.pattern()));
                return chooser;
            }
        };
    }
}
