package org.ketamineguide.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReplacesAFile() throws IOException {
        Path file = dir.resolve("plan.json");
        AtomicFiles.writeString(file, "first");
        AtomicFiles.writeString(file, "second");
        assertEquals("second", Files.readString(file));
    }

    @Test
    void crashMidSaveKeepsThePreviousFile() throws IOException {
        Path file = dir.resolve("plan.json");
        AtomicFiles.writeString(file, "{\"version\": 1}");
        IOException crash = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("{\"vers".getBytes(StandardCharsets.UTF_8));
            throw new IOException("simulated crash halfway through the save");
        }));
        assertEquals("simulated crash halfway through the save", crash.getMessage());
        assertEquals("{\"version\": 1}", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is cleaned up");
        }
    }

    @Test
    void createsMissingFolders() throws IOException {
        Path file = dir.resolve("a/b/c.json");
        AtomicFiles.writeString(file, "x");
        assertTrue(Files.exists(file));
    }
}
