package org.ketamineguide.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string the user sees, in one language, read from {@code i18n/messages.properties} (and
 * {@code messages_<language>.properties} for another language), together with the app's one way
 * to write dates and amounts of money. Placeholders are {@code {0}}, {@code {1}}, ... and
 * apostrophes are plain text (no MessageFormat quoting rules).
 *
 * <p>Dates follow the bundle's {@code format.date} and {@code format.monthYear} patterns, so a
 * language writes them its own way ("March 4, 2025"). Money is always US dollars written the US
 * way ("$1,234.50"), because every price in the app is a US price. Immutable; safe on any thread.
 */
public final class Messages {
    public static final String BUNDLE = "org.ketamineguide.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter monthYear;
    /**
     * The symbols money is written with, made on first use: reading a locale's number symbols
     * loads its locale data (for Spanish, the JDK's extra locale module), which the first frame
     * never needs. Racy but safe: every thread makes equal symbols, and a format copies them.
     */
    private volatile DecimalFormatSymbols moneySymbols;

    /** The messages of a bundle, written for its locale (English when the bundle names none). */
    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale();
        this.date = DateTimeFormatter.ofPattern(get("format.date"), locale);
        this.monthYear = DateTimeFormatter.ofPattern(get("format.monthYear"), locale);
    }

    /** The English bundle shipped with the app. */
    public static Messages english() {
        return forLocale(Locale.ENGLISH);
    }

    /**
     * The messages for a language: its own bundle where there is one, English for every key it
     * lacks (and for a language the app does not have).
     */
    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The language these messages are written in. */
    public Locale locale() {
        return locale;
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

    /** A date as the app shows it everywhere: "November 23, 2026". */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** A month as the app shows it: "March 2019". */
    public String monthYear(YearMonth month) {
        return monthYear.format(month);
    }

    /** The sign written before an amount of money: "$". */
    private static String currencySymbol() {
        return "$";
    }

    /** An amount of money with cents: "$1,234.50"; a negative amount as "-$1,234.50". */
    public String money(BigDecimal amount) {
        return signed(amount, "#,##0.00");
    }

    /** "$1,235" when the amount has no cents, else "$1,234.50": for prices and ranges in sentences. */
    public String moneyShort(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 0 ? signed(amount, "#,##0") : money(amount);
    }

    private String signed(BigDecimal amount, String pattern) {
        return (amount.signum() < 0 ? "-" : "") + currencySymbol() + decimal(pattern).format(amount.abs());
    }

    private DecimalFormat decimal(String pattern) {
        // A new format each time: DecimalFormat is not thread-safe.
        DecimalFormatSymbols symbols = moneySymbols;
        if (symbols == null) {
            symbols = DecimalFormatSymbols.getInstance(new Locale(locale.getLanguage(), "US"));
            moneySymbols = symbols;
        }
        DecimalFormat f = new DecimalFormat(pattern, symbols);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
