package org.ketamineguide.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves files so that a crash mid-save never destroys the previous file (and only ever replaces a
 * regular file: a folder, pipe or device of the same name is refused and left as it was): the bytes go to a
 * temporary file in the same folder ({@code .<name>.<pid>.<n>.tmp}), are flushed to disk, and only
 * then replace the target in one move; the folder is then flushed too, where the platform allows,
 * so the move itself survives a power cut. A temporary file left behind by a process that was
 * killed mid-save is removed by the next save of the same file.
 *
 * <p>Permissions: the temporary file is created like any new file in that folder (the user's
 * umask, or the folder's inherited ACLs on Windows), never with a narrower mode of our own. When
 * an older file is replaced, its POSIX permissions are copied first, before any byte is written, so
 * a file the user made private stays private. Plain Java; any thread.
 */
public final class AtomicFiles {
    private static final Logger LOG = Logger.getLogger(AtomicFiles.class.getName());

    private AtomicFiles() {
    }

    /** Writes text as UTF-8, atomically replacing any existing file. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes, atomically replacing any existing file. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Something that writes a whole file's bytes to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Streams a file's bytes into a temporary file next to the target, then moves it into place.
     * If writing fails, the temporary file is removed and the target is left as it was.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // the move below would replace whatever has the name: an empty folder, a pipe, a device
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute)) {
            throw new IOException(absolute + " is not a regular file; nothing was written");
        }
        Files.createDirectories(dir);
        String name = absolute.getFileName().toString();
        removeStaleTemps(dir, name);
        Path temp = createTemp(dir, name);
        try {
            copyPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 var out = java.nio.channels.Channels.newOutputStream(channel)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The name pattern of our temporary files for one target: {@code .<name>.<pid>.<n>.tmp}. */
    static Pattern tempPattern(String targetName) {
        // the pid part is optional: files from before it was added are ".<name>.<n>.tmp"
        return Pattern.compile("\\." + Pattern.quote(targetName) + "\\.(?:(\\d{1,19})\\.)?\\d{1,20}\\.tmp");
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            long n = ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE;
            Path temp = dir.resolve("." + name + "." + pid + "." + n + ".tmp");
            try {
                // no file attributes: the file gets what the folder gives every new file
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes temporary files of the same target whose saving process is gone (killed mid-save).
     * A file of a process that still runs is left alone: that process may be saving right now.
     */
    private static void removeStaleTemps(Path dir, String name) {
        Pattern pattern = tempPattern(name);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "." + globQuote(name) + ".*.tmp")) {
            for (Path entry : entries) {
                Matcher m = pattern.matcher(entry.getFileName().toString());
                if (!m.matches() || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (m.group(1) != null && alive(m.group(1))) {
                    continue;
                }
                try {
                    Files.deleteIfExists(entry);
                } catch (IOException e) {
                    LOG.fine("Could not remove a stale temporary file: " + e.getMessage());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine("Could not look for stale temporary files: " + e.getMessage());
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException | SecurityException e) {
            return true;
        }
    }

    private static String globQuote(String s) {
        return s.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    /** The replaced file's POSIX permissions go to the new file, before any content does. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source == null || !Files.isRegularFile(from)) {
            return;
        }
        Files.getFileAttributeView(to, PosixFileAttributeView.class)
                .setPermissions(source.readAttributes().permissions());
    }

    /** Flushes the folder entry of the move to disk; skipped where folders cannot be opened (Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.fine("Folder not synced after the save: " + e.getMessage());
        }
    }
}
