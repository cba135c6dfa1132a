package org.ketamineguide.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one way a view follows a model: it listens only while in a scene, catches up once on its
 * return when something changed, and a view thrown away is not kept alive by the model.
 */
class ViewScopeUiTest {
    /** A long-lived model. */
    private final SimpleStringProperty title = new SimpleStringProperty("a");
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private StackPane window;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void scene() {
        // a shown stage, so that pulses run: until the next pulse a parent keeps the children it
        // just lost (for its peer), which would keep a thrown-away view alive
        window = fx(() -> {
            StackPane root = new StackPane();
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(root, 200, 100));
            stage.show();
            return root;
        });
    }

    private static <T> T fx(Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void run(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    @Test
    void followsOnlyWhileInASceneAndCatchesUpOnceOnReturn() {
        List<String> drawn = new ArrayList<>();
        Label view = fx(() -> {
            Label l = new Label();
            new ViewScope(l).follow(() -> drawn.add(title.get() + items), title, items);
            window.getChildren().add(l);
            return l;
        });
        run(() -> title.set("b"));
        run(() -> items.add("x"));
        assertEquals(List.of("b[]", "b[x]"), drawn, "follows while in the scene");

        run(() -> window.getChildren().remove(view));
        run(() -> title.set("c"));
        run(() -> items.add("y"));
        run(() -> title.set("d"));
        assertEquals(2, drawn.size(), "listens to nothing while away");
        run(() -> window.getChildren().add(view));
        assertEquals(List.of("b[]", "b[x]", "d[x, y]"), drawn, "catches up once on return");

        run(() -> window.getChildren().remove(view));
        run(() -> title.set("e"));
        run(() -> title.set("d"));
        run(() -> window.getChildren().add(view));
        assertEquals(3, drawn.size(), "nothing changed in the end: no redraw on return");
    }

    @Test
    void onChangeGivesTheLastValueTheViewSaw() {
        List<String> changes = new ArrayList<>();
        Label view = fx(() -> {
            Label l = new Label();
            new ViewScope(l).onChange(title, (before, now) -> changes.add(before + ">" + now));
            return l;
        });
        run(() -> title.set("b"));
        assertEquals(List.of(), changes, "not in a scene yet: not listening");
        run(() -> window.getChildren().add(view));
        run(() -> title.set("c"));
        assertEquals(List.of("a>b", "b>c"), changes);
    }

    @Test
    void aCancelledWatchStopsAndAShowRuleIsABinding() {
        List<String> drawn = new ArrayList<>();
        SimpleBooleanProperty open = new SimpleBooleanProperty(false);
        Label view = fx(() -> {
            Label l = new Label();
            window.getChildren().add(l);
            ViewScope.Watch watch = new ViewScope(l).follow(() -> drawn.add(title.get()), title);
            watch.cancel();
            Shown.when(l, open);
            return l;
        });
        run(() -> title.set("b"));
        assertEquals(List.of(), drawn);
        assertFalse(view.isVisible() || view.isManaged());
        run(() -> open.set(true));
        assertTrue(view.isVisible() && view.isManaged());
    }

    @Test
    void aViewThrownAwayIsNotKeptAliveByTheModel() {
        WeakReference<Label> thrownAway = fx(() -> {
            Label l = new Label();
            window.getChildren().add(l);
            new ViewScope(l).follow(() -> l.setText(title.get()), title, items);
            window.getChildren().remove(l);
            return new WeakReference<>(l);
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 50 && thrownAway.get() != null; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        assertNull(thrownAway.get());
        run(() -> title.set("still fine"));
    }
}
