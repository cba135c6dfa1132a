package org.ketamineguide.planner.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Listens to long-lived model state only while a view is on screen. The model outlives its views
 * (the main window may drop and rebuild them), so a view must not stay attached to it after it
 * leaves the scene; when it comes back, it catches up at once. JavaFX thread only.
 */
final class WhileShowing {
    private WhileShowing() {
    }

    /** Calls {@code listener} whenever a source changes while {@code view} is in a scene, and on each return. */
    static void listen(Node view, InvalidationListener listener, Observable... sources) {
        ChangeListener<Scene> onScene = (obs, old, scene) -> {
            for (Observable o : sources) {
                o.removeListener(listener);
            }
            if (scene != null) {
                for (Observable o : sources) {
                    o.addListener(listener);
                }
                listener.invalidated(null);
            }
        };
        view.sceneProperty().addListener(onScene);
        if (view.getScene() != null) {
            onScene.changed(null, null, view.getScene());
        }
    }
}
