package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Readability;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Messages;

/** The home screen's line about the host clinic says plainly what the clinic sells and who pays for the app. */
class ClinicNoticeTest {

    private static final Messages MESSAGES = Messages.english();

    private static ClinicConfig clinic(String name, List<String> treatments, Map<String, BigDecimal> prices) {
        Map<Treatment, BigDecimal> byTreatment = new LinkedHashMap<>();
        prices.forEach((id, price) -> byTreatment.put(Treatment.fromId(id).orElseThrow(), price));
        return new ClinicConfig(name, null, null, true, 120, 30,
                treatments.stream().map(id -> Treatment.fromId(id).orElseThrow()).toList(), byTreatment, null, null, null);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "spravato            | true  | This screen is in Sunrise Mood Clinic. The clinic sells these treatments: Esketamine nasal spray (Spravato).",
        "spravato,iv_ketamine| true  | This screen is in Sunrise Mood Clinic. The clinic sells these treatments: Esketamine nasal spray (Spravato) and IV ketamine infusions.",
        "iv_ketamine         | false | This copy of the app was set up by Sunrise Mood Clinic. The clinic sells these treatments: IV ketamine infusions.",
        "''                  | true  | This screen is in Sunrise Mood Clinic. The clinic does not sell ketamine or Spravato treatment."
    })
    void saysWhereTheScreenIsAndWhatTheClinicSells(String treatments, boolean kiosk, String opening) {
        List<String> ids = treatments.isBlank() ? List.of() : List.of(treatments.split(","));
        String text = ClinicNotice.text(clinic("Sunrise Mood Clinic", ids, Map.of()), true, kiosk, MESSAGES);
        assertTrue(text.startsWith(opening), text);
        assertTrue(text.contains("The clinic did not write this app and does not pay for it."), text);
        assertTrue(text.endsWith("This app covers other options too, so you can compare."), text);
    }

    @Test
    void mentionsTheClinicsPricesOnlyWhenItSetSome() {
        String withPrices = ClinicNotice.text(clinic("Sunrise Mood Clinic", List.of("spravato"),
                Map.of("spravato", new BigDecimal("850"))), true, true, MESSAGES);
        String without = ClinicNotice.text(clinic("Sunrise Mood Clinic", List.of("spravato"), Map.of()), true, true,
                MESSAGES);
        assertTrue(withPrices.contains("The clinic chose the starting prices in the cost planner."), withPrices);
        assertFalse(without.contains("starting prices"), without);
    }

    @Test
    void aClinicWithoutANameIsStillNamedAsAClinic() {
        String text = ClinicNotice.text(clinic(null, List.of("spravato"), Map.of()), true, true, MESSAGES);
        assertTrue(text.startsWith("This screen is in a clinic. The clinic sells"), text);
    }

    @Test
    void saysNothingWithoutAClinicConfiguration() {
        assertNull(ClinicNotice.text(ClinicConfig.defaults(), false, false, MESSAGES));
        assertNull(ClinicNotice.text(ClinicConfig.defaults(), false, true, MESSAGES));
    }

    @Test
    void theNoticeIsPlainLanguage() {
        String text = ClinicNotice.text(clinic("Sunrise Mood Clinic", List.of("spravato", "iv_ketamine"),
                Map.of("spravato", new BigDecimal("850"))), true, true, MESSAGES);
        double grade = Readability.grade(text);
        assertTrue(grade <= 6.0, "grade " + grade + ": " + text);
    }

    /** "Does not pay for it" must stay true: the bundled funding statement says no clinic pays for the app. */
    @Test
    void theNoPaymentSentenceAgreesWithTheFundingStatement() {
        String funding = ContentRepository.bundled().info().funding().toLowerCase(Locale.ROOT);
        assertTrue(funding.contains("clinic") && funding.contains("pays for this app"), funding);
        assertEquals("The clinic did not write this app and does not pay for it.", MESSAGES.get("home.clinic.notOurs"));
    }
}
