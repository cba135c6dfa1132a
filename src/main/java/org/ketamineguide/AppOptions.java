package org.ketamineguide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command-line options of the app.
 *
 * @param smoke   start, wait for the first rendered frame, print {@code first-frame-ms=N} and exit
 * @param kiosk   run as a waiting-room kiosk
 * @param config  a clinic configuration file, or empty
 * @param ignored arguments that were not understood (reported, never fatal; one that mentions the
 *                kiosk turns the kiosk on, because a kiosk fails closed)
 */
public record AppOptions(boolean smoke, boolean kiosk, Optional<Path> config, List<String> ignored) {

    public AppOptions {
        ignored = List.copyOf(ignored);
    }

    public static AppOptions defaults() {
        return new AppOptions(false, false, Optional.empty(), List.of());
    }

    public static AppOptions parse(List<String> args) {
        boolean smoke = false;
        boolean kiosk = false;
        Path config = null;
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = option(args.get(i));
            switch (a) {
                case "--smoke" -> smoke = true;
                case "--kiosk" -> kiosk = true;
                case "--config" -> {
                    if (i + 1 < args.size()) {
                        config = Path.of(args.get(++i));
                    } else {
                        ignored.add(args.get(i));
                    }
                }
                default -> {
                    if (a.startsWith("--config=")) {
                        config = Path.of(a.substring("--config=".length()));
                    } else {
                        ignored.add(args.get(i));
                        // a kiosk fails closed: "--kiosk=true", "--kiosk=no" or a typo that still says kiosk
                        kiosk |= a.contains("kiosk");
                    }
                }
            }
        }
        return new AppOptions(smoke, kiosk, Optional.ofNullable(config), ignored);
    }

    /**
     * An option as the app knows it: leading dashes of any kind ("-kiosk", or the "—kiosk" a word
     * processor makes of "--kiosk") become "--", and the option's name (not a file name after '=')
     * is read in lower case ("--Kiosk"). Anything not starting with a dash is kept as written.
     */
    private static String option(String arg) {
        java.util.regex.Matcher dashes = LEADING_DASHES.matcher(arg);
        if (!dashes.lookingAt()) {
            return arg;
        }
        String rest = arg.substring(dashes.end());
        int equals = rest.indexOf('=');
        String name = (equals < 0 ? rest : rest.substring(0, equals)).strip().toLowerCase(java.util.Locale.ROOT);
        return "--" + name + (equals < 0 ? "" : rest.substring(equals));
    }

    /** Hyphen-minus, the Unicode hyphens and dashes (U+2010 to U+2015) and the minus sign. */
    private static final java.util.regex.Pattern LEADING_DASHES =
            java.util.regex.Pattern.compile("[-\u2010-\u2015\u2212]+");
}
