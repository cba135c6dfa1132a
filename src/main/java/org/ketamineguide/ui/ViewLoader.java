package org.ketamineguide.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import org.ketamineguide.i18n.Messages;

/**
 * Loads FXML views with the app's message bundle and controller factory. Used on the JavaFX thread.
 */
public final class ViewLoader {
    private final Messages messages;
    private final ControllerFactory controllers;

    public ViewLoader(Messages messages, ControllerFactory controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    /** A loaded view: its root node and its controller (null for a view without one). */
    public record View<C>(Parent root, C controller) {
    }

    /**
     * Applies CSS to a view that is not showing yet and lays it out in the place where it will
     * show, then takes it out again, all in one go on the JavaFX thread: no frame is drawn in
     * between, so nobody ever sees it there. Its first showing then finds its control skins built,
     * its styles cached for that place and its layout done at that size (a screen's first visit
     * spends most of its time there). JavaFX thread only.
     */
    public static <P extends Parent> P warmUp(P view, Pane place) {
        place.getChildren().add(view);
        try {
            place.applyCss();
            place.layout();
        } finally {
            place.getChildren().remove(view);
        }
        return view;
    }

    /**
     * Loads a view from an FXML path below {@code /org/ketamineguide/}, for example
     * {@code shell/Home.fxml}.
     */
    public <C> View<C> load(String fxmlPath) {
        FXMLLoader loader = new FXMLLoader(Resources.url(fxmlPath), messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load view " + fxmlPath + ": " + e.getMessage(), e);
        }
    }
}
