package org.ketamineguide.i18n;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the whole app can be shown in: its code (the content folder and the settings value),
 * its locale (messages, dates) and its name written in itself, which is how the language switch
 * labels it ("English", "Español"), so a reader finds their own language whatever is showing. The
 * switch also describes each button in its own language; those few words live here with the name,
 * so the first frame never loads a second language's whole message bundle for them.
 * Plain Java; immutable.
 */
public enum Language {
    EN("en", Locale.US, "English", "Show the app in English", "Shown now"),
    ES("es", Locale.forLanguageTag("es-US"), "Español", "Ver la aplicación en español", "En uso");

    private final String code;
    private final Locale locale;
    private final String nativeName;
    private final String offer;
    private final String shownNow;

    Language(String code, Locale locale, String nativeName, String offer, String shownNow) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
        this.offer = offer;
        this.shownNow = shownNow;
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

    /**
     * What the switch's button for this language does, said in this language: "Show the app in
     * English", "Ver la aplicación en español"; or, for the language shown, "Shown now", "En uso".
     */
    public String switchHelp(boolean shown) {
        return shown ? shownNow : offer;
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
