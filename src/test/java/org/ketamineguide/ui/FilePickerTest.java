package org.ketamineguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save and open dialogs start in Documents (or home); folders are only shown where that is possible. */
class FilePickerTest {

    @TempDir
    Path home;

    @Test
    void dialogsStartInDocumentsWhenThereIsOne() throws IOException {
        assertEquals(home, FilePicker.startFolder(home), "no Documents folder: home");
        Files.createDirectory(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), FilePicker.startFolder(home));
    }

    @Test
    void aDocumentsFileIsNotAFolder() throws IOException {
        Files.writeString(home.resolve("Documents"), "not a folder");
        assertEquals(home, FilePicker.startFolder(home));
    }

    @Test
    void aPickerThatCannotShowFoldersNeverOffersItAndNeverThrows() {
        FilePicker none = FilePicker.closed();
        assertFalse(none.canShowFolder());
        none.showFolder(home);
        // the kiosk's picker never answers: no file to save to or to open, whatever is asked
        for (DialogService.FileKind kind : DialogService.FileKind.values()) {
            assertEquals(Optional.empty(), none.save((Window) null, "Save", "plan", kind));
            assertEquals(Optional.empty(), none.open((Window) null, "Open", kind));
        }
    }

    @Test
    void theSystemPickerDoesNotThrowWhereTheDesktopIsMissing() {
        // Tests run headless (java.awt.headless=true): the desktop cannot open folders here.
        FilePicker system = FilePicker.system();
        if (!system.canShowFolder()) {
            system.showFolder(home); // does nothing, and does not throw
        }
    }
}
