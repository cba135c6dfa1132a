package org.ketamineguide.shell;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.ketamineguide.nav.Screen;

/**
 * How the main window gets the views it shows: each screen, the crisis panel, and (on a kiosk
 * only) the kiosk overlays. Each is loaded when first needed.
 *
 * @param screens      loads a screen's view
 * @param crisisPanel  loads the crisis panel
 * @param kioskOverlay loads the idle warning and staff PIN overlays, or null when not a kiosk
 */
public record ShellViews(Function<Screen, Parent> screens, Supplier<Parent> crisisPanel, Supplier<Parent> kioskOverlay) {
}
