package org.ketamineguide.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string the user sees, read from {@code i18n/messages.properties}. Placeholders are
 * {@code {0}}, {@code {1}}, ... and apostrophes are plain text (no MessageFormat quoting rules).
 * Immutable; safe on any thread.
 */
public final class Messages {
    public static final String BUNDLE = "org.ketamineguide.i18n.messages";

    private final ResourceBundle bundle;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The English bundle shipped with the app. */
    public static Messages english() {
        return new Messages(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH));
    }

    /** The bundle, for {@code %key} look-ups in FXML. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for a key; a missing key shows the key itself rather than failing in front of a user. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text for a key with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
