package org.ketamineguide;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Build facts about the app (its version), read from the filtered {@code app.properties}.
 *
 * @param version the app version, for example 1.0.0
 */
public record AppInfo(String version) {

    /** Reads the bundled build facts; an unreadable file gives version "unknown" rather than failing. */
    public static AppInfo bundled() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/ketamineguide/app.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return new AppInfo("unknown");
        }
        String version = p.getProperty("version", "unknown");
        return new AppInfo(version.startsWith("${") ? "unknown" : version);
    }
}
