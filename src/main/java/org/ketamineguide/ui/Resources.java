package org.ketamineguide.ui;

import java.net.URL;

/** Finds class-path resources and fails fast, naming the path, when one is missing. */
public final class Resources {
    public static final String ROOT = "/org/ketamineguide/";

    private Resources() {
    }

    /**
     * The URL of a resource below {@code /org/ketamineguide/}.
     *
     * @throws IllegalStateException "Resource not found: path" when it does not exist
     */
    public static URL url(String relativePath) {
        String path = ROOT + relativePath;
        URL url = Resources.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("Resource not found: " + path);
        }
        return url;
    }

    /** The URL of a resource as the external form that CSS and FXML expect. */
    public static String external(String relativePath) {
        return url(relativePath).toExternalForm();
    }
}
