package org.ketamineguide.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.config.ClinicConfigException;
import org.ketamineguide.config.ClinicConfigLoader;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.testing.Fuzz;
import org.ketamineguide.testing.JsonMutator;

/**
 * Feeds the clinic configuration loader 10,000 damaged files: each is either used (and then holds
 * sane settings) or refused with the one problem type and a plain message; none crashes or hangs.
 * A refused file that still says {@code "kiosk": true} always starts a kiosk.
 */
class ClinicConfigFuzzTest {
    private static final Pattern SAYS_KIOSK = Pattern.compile("\"kiosk\"\\s*:\\s*true");

    @TempDir
    Path dir;

    @Test
    void damagedConfigurationsAreUsedOrRefusedAndAKioskStaysAKiosk() {
        // A hang guard only: the whole run takes seconds.
        assertTimeoutPreemptively(Duration.ofMinutes(10), this::run);
    }

    private void run() throws IOException {
        Files.copy(Path.of("assets/clinic-logo.png"), dir.resolve("clinic-logo.png"));
        String[] seeds = {
                Files.readString(Path.of("assets/clinic-example.json")),
                "{\"kiosk\": true, \"staffPin\": \"246810\", \"idleTimeoutSeconds\": 60, \"warningSeconds\": 20,"
                        + " \"kioskPrinter\": \"Front desk\", \"treatmentsOffered\": [\"spravato\"]}",
                "{\"clinicName\": \"Valley Clinic\", \"phone\": \"555-010-0100\", \"defaultPrices\": {\"iv_ketamine\":"
                        + " 450.5}, \"treatmentsOffered\": []}"};
        Path file = dir.resolve("clinic.json");
        long seed = Fuzz.seed();
        Random random = new Random(seed);
        JsonMutator mutator = new JsonMutator(random);
        int used = 0;
        int refused = 0;
        int keptKiosk = 0;
        for (int i = 0; i < Fuzz.iterations(); i++) {
            String input = mutator.mutate(seeds[random.nextInt(seeds.length)]);
            Files.write(file, input.getBytes(StandardCharsets.UTF_8));
            ClinicConfigLoader.Outcome outcome;
            try {
                outcome = ClinicConfigLoader.start(file);
            } catch (RuntimeException | StackOverflowError e) {
                fail("seed " + seed + ", input " + i + " threw " + e + "\n" + input, e);
                return;
            }
            if (outcome.refusal().isEmpty()) {
                used++;
                assertSane(outcome.config(), input);
                assertEquals(outcome.config(), load(file, input), "start and load agree");
            } else {
                refused++;
                ClinicConfigException why = outcome.refusal().get();
                assertPlain(why.getMessage(), input);
                assertEquals(why.getMessage(), refusal(file, input), "start and load agree");
                ClinicConfig config = outcome.config();
                assertTrue(config.equals(ClinicConfig.defaults()) || config.equals(ClinicConfig.standardKiosk()), input);
                if (SAYS_KIOSK.matcher(input).find()) {
                    assertTrue(config.kiosk(), () -> "a refused file that says kiosk must start one:\n" + input);
                    keptKiosk++;
                }
            }
        }
        System.out.printf("clinic configuration fuzz: %d used, %d refused, %d refused but still kiosks (seed %d)%n",
                used, refused, keptKiosk, seed);
        assertEquals(Fuzz.iterations(), used + refused);
        assertTrue(refused > 0 && used > 0 && keptKiosk > 0, "the mutations must damage some files, not all");
    }

    private static ClinicConfig load(Path file, String input) {
        try {
            return ClinicConfigLoader.load(file);
        } catch (ClinicConfigException e) {
            throw new AssertionError("start used the file but load refused it: " + e.getMessage() + "\n" + input, e);
        }
    }

    private static String refusal(Path file, String input) {
        try {
            ClinicConfigLoader.load(file);
        } catch (ClinicConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("start refused the file but load used it\n" + input);
    }

    private static void assertSane(ClinicConfig c, String input) {
        assertTrue(c.idleTimeoutSeconds() >= 30 && c.idleTimeoutSeconds() <= 3600, input);
        assertTrue(c.warningSeconds() >= 20 && c.warningSeconds() <= 300, input);
        assertTrue(List.of(Treatment.values()).containsAll(c.treatmentsOffered()), input);
        for (BigDecimal price : c.defaultPrices().values()) {
            assertTrue(price.signum() >= 0 && price.compareTo(new BigDecimal("100000")) <= 0 && price.scale() == 2,
                    input);
        }
        assertTrue(c.logo() == null || Files.isRegularFile(c.logo()), input);
        assertTrue(c.staffPin() == null || c.staffPin().matches("[0-9]{4,12}"), input);
        for (String text : new String[] {c.clinicName(), c.staffHelpSentence(), c.phone(), c.kioskPrinter()}) {
            assertTrue(text == null || (!text.isBlank() && text.chars().noneMatch(ch -> ch < 0x20)), input);
        }
    }

    private static void assertPlain(String message, String input) {
        assertFalse(message == null || message.isBlank(), input);
        assertTrue(message.length() < 400, () -> "short: " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat ") || message.contains("gson")
                || message.chars().anyMatch(ch -> ch < 0x20), () -> "plain: " + message);
    }
}
