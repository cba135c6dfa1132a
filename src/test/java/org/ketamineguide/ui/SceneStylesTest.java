package org.ketamineguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sheets join the scene as screens need them, each in its place, so the cascade is one sheet's. */
class SceneStylesTest {
    private static final List<String> ORDER = List.of("styles/app.css", "styles/planner.css", "styles/learn.css",
            "styles/screening.css", "styles/decision.css", "styles/app-end.css");

    private static List<String> names(List<String> urls) {
        return urls.stream().map(u -> u.substring(u.lastIndexOf('/') + 1)).toList();
    }

    @Test
    void theSheetsEveryScreenNeedsComeFirstAndTheLastStaysLast() {
        SceneStyles styles = new SceneStyles(ORDER, List.of("styles/app-end.css", "styles/app.css"));
        List<String> scene = new ArrayList<>();
        styles.attach(scene);
        assertEquals(List.of("app.css", "app-end.css"), names(scene));
    }

    @Test
    void featureSheetsGoBetweenInCascadeOrderWhateverOrderTheScreensOpenIn() {
        SceneStyles styles = new SceneStyles(ORDER, List.of("styles/app.css", "styles/app-end.css"));
        List<String> scene = new ArrayList<>();
        styles.attach(scene);
        styles.need(List.of("styles/decision.css"));
        assertEquals(List.of("app.css", "decision.css", "app-end.css"), names(scene));
        styles.need(List.of("styles/screening.css", "styles/learn.css"));
        assertEquals(List.of("app.css", "learn.css", "screening.css", "decision.css", "app-end.css"), names(scene));
        styles.need(List.of("styles/planner.css", "styles/learn.css"));
        assertEquals(List.of("app.css", "planner.css", "learn.css", "screening.css", "decision.css", "app-end.css"),
                names(scene));
        assertEquals(ORDER, styles.loaded());
    }

    @Test
    void sheetsNeededBeforeTheSceneExistsAreThereWhenItIsAttached() {
        // home is built while the main window loads, before there is a scene
        SceneStyles styles = new SceneStyles(ORDER, List.of("styles/app.css", "styles/app-end.css"));
        styles.need(List.of("styles/learn.css"));
        styles.need(List.of());
        List<String> scene = new ArrayList<>(List.of("left over"));
        styles.attach(scene);
        assertEquals(List.of("app.css", "learn.css", "app-end.css"), names(scene));
        styles.need(List.of("styles/learn.css"));
        assertEquals(3, scene.size(), "a sheet is never added twice");
    }

    @Test
    void anUnknownSheetIsAProgrammingErrorNamedAtOnce() {
        SceneStyles styles = new SceneStyles(ORDER, List.of("styles/app.css"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> styles.need(List.of("styles/missing.css")));
        assertEquals(true, e.getMessage().contains("styles/missing.css"));
    }

    @Test
    void everySheetInTheOrderIsOnTheClassPath() {
        SceneStyles styles = new SceneStyles(ORDER, ORDER);
        List<String> scene = new ArrayList<>();
        styles.attach(scene);
        assertEquals(ORDER.size(), scene.size());
    }
}
