package org.ketamineguide.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes the files an attacker would hand a reader instead of a JSON file: a named pipe that blocks
 * whoever opens it, a link to {@code /dev/zero} that never ends, a folder, and a sparse file of
 * several gigabytes that takes no disk space. Tests that cannot make one (no {@code mkfifo}, no
 * {@code /dev/zero}) are skipped with the reason printed.
 */
public final class HostileFiles {
    /** Three gigabytes: more than any heap the tests run with. */
    public static final long SPARSE_SIZE = 3L << 30;

    private HostileFiles() {
    }

    /** A named pipe at {@code at} with nobody writing to it; skips the test where mkfifo is missing. */
    public static void namedPipe(Path at) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            skip("mkfifo is not available here (" + e.getMessage() + ")");
            return;
        }
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                skip("mkfifo failed: " + new String(p.getInputStream().readAllBytes()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A symbolic link at {@code at} to {@code /dev/zero}; skips the test where there is none. */
    public static void linkToDevZero(Path at) throws IOException {
        Path zero = Path.of("/dev/zero");
        if (!Files.exists(zero)) {
            skip("/dev/zero does not exist here");
        }
        Files.createSymbolicLink(at, zero);
    }

    /** A sparse file of {@link #SPARSE_SIZE} bytes whose first bytes are {@code start}. */
    public static void sparse(Path at, String start) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(at.toFile(), "rw")) {
            f.write(start.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            f.setLength(SPARSE_SIZE);
        }
    }

    private static void skip(String reason) {
        System.out.println("Skipped: " + reason);
        Assumptions.abort(reason);
    }
}
