package org.ketamineguide.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where content files come from: the app's bundled resources, or a folder (for editors and tests).
 * Paths are relative to the language folder, for example {@code topics/side-effects.json}.
 */
@FunctionalInterface
public interface ContentFiles {

    /** Resource folder of the bundled English content. */
    String BUNDLED_ROOT = "/org/ketamineguide/content/en/";

    /**
     * Returns the text of a file.
     *
     * @throws ContentException naming the file when it does not exist or cannot be read
     */
    String read(String relativePath);

    /** The content shipped inside the app. */
    static ContentFiles bundled() {
        return relativePath -> {
            String resource = BUNDLED_ROOT + relativePath;
            try (InputStream in = ContentFiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ContentException(relativePath, null, null, "file not found");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ContentException(relativePath, null, null, "cannot be read: " + e.getMessage(), e);
            }
        };
    }

    /** Content kept in a folder on disk with the same layout as the bundled content. */
    static ContentFiles folder(Path root) {
        return relativePath -> {
            try {
                return Files.readString(root.resolve(relativePath), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new ContentException(relativePath, null, null, "file not found", e);
            } catch (IOException e) {
                throw new ContentException(relativePath, null, null, "cannot be read: " + e.getMessage(), e);
            }
        };
    }
}
