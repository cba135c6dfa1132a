package org.ketamineguide.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The app's one date format and one money format, and building messages for a language. */
class MessagesTest {
    private static final Messages ENGLISH = Messages.english();

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "1234.5     | $1,234.50     | $1,234.50",
            "1500       | $1,500.00     | $1,500",
            "1500.00    | $1,500.00     | $1,500",
            "0          | $0.00         | $0",
            "0.005      | $0.01         | $0.01",
            "-2000      | -$2,000.00    | -$2,000",
            "-12.5      | -$12.50       | -$12.50",
            "1234567.89 | $1,234,567.89 | $1,234,567.89"})
    void moneyIsWrittenTheUsWay(String amount, String full, String shortForm) {
        assertEquals(full, ENGLISH.money(new BigDecimal(amount)));
        assertEquals(shortForm, ENGLISH.moneyShort(new BigDecimal(amount)));
    }

    @Test
    void datesAreWrittenOneWay() {
        assertEquals("March 4, 2025", ENGLISH.date(LocalDate.of(2025, 3, 4)));
        assertEquals("November 23, 2026", ENGLISH.date(LocalDate.of(2026, 11, 23)));
        assertEquals("March 2019", ENGLISH.monthYear(YearMonth.of(2019, 3)));
    }

    @Test
    void aLanguageWithoutItsOwnBundleGetsEnglish() {
        Messages other = Messages.forLocale(Locale.JAPANESE);
        assertEquals(Locale.ENGLISH, other.locale());
        assertEquals(ENGLISH.get("app.title"), other.get("app.title"));
        assertEquals("March 4, 2025", other.date(LocalDate.of(2025, 3, 4)));
        assertEquals(Locale.ENGLISH, ENGLISH.locale());
    }

    @Test
    void aMissingKeyShowsTheKeyAndPlaceholdersAreFilled() {
        assertEquals("no.such.key", ENGLISH.get("no.such.key"));
        assertEquals("Made on March 4, 2025 with the Ketamine Therapy Guide.",
                ENGLISH.format("print.madeOn", ENGLISH.date(LocalDate.of(2025, 3, 4))));
    }

    @Test
    void spanishWritesDatesItsWayAndMoneyTheUsWay() {
        Messages spanish = Language.ES.messages();
        assertEquals("es", spanish.locale().getLanguage());
        assertEquals("29 de noviembre de 2026", spanish.date(LocalDate.of(2026, 11, 29)));
        assertEquals("4 de marzo de 2025", spanish.date(LocalDate.of(2025, 3, 4)));
        assertEquals("marzo de 2019", spanish.monthYear(YearMonth.of(2019, 3)));
        assertEquals("$1,234.50", spanish.money(new BigDecimal("1234.5")));
        assertEquals("-$1,234,567.89", spanish.money(new BigDecimal("-1234567.89")));
        assertEquals("$1,500", spanish.moneyShort(new BigDecimal("1500")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, English, en", "es, Español, es"})
    void languagesKnowTheirCodeNameAndMessages(String code, String nativeName, String messagesLanguage) {
        Language language = Language.ofCode(code).orElseThrow();
        assertEquals(code, language.code());
        assertEquals(nativeName, language.nativeName());
        assertEquals(messagesLanguage, language.messages().locale().getLanguage());
        assertEquals(java.util.Optional.empty(), Language.ofCode("fr"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, Show the app in English, Shown now", "es, Ver la aplicación en español, En uso"})
    void eachLanguageDescribesItsSwitchButtonInItself(String code, String offer, String shownNow) {
        // said in the button's own language whatever is showing, so a reader of either finds theirs
        Language language = Language.ofCode(code).orElseThrow();
        assertEquals(offer, language.switchHelp(false));
        assertEquals(shownNow, language.switchHelp(true));
    }
}
