package org.ketamineguide;

/** Plain entry point so that {@code java -cp} can start the app with JavaFX on the class path. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        AppOptions options = AppOptions.parse(java.util.List.of(args));
        // a clinic file may ask for a kiosk, and a kiosk never opens the preferences: read ahead only without one
        if (!options.kiosk() && options.config().isEmpty()) {
            AppEnvironment.readSettingsAhead();
        }
        javafx.application.Application.launch(KetamineGuideApp.class, args);
    }
}
