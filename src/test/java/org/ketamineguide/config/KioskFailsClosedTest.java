package org.ketamineguide.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.testing.HostileFiles;

/**
 * Kiosk mode is decided first and fails closed: a configuration that asks for a kiosk starts one
 * even when the file is refused (with the standard settings and a warning for staff that names the
 * problem), and so does a file that cannot be read at all, since nobody can tell what it asked for.
 */
class KioskFailsClosedTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private ClinicConfigLoader.Outcome start(String text) throws IOException {
        Path file = dir.resolve("clinic.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ClinicConfigLoader.start(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a typo elsewhere          | {\"kiosk\": true, \"idleTimeout\": 60, \"staffPin\": \"2468\"} | idleTimeout",
            "broken JSON               | {\"kiosk\": true, \"clinicName\": \"Sunrise\"                 | not valid JSON",
            "a comment                 | {\"kiosk\": true} // set up by IT                              | not valid JSON",
            "a huge exponent           | {\"kiosk\": true, \"idleTimeoutSeconds\": 1e99999}             | idleTimeoutSeconds",
            "kiosk as text             | {\"kiosk\": \"true\"}                                          | 'kiosk'",
            "unquoted name             | {kiosk: true}                                                   | not valid JSON",
            "single quotes             | {'kiosk': true}                                                 | not valid JSON",
            "false then true           | {\"kiosk\": false, \"kiosk\": true}                             | given twice",
            "a bad value elsewhere     | {\"clinicName\": 5, \"KIOSK\": TRUE}                            | not valid JSON",
            "a NUL in a name           | {\"kiosk\": true, \"clinicName\": \"A\\u0000\"}                 | control character",
            "an unknown language       | {\"kiosk\": true, \"languages\": [\"en\", \"fr\"]}            | 'languages'",
            "a default not offered     | {\"kiosk\": true, \"languages\": [\"es\"], \"defaultLanguage\": \"en\"} | 'defaultLanguage'"})
    void aRefusedFileThatAsksForAKioskStartsAStandardKiosk(String what, String text, String named) throws IOException {
        ClinicConfigLoader.Outcome outcome = start(text);
        assertEquals(ClinicConfig.standardKiosk(), outcome.config(), what);
        assertTrue(outcome.config().kiosk(), what);
        String warning = outcome.warning().orElseThrow(() -> new AssertionError(what + ": no warning"));
        assertTrue(warning.contains(named), () -> what + ": " + warning);
        assertTrue(warning.contains("clinic.json"), warning);
    }

    @Test
    void theStandardKioskHasTheDefaultsAndNoPin() {
        ClinicConfig kiosk = ClinicConfig.standardKiosk();
        ClinicConfig defaults = ClinicConfig.defaults();
        assertTrue(kiosk.kiosk());
        assertEquals(defaults.idleTimeoutSeconds(), kiosk.idleTimeoutSeconds());
        assertEquals(defaults.warningSeconds(), kiosk.warningSeconds());
        assertEquals(defaults.treatmentsOffered(), kiosk.treatmentsOffered());
        assertTrue(kiosk.optionalStaffPin().isEmpty() && kiosk.optionalClinicName().isEmpty()
                && kiosk.optionalKioskPrinter().isEmpty() && kiosk.logo() == null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "kiosk false and a typo    | {\"kiosk\": false, \"idleTimeout\": 60}",
            "no kiosk at all           | {\"clinicName\": 5}",
            "only a kiosk printer      | {\"kioskPrinter\": \"Front desk\", \"colour\": \"blue\"}",
            "kiosk null                | {\"kiosk\": null, \"idleTimeout\": 60}"})
    void aRefusedFileThatDoesNotAskForAKioskStartsWithTheDefaults(String what, String text) throws IOException {
        ClinicConfigLoader.Outcome outcome = start(text);
        assertEquals(ClinicConfig.defaults(), outcome.config(), what);
        assertTrue(outcome.warning().isPresent(), what);
    }

    @Test
    void aValidFileIsUsedAsItIsWithoutAWarning() throws IOException {
        ClinicConfigLoader.Outcome kiosk = start("{\"kiosk\": true, \"staffPin\": \"135790\", \"idleTimeoutSeconds\": 60}");
        assertTrue(kiosk.config().kiosk());
        assertEquals("135790", kiosk.config().staffPin());
        assertTrue(kiosk.refusal().isEmpty());
        ClinicConfigLoader.Outcome laptop = start("{\"clinicName\": \"Sunrise\"}");
        assertFalse(laptop.config().kiosk());
        assertEquals("Sunrise", laptop.config().clinicName());
        assertTrue(laptop.warning().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"missing", "named pipe", "/dev/zero", "link to /dev/zero", "folder", "sparse 3 GB file",
            "not UTF-8"})
    void aFileThatCannotBeReadStartsAKioskQuickly(String kind) throws IOException {
        Path file = dir.resolve("clinic.json");
        switch (kind) {
            case "missing" -> { }
            case "named pipe" -> HostileFiles.namedPipe(file);
            case "/dev/zero" -> {
                HostileFiles.linkToDevZero(dir.resolve("probe"));
                file = Path.of("/dev/zero");
            }
            case "link to /dev/zero" -> HostileFiles.linkToDevZero(file);
            case "folder" -> Files.createDirectory(file);
            case "sparse 3 GB file" -> HostileFiles.sparse(file, "{\"kiosk\": false}");
            case "not UTF-8" -> Files.write(file, new byte[] {'{', (byte) 0xFF, '}'});
            default -> throw new IllegalArgumentException(kind);
        }
        Path chosen = file;
        ClinicConfigLoader.Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> ClinicConfigLoader.start(chosen));
        assertEquals(ClinicConfig.standardKiosk(), outcome.config(), kind);
        String warning = outcome.warning().orElseThrow();
        assertTrue(warning.contains(String.valueOf(chosen.getFileName())), warning);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"kiosk\": true}                         | true",
            "{ \"kiosk\" :\\n\\ttrue }                 | true",
            "{\"Kiosk\": True}                         | true",
            "{\"kiosk\": tru                           | true",
            "{\"kiosk\": 1}                            | true",
            "// \"kiosk\": true\\n{}                   | true",
            "{\"kiosk\": false}                        | false",
            "{\"kiosk\": null}                         | false",
            "{\"kioskPrinter\": \"P\"}                 | false",
            "{\"clinicName\": \"The kiosk clinic\"}    | false",
            "{\"notakiosk\": true}                     | false",
            "{\"kiosk\": false, \"kiosk\": true}       | true"})
    void asksForKioskReadsRefusedTextTolerantly(String text, boolean asks) {
        assertEquals(asks, ClinicConfigLoader.asksForKiosk(text.replace("\\n", "\n").replace("\\t", "\t")), text);
    }
}
