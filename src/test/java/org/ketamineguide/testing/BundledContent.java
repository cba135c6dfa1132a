package org.ketamineguide.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.ketamineguide.content.ContentFiles;

/** Copies the bundled content folder, so a test can damage or replace one file of it. */
public final class BundledContent {
    private BundledContent() {
    }

    /** Copies every bundled content file into {@code to}, keeping the layout. */
    public static void copyTo(Path to) throws IOException {
        Path root;
        try {
            root = Path.of(BundledContent.class.getResource(ContentFiles.BUNDLED_ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(root.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    try (InputStream in = Files.newInputStream(p)) {
                        Files.copy(in, dest);
                    }
                }
            }
        }
    }
}
