package org.ketamineguide.shell;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.ketamineguide.nav.Screen;

/**
 * Which view shows each screen: filled once by the composition root, asked by the main window.
 * A screen built from the bundled content shows the content error screen instead when the content
 * failed to load. JavaFX thread only.
 */
public final class ScreenRegistry {
    private final Map<Screen, String> views = new EnumMap<>(Screen.class);
    private final Set<Screen> needContent = EnumSet.noneOf(Screen.class);
    private final Map<Screen, List<String>> stylesheets = new EnumMap<>(Screen.class);

    /** A screen whose view needs nothing from the bundled content (home, the error screen). */
    public ScreenRegistry frame(Screen screen, String fxml) {
        views.put(screen, fxml);
        return this;
    }

    /**
     * A screen whose view is built from the bundled content, styled by the given sheets (paths below
     * {@code /org/ketamineguide/}) on top of the ones every screen has.
     */
    public ScreenRegistry feature(Screen screen, String fxml, String... sheets) {
        views.put(screen, fxml);
        needContent.add(screen);
        stylesheets.put(screen, List.of(sheets));
        return this;
    }

    /** The stylesheets a screen needs beyond the ones every screen has (none for home and the error screen). */
    public List<String> stylesheets(Screen screen) {
        return stylesheets.getOrDefault(screen, List.of());
    }

    /**
     * The FXML path that shows the screen: its own, or the content error screen's when the screen
     * needs the content and it failed to load. {@code contentFailed} is asked only for such a screen:
     * asking waits for the content, which the first frame (home) must never do.
     */
    public String fxml(Screen screen, BooleanSupplier contentFailed) {
        Screen shown = needContent.contains(screen) && contentFailed.getAsBoolean() ? Screen.CONTENT_ERROR : screen;
        String fxml = views.get(shown);
        if (fxml == null) {
            throw new IllegalStateException("No view registered for screen " + shown);
        }
        return fxml;
    }
}
