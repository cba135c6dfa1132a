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
 * @param ignored arguments that were not understood (reported, never fatal)
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
            String a = args.get(i);
            switch (a) {
                case "--smoke" -> smoke = true;
                case "--kiosk" -> kiosk = true;
                case "--config" -> {
                    if (i + 1 < args.size()) {
                        config = Path.of(args.get(++i));
                    } else {
                        ignored.add(a);
                    }
                }
                default -> {
                    if (a.startsWith("--config=")) {
                        config = Path.of(a.substring("--config=".length()));
                    } else {
                        ignored.add(a);
                    }
                }
            }
        }
        return new AppOptions(smoke, kiosk, Optional.ofNullable(config), ignored);
    }
}
