package org.ketamineguide.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.testing.HostileFiles;

class ClinicConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void exampleFileInAssetsIsValidAndApplied() throws Exception {
        ClinicConfig c = ClinicConfigLoader.load(Path.of("assets/clinic-example.json"));
        assertEquals("Sunrise Mood Clinic", c.clinicName());
        assertTrue(c.kiosk());
        assertEquals(120, c.idleTimeoutSeconds());
        assertEquals(30, c.warningSeconds());
        assertEquals(List.of("spravato", "iv_ketamine"), c.treatmentsOffered().stream().map(Treatment::id).toList());
        assertEquals(new BigDecimal("850.00"), c.defaultPrice(Treatment.SPRAVATO).orElseThrow());
        assertEquals(new BigDecimal("475.00"), c.defaultPrice(Treatment.IV_KETAMINE).orElseThrow());
        assertEquals("(555) 010-0199", c.phone());
        assertEquals("482619", c.staffPin());
        assertTrue(c.logo().toString().endsWith("clinic-logo.png"));
        assertTrue(c.staffHelpSentence().startsWith("Tell the front desk"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nothing said           | {}                                                  | EN ES | EN",
            "Spanish listed first   | {\"languages\": [\"es\", \"en\"]}               | ES EN | EN",
            "English default stated | {\"languages\": [\"es\", \"en\"], \"defaultLanguage\": \"en\"} | ES EN | EN",
            "Spanish only           | {\"languages\": [\"es\"]}                         | ES    | ES",
            "Spanish default        | {\"defaultLanguage\": \"es\"}                     | EN ES | ES"})
    void languagesAndTheDefaultAreRead(String name, String json, String offered, String first) throws Exception {
        ClinicConfig c = ClinicConfigLoader.parse(json, dir);
        assertEquals(java.util.Arrays.stream(offered.split(" ")).map(org.ketamineguide.i18n.Language::valueOf).toList(),
                c.languages(), name);
        assertEquals(org.ketamineguide.i18n.Language.valueOf(first), c.defaultLanguage(), name);
    }

    @Test
    void theStaffSentenceComesInEachLanguage() throws Exception {
        ClinicConfig c = ClinicConfigLoader.parse(
                "{\"staffHelpSentence\": \"Tell the desk.\", \"staffHelpSentenceEs\": \"Avise en la recepción.\"}", dir);
        assertEquals("Tell the desk.", c.staffHelpSentence(org.ketamineguide.i18n.Language.EN).orElseThrow());
        assertEquals("Avise en la recepción.", c.staffHelpSentence(org.ketamineguide.i18n.Language.ES).orElseThrow());
        assertTrue(ClinicConfigLoader.parse("{\"staffHelpSentence\": \"Tell the desk.\"}", dir)
                .staffHelpSentence(org.ketamineguide.i18n.Language.ES).isEmpty(), "the app's own Spanish sentence then");
    }

    @Test
    void emptyObjectGivesTheDefaults() throws Exception {
        assertEquals(ClinicConfig.defaults(), ClinicConfigLoader.parse("{}", dir));
    }

    @Test
    void relativeLogoIsResolvedAgainstTheConfigFolder() throws Exception {
        Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
        Path file = dir.resolve("clinic.json");
        Files.writeString(file, "{\"logo\": \"logo.png\"}");
        assertEquals(dir.resolve("logo.png").toAbsolutePath(), ClinicConfigLoader.load(file).logo().toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON                  | {\"clinicName\": |                     | not valid JSON",
            "not an object             | [1, 2]          |                     | one JSON object",
            "unknown setting           | {\"idleTimeout\": 60} | idleTimeout    | not a known setting",
            "name not text             | {\"clinicName\": 5} | clinicName       | must be text",
            "blank name                | {\"clinicName\": \"  \"} | clinicName  | is blank",
            "kiosk not boolean         | {\"kiosk\": \"yes\"} | kiosk            | true or false",
            "idle too short            | {\"idleTimeoutSeconds\": 5} | idleTimeoutSeconds | from 30 to 3600",
            "idle not whole            | {\"idleTimeoutSeconds\": 90.5} | idleTimeoutSeconds | whole number",
            "warning under 20 seconds  | {\"warningSeconds\": 10} | warningSeconds | from 20 to 300",
            "unknown treatment         | {\"treatmentsOffered\": [\"tms\"]} | treatmentsOffered | may only hold",
            "treatments not a list     | {\"treatmentsOffered\": \"spravato\"} | treatmentsOffered | must be a list",
            "price for unknown treatment | {\"defaultPrices\": {\"ect\": 100}} | defaultPrices.ect | is not a treatment",
            "negative price            | {\"defaultPrices\": {\"spravato\": -1}} | defaultPrices.spravato | from 0 to 100000",
            "price as text             | {\"defaultPrices\": {\"spravato\": \"$900\"}} | defaultPrices.spravato | must be a number",
            "bad phone                 | {\"phone\": \"call us\"} | phone          | phone number",
            "short PIN                 | {\"staffPin\": \"12\"} | staffPin         | 4 to 12 digits",
            "PIN as number             | {\"staffPin\": 1234} | staffPin           | must be text",
            "logo missing              | {\"logo\": \"nope.png\"} | logo           | was not found",
            "logo wrong type           | {\"logo\": \"logo.gif\"} | logo           | .png or .jpg",
            "huge exponent in idle     | {\"idleTimeoutSeconds\": 1e99999} | idleTimeoutSeconds | far outside",
            "huge exponent in warning  | {\"warningSeconds\": 1e99999} | warningSeconds | far outside",
            "huge exponent in a price  | {\"defaultPrices\": {\"spravato\": 1e99999}} | defaultPrices.spravato | far outside",
            "tiny exponent in a price  | {\"defaultPrices\": {\"spravato\": -1e-99999}} | defaultPrices.spravato | far outside",
            "kiosk given twice         | {\"kiosk\": true, \"kiosk\": false} | kiosk     | given twice",
            "comment                   | {\"kiosk\": true} // on |                  | not valid JSON",
            "unquoted name             | {kiosk: true}   |                     | not valid JSON",
            "trailing data             | {\"kiosk\": true} {} |                   | not valid JSON",
            "NUL in text               | {\"clinicName\": \"A\\u0000B\"} | clinicName | control character",
            "unknown language          | {\"languages\": [\"en\", \"fr\"]} | languages | may only hold [en, es], not 'fr'",
            "language twice            | {\"languages\": [\"es\", \"es\"]} | languages | twice",
            "no language               | {\"languages\": []} | languages         | at least one",
            "languages not a list      | {\"languages\": \"es\"} | languages       | must be a list",
            "default not offered       | {\"languages\": [\"en\"], \"defaultLanguage\": \"es\"} | defaultLanguage | one of the languages offered [en]",
            "unknown default           | {\"defaultLanguage\": \"Spanish\"} | defaultLanguage | not 'Spanish'",
            "Spanish staff line too long | {\"staffHelpSentenceEs\": \"%s\"} | staffHelpSentenceEs | too long"})
    void brokenFileIsRefusedNamingTheField(String name, String rawJson, String field, String message) {
        String json = rawJson.contains("%s") ? String.format(rawJson, "a".repeat(201)) : rawJson;
        ClinicConfigException e = assertThrows(ClinicConfigException.class, () -> ClinicConfigLoader.parse(json, dir));
        assertEquals(field, e.field(), name);
        assertTrue(e.getMessage().contains(message), () -> name + ": " + e.getMessage());
        if (field != null) {
            assertTrue(e.getMessage().contains("'" + field + "'"), e.getMessage());
        }
    }

    @Test
    void aLogoThatIsNotReallyAnImageIsRefusedByName() throws Exception {
        Files.writeString(dir.resolve("logo.png"), "<svg>not a png</svg>");
        assertLogoRefused("not a PNG or JPEG");
    }

    @Test
    void aLogoThatIsAPipeADeviceOrHugeIsRefusedQuickly() throws Exception {
        HostileFiles.namedPipe(dir.resolve("logo.png"));
        assertLogoRefused("not a regular file");
        Files.delete(dir.resolve("logo.png"));
        HostileFiles.linkToDevZero(dir.resolve("logo.png"));
        assertLogoRefused("not a regular file");
        Files.delete(dir.resolve("logo.png"));
        HostileFiles.sparse(dir.resolve("logo.png"), "\u0089PNG");
        assertLogoRefused("too large");
    }

    /** A PNG signature and an IHDR chunk saying how large the picture is (no picture data needed). */
    private static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height);
        b.put(new byte[] {8, 0, 0, 0, 0}).putInt(0);
        return b.array();
    }

    /** A JPEG start, an APP0 segment, then a frame header (SOF0) saying how large the picture is. */
    private static byte[] jpegHeader(int width, int height) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(2 + 18 + 21);
        b.put(new byte[] {(byte) 0xFF, (byte) 0xD8});
        b.put(new byte[] {(byte) 0xFF, (byte) 0xE0}).putShort((short) 16).put(new byte[14]);
        b.put(new byte[] {(byte) 0xFF, (byte) 0xC0}).putShort((short) 17).put((byte) 8)
                .putShort((short) height).putShort((short) width).put(new byte[12]);
        return b.array();
    }

    @Test
    void aLogoThatWouldBeHugeOnceDrawnIsRefusedBeforeAnythingDrawsIt() throws Exception {
        Files.write(dir.resolve("logo.png"), pngHeader(40_000, 40_000));
        assertLogoRefused("pixels");
        Files.write(dir.resolve("logo.png"), pngHeader(160, 5_000));
        assertLogoRefused("pixels");
        Files.write(dir.resolve("logo.png"), pngHeader(4096, 40));
        Path file = dir.resolve("clinic.json");
        Files.writeString(file, "{\"logo\": \"logo.png\"}");
        assertEquals(dir.resolve("logo.png").toAbsolutePath(), ClinicConfigLoader.load(file).logo().toAbsolutePath());

        Files.delete(dir.resolve("logo.png"));
        Files.write(dir.resolve("logo.jpg"), jpegHeader(30_000, 20_000));
        Files.writeString(file, "{\"logo\": \"logo.jpg\"}");
        ClinicConfigException e = assertThrows(ClinicConfigException.class, () -> ClinicConfigLoader.load(file));
        assertTrue(e.getMessage().contains("'logo'") && e.getMessage().contains("pixels"), e.getMessage());
        Files.write(dir.resolve("logo.jpg"), jpegHeader(320, 80));
        assertEquals(dir.resolve("logo.jpg").toAbsolutePath(), ClinicConfigLoader.load(file).logo().toAbsolutePath());
    }

    private void assertLogoRefused(String why) {
        ClinicConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                ClinicConfigException.class, () -> ClinicConfigLoader.parse("{\"logo\": \"logo.png\"}", dir)));
        assertEquals("logo", e.field());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void aRealJpegLogoIsAccepted() throws Exception {
        Files.write(dir.resolve("logo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0, 0});
        assertTrue(ClinicConfigLoader.parse("{\"logo\": \"logo.jpg\"}", dir).logo().endsWith("logo.jpg"));
    }

    @Test
    void unreadableFileIsRefused() {
        ClinicConfigException e = assertThrows(ClinicConfigException.class,
                () -> ClinicConfigLoader.load(dir.resolve("missing.json")));
        assertFalse(e.getMessage().isBlank());
    }
}
