package org.ketamineguide.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file to save to or open, and can show the folder a file went to. The app
 * uses the platform file chooser, which starts in the user's Documents folder (or home); tests
 * script the answers. Only a laptop's picker can show folders: a kiosk never saves, and where the
 * desktop cannot open folders the option is simply not offered. JavaFX thread only.
 */
public interface FilePicker {

    Optional<Path> save(Window owner, String title, String suggestedName, DialogService.FileKind kind);

    Optional<Path> open(Window owner, String title, DialogService.FileKind kind);

    /** True when {@link #showFolder} can open a folder in the system's file manager. */
    default boolean canShowFolder() {
        return false;
    }

    /** Opens a folder in the system's file manager; does nothing where that is not possible. Never throws. */
    default void showFolder(Path folder) {
    }

    /** Where save and open dialogs start: the Documents folder under {@code home} if there is one, else home. */
    static Path startFolder(Path home) {
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /**
     * The picker of a kiosk: it never asks and never answers, so no file chooser can open on a kiosk
     * even if a feature forgot to hide its Save or Open button (a kiosk fails closed).
     */
    static FilePicker closed() {
        return new FilePicker() {
            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, DialogService.FileKind kind) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> open(Window owner, String title, DialogService.FileKind kind) {
                return Optional.empty();
            }
        };
    }

    /** The platform's own file chooser; folders open with {@code java.awt.Desktop} where the desktop allows it. */
    static FilePicker system() {
        return new FilePicker() {
            private final Logger log = Logger.getLogger(FilePicker.class.getName());

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

            @Override
            public boolean canShowFolder() {
                try {
                    return java.awt.Desktop.isDesktopSupported()
                            && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN);
                } catch (RuntimeException | LinkageError e) {
                    return false;
                }
            }

            @Override
            public void showFolder(Path folder) {
                if (!canShowFolder()) {
                    return;
                }
                // The desktop call can block for a while on some systems: keep it off the JavaFX thread.
                Thread opener = new Thread(() -> {
                    try {
                        java.awt.Desktop.getDesktop().open(folder.toFile());
                    } catch (Exception | LinkageError e) {
                        log.log(Level.INFO, "Could not show the folder " + folder, e);
                    }
                }, "show-folder");
                opener.setDaemon(true);
                opener.start();
            }

            private FileChooser chooser(String title, DialogService.FileKind kind) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.label(), kind.pattern()));
                String home = System.getProperty("user.home");
                if (home != null && Files.isDirectory(Path.of(home))) {
                    chooser.setInitialDirectory(startFolder(Path.of(home)).toFile());
                }
                return chooser;
            }
        };
    }
}
