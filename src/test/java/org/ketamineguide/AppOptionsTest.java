package org.ketamineguide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the command line is read. A kiosk fails closed: an option that a clinic's set-up typed a
 * little wrong ("--Kiosk", "-kiosk", the "—kiosk" a word processor makes of "--kiosk", "--kiosk=true")
 * still starts a kiosk, and a dash of any kind before "config" still loads the clinic's file, which
 * may itself ask for a kiosk.
 */
class AppOptionsTest {

    @ParameterizedTest(name = "{0} -> kiosk {1}, config {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "--kiosk | true | none",
            "'' | false | none",
            "--smoke | false | none",
            "--kiosk --config clinic.json | true | clinic.json",
            "--config=clinic.json | false | clinic.json",
            // typed a little wrong: still a kiosk
            "--Kiosk | true | none",
            "--KIOSK | true | none",
            "-kiosk | true | none",
            "\u2014kiosk | true | none",
            "\u2013kiosk | true | none",
            "--kiosk=true | true | none",
            "--kiosk=false | true | none",
            "--kiosks | true | none",
            // the clinic file after any dash, its name kept as written
            "\u2014config Clinic.json | false | Clinic.json",
            "-config /etc/Kiosk/Clinic.json | false | /etc/Kiosk/Clinic.json",
            "--CONFIG=/srv/Clinic.json | false | /srv/Clinic.json",
            // not options
            "--verbose | false | none",
            "--config | false | none"})
    void readsTheCommandLine(String line, boolean kiosk, String config) {
        List<String> args = line.isEmpty() ? List.of() : Arrays.asList(line.split(" "));
        AppOptions options = AppOptions.parse(args);
        assertEquals(kiosk, options.kiosk(), line);
        assertEquals(Optional.ofNullable(config).map(Path::of), options.config(), line);
    }
}
