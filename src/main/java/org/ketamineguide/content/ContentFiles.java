package org.ketamineguide.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.ketamineguide.json.StrictJson;

/**
 * Where content files come from: the app's bundled resources, or a folder (for editors and tests).
 * Paths are relative to the language folder, for example {@code topics/side-effects.json}. Both
 * read through {@link StrictJson}: regular files only, at most {@link #MAX_BYTES} each, UTF-8.
 */
@FunctionalInterface
public interface ContentFiles {

    /** Resource folder of the bundled English content. */
    String BUNDLED_ROOT = "/org/ketamineguide/content/en/";

    /** Resource folder of all the bundled content: one folder per language code under it. */
    String BUNDLED_LANGUAGES = "/org/ketamineguide/content/";

    /**
     * Files every language shares, read from the English folder: sources keep their original
     * language, so one list serves all. Every other file must exist in each language's folder;
     * a language never falls back to English file by file.
     */
    java.util.Set<String> SHARED = java.util.Set.of("sources.json");

    /** The largest content file accepted; the largest shipped one is about a twentieth of it. */
    long MAX_BYTES = 1024 * 1024;

    /**
     * Returns the text of a file.
     *
     * @throws ContentException naming the file when it does not exist or cannot be read
     */
    String read(String relativePath);

    /** How content files are read and checked, with problems as {@link ContentException}s. */
    static StrictJson json(String relativePath) {
        return StrictJson.named(relativePath).maxBytes(MAX_BYTES).problems(ContentException::new);
    }

    /**
     * The same content in another language, by its code ("en", "es"). Content from a folder or
     * a test keeps its one language (it answers with itself); the bundled content reads the
     * language's own folder.
     */
    default ContentFiles inLanguage(String code) {
        return this;
    }

    /** The English content shipped inside the app. */
    static ContentFiles bundled() {
        return bundled("en");
    }

    /** The content shipped inside the app in a language ("en", "es"); {@link #SHARED} files come from English. */
    static ContentFiles bundled(String code) {
        if (!code.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("not a language code: " + code);
        }
        return new ContentFiles() {
            @Override
            public String read(String relativePath) {
                return readBundled((SHARED.contains(relativePath) ? "en" : code) + "/" + relativePath, relativePath);
            }

            @Override
            public ContentFiles inLanguage(String other) {
                return bundled(other);
            }
        };
    }

    private static String readBundled(String languagePath, String relativePath) {
        String resource = BUNDLED_LANGUAGES + languagePath;
        try (InputStream in = ContentFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ContentException(relativePath, null, null, "was not found");
            }
            return json(relativePath).readText(in);
        } catch (IOException e) {
            throw new ContentException(relativePath, null, null, "cannot be read", e);
        }
    }

    /** Content kept in a folder on disk with the same layout as the bundled content. */
    static ContentFiles folder(Path root) {
        return relativePath -> json(relativePath).readText(root.resolve(relativePath));
    }
}
