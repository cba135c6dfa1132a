package org.ketamineguide.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the whole app can be shown in: its code (the content folder and the settings value),
 * its locale (messages, dates) and its name written in itself, which is how the language switch
 * labels it ("English", "Español"), so a reader finds their own language whatever is showing.
 * Plain Java; immutable.
 */
public enum Language {
    EN("en", Locale.US, "English"),
    ES("es", Locale.forLanguageTag("es-US"), "Español");

    private final String code;
    private final Locale locale;
    private final String nativeName;

    Language(String code, Locale locale, String nativeName) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    /** The two-letter code: "en", "es". */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself: "English", "Español". */
    public String nativeName() {
        return nativeName;
    }

    /** The language with a code, or empty for a code the app does not have. */
    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The messages written in this language. */
    public Messages messages() {
        return Messages.forLocale(locale);
    }
}
