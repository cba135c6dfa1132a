package org.ketamineguide.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReplacesAFile() throws IOException {
        Path file = dir.resolve("plan.json");
        AtomicFiles.writeString(file, "first");
        AtomicFiles.writeString(file, "second");
        assertEquals("second", Files.readString(file));
        assertEquals(List.of("plan.json"), names(), "no temporary file is left");
    }

    @Test
    void onlyARegularFileIsEverReplaced() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("empty folder.json"));
        assertThrows(IOException.class, () -> AtomicFiles.writeString(folder, "plan"));
        assertTrue(Files.isDirectory(folder), "an empty folder of the same name is left as it was");
        Path pipe = dir.resolve("pipe.json");
        org.ketamineguide.testing.HostileFiles.namedPipe(pipe);
        assertThrows(IOException.class, () -> AtomicFiles.writeString(pipe, "plan"));
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is left as it was");
        Path device = dir.resolve("device.json");
        org.ketamineguide.testing.HostileFiles.linkToDevZero(device);
        assertThrows(IOException.class, () -> AtomicFiles.writeString(device, "plan"));
        assertTrue(Files.isSymbolicLink(device), "the link to a device is left as it was");
        assertEquals(Set.of("empty folder.json", "pipe.json", "device.json"), Set.copyOf(names()),
                "no temporary file is left");
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

    @Test
    void theNextSaveRemovesTempFilesLeftByAKilledSave() throws IOException, InterruptedException {
        long deadPid = finishedProcessPid();
        Path legacy = Files.writeString(dir.resolve(".plan.json.8423798412.tmp"), "{\"secret\": 1}");
        Path killed = Files.writeString(dir.resolve(".plan.json." + deadPid + ".77.tmp"), "{\"secret\": 2}");
        AtomicFiles.writeString(dir.resolve("plan.json"), "{}");
        assertFalse(Files.exists(legacy), "a temp file from before the pid was in the name");
        assertFalse(Files.exists(killed), "a temp file of a process that is gone");
        assertEquals(List.of("plan.json"), names());
    }

    @Test
    void tempFilesOfARunningSaveAndOtherFilesStay() throws IOException {
        long livePid = ProcessHandle.current().pid();
        List<String> keep = List.of(".plan.json." + livePid + ".12.tmp", ".other.json.55.tmp", "plan.json.55.tmp",
                ".plan.json.tmp", ".plan.json.abc.tmp", "notes.txt");
        for (String name : keep) {
            Files.writeString(dir.resolve(name), "x");
        }
        AtomicFiles.writeString(dir.resolve("plan.json"), "{}");
        for (String name : keep) {
            assertTrue(Files.exists(dir.resolve(name)), name + " is not ours to remove");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "plan.json, .plan.json.123.tmp, true",
        "plan.json, .plan.json.4021.9182736450.tmp, true",
        "plan.json, .plan.json..tmp, false",
        "plan.json, .plan.json.12.x.tmp, false",
        "plan.json, .plan.jsonx.12.tmp, false",
        "plan.json, .plan-json.12.tmp, false",
        "a+b (1).json, .a+b (1).json.12.tmp, true",
        "a+b (1).json, .aab (1).json.12.tmp, false",
    })
    void tempNamePattern(String target, String candidate, boolean ours) {
        assertEquals(ours, AtomicFiles.tempPattern(target).matcher(candidate).matches());
    }

    @Test
    void aNewFileGetsWhatTheFolderGivesEveryNewFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain.txt")));
        Path saved = dir.resolve("plan.json");
        AtomicFiles.writeString(saved, "{}");
        assertEquals(usual, Files.getPosixFilePermissions(saved), "not narrowed to owner-only like a temp file");
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path saved = dir.resolve("plan.json");
        AtomicFiles.writeString(saved, "{}");
        Set<PosixFilePermission> privateMode = PosixFilePermissions.fromString("rw-------");
        Files.setPosixFilePermissions(saved, privateMode);
        AtomicFiles.writeString(saved, "{\"v\": 2}");
        assertEquals(privateMode, Files.getPosixFilePermissions(saved));
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(saved, shared);
        AtomicFiles.writeString(saved, "{\"v\": 3}");
        assertEquals(shared, Files.getPosixFilePermissions(saved));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    /** The pid of a process that has ended (so no process has it, barring quick reuse). */
    private static long finishedProcessPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }
}
