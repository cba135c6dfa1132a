package org.ketamineguide;

/** Plain entry point so that {@code java -cp} can start the app with JavaFX on the class path. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(KetamineGuideApp.class, args);
    }
}
