package org.ketamineguide.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Language;

/**
 * A clinic's settings for the app, read from the JSON file given with {@code --config}. Every field
 * is optional; {@link #defaults()} is what the app uses without a file. Immutable, plain Java.
 *
 * @param clinicName        shown in the app bar and on the About screen, or null
 * @param logo              an image file shown next to the clinic name, or null
 * @param staffHelpSentence the "tell a staff member" sentence of the crisis panel on a kiosk, or null
 * @param kiosk             start in kiosk mode even without {@code --kiosk}
 * @param idleTimeoutSeconds seconds without input before the kiosk asks "Are you still there?"
 * @param warningSeconds    seconds the "Are you still there?" countdown lasts (at least 20)
 * @param treatmentsOffered the treatments the clinic offers, in the file's order
 * @param defaultPrices     the clinic's own price per session for the planner, by treatment
 * @param phone             the clinic's phone number for questions, or null
 * @param staffPin          digits that close the kiosk, or null
 * @param kioskPrinter      the name of the printer a kiosk prints to without any dialog, or null
 *                          (a kiosk without one does not print: Print says to ask staff)
 * @param languages         the languages the app offers, in the file's order (one hides the switch)
 * @param defaultLanguage   the language the app starts in, and a kiosk returns to at each wipe
 * @param staffHelpSentenceEs the kiosk's "tell a staff member" sentence in Spanish, or null
 */
public record ClinicConfig(String clinicName, Path logo, String staffHelpSentence, boolean kiosk,
                           int idleTimeoutSeconds, int warningSeconds, List<Treatment> treatmentsOffered,
                           Map<Treatment, BigDecimal> defaultPrices, String phone, String staffPin,
                           String kioskPrinter, List<Language> languages, Language defaultLanguage,
                           String staffHelpSentenceEs) {

    public static final int DEFAULT_IDLE_SECONDS = 90;
    public static final int DEFAULT_WARNING_SECONDS = 30;

    public ClinicConfig {
        treatmentsOffered = List.copyOf(treatmentsOffered);
        defaultPrices = Map.copyOf(defaultPrices);
        languages = List.copyOf(languages);
        if (languages.isEmpty() || !languages.contains(defaultLanguage)) {
            throw new IllegalArgumentException("the default language must be one of the languages offered");
        }
    }

    /** Settings in every language the app has, starting in English. */
    public ClinicConfig(String clinicName, Path logo, String staffHelpSentence, boolean kiosk,
                        int idleTimeoutSeconds, int warningSeconds, List<Treatment> treatmentsOffered,
                        Map<Treatment, BigDecimal> defaultPrices, String phone, String staffPin,
                        String kioskPrinter) {
        this(clinicName, logo, staffHelpSentence, kiosk, idleTimeoutSeconds, warningSeconds, treatmentsOffered,
                defaultPrices, phone, staffPin, kioskPrinter, List.of(Language.values()), Language.EN, null);
    }

    /** The clinic's "tell a staff member" sentence in a language, or empty for the app's own. */
    public Optional<String> staffHelpSentence(Language language) {
        return Optional.ofNullable(language == Language.ES ? staffHelpSentenceEs : staffHelpSentence);
    }

    /** The settings used without a configuration file. */
    public static ClinicConfig defaults() {
        return new ClinicConfig(null, null, null, false, DEFAULT_IDLE_SECONDS, DEFAULT_WARNING_SECONDS,
                List.of(Treatment.values()), Map.of(), null, null, null);
    }

    /**
     * The settings of a kiosk whose configuration file was refused: the defaults, as a kiosk (no
     * PIN, so staff close it from the operating system once the file is fixed).
     */
    public static ClinicConfig standardKiosk() {
        return new ClinicConfig(null, null, null, true, DEFAULT_IDLE_SECONDS, DEFAULT_WARNING_SECONDS,
                List.of(Treatment.values()), Map.of(), null, null, null);
    }

    public Optional<String> optionalClinicName() {
        return Optional.ofNullable(clinicName);
    }

    public Optional<String> optionalPhone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> optionalStaffPin() {
        return Optional.ofNullable(staffPin);
    }

    public Optional<String> optionalKioskPrinter() {
        return Optional.ofNullable(kioskPrinter);
    }

    public Optional<BigDecimal> defaultPrice(Treatment treatment) {
        return Optional.ofNullable(defaultPrices.get(treatment));
    }

    public boolean offers(Treatment treatment) {
        return treatmentsOffered.contains(treatment);
    }
}
