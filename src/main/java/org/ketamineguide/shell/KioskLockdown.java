package org.ketamineguide.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * What makes the main window a kiosk, and what a kiosk visit's end takes with it beyond the
 * models: full screen without chrome and no way out but the staff PIN; input in ANY of the app's
 * windows (pop-ups, menus, overlays) counts as activity for the idle timer; copy, cut, paste and
 * the text context menu do nothing; and the wipe closes every other window the app opened and
 * empties the system clipboard. Taken out of full screen or minimised without the PIN, the window
 * puts itself back. The app cannot block the window manager's own shortcuts: the
 * operating system has to (see the README). JavaFX thread only.
 */
public final class KioskLockdown {
    private static final Logger LOG = Logger.getLogger(KioskLockdown.class.getName());

    private final Stage stage;
    private final List<Window> watched = new ArrayList<>();
    private EventHandler<InputEvent> activity;
    private final EventHandler<KeyEvent> clipboardKeys = KioskLockdown::blockClipboardKeys;
    private final EventHandler<ContextMenuEvent> contextMenus = ContextMenuEvent::consume;
    private ListChangeListener<Window> windowsListener;

    public KioskLockdown(Stage stage) {
        this.stage = stage;
    }

    /**
     * Locks the window down and starts the one-second timer of the idle countdown and the PIN
     * lockout countdown. Call once, before the stage shows.
     *
     * @param staffClosing true once staff entered the right PIN (only then may the window close)
     */
    public void install(KioskSession session, StaffExitModel staffExit, java.util.function.BooleanSupplier staffClosing) {
        if (!stage.isShowing() && stage.getStyle() == StageStyle.DECORATED) {
            try {
                stage.initStyle(StageStyle.UNDECORATED);
            } catch (IllegalStateException alreadyShown) {
                LOG.fine("Window style already fixed; staying decorated");
            }
        }
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setOnCloseRequest(e -> {
            if (!staffClosing.getAsBoolean()) {
                e.consume();
            }
        });
        // a window manager's shortcut (or anything else) that takes the window out of full screen or
        // minimises it would show the desktop to the next visitor: the kiosk puts itself back, at once
        // and then on every tick (a few times a tick at most, so a screen that refuses full screen costs nothing)
        int[] putBack = {0};
        Runnable stayPut = () -> {
            if (putBack[0] >= 3 || !stage.isShowing() || staffClosing.getAsBoolean()) {
                return;
            }
            putBack[0]++;
            javafx.application.Platform.runLater(() -> {
                if (stage.isShowing() && !staffClosing.getAsBoolean()) {
                    stage.setIconified(false);
                    stage.setFullScreen(true);
                }
            });
        };
        javafx.beans.value.ChangeListener<Boolean> stayFullScreen = (o, was, now) -> {
            if (!now) {
                stayPut.run();
            }
        };
        javafx.beans.value.ChangeListener<Boolean> stayRestored = (o, was, now) -> {
            if (now) {
                stayPut.run();
            }
        };
        activity = e -> {
            if (!(e instanceof MouseEvent m) || m.getEventType() != MouseEvent.MOUSE_EXITED_TARGET) {
                session.activity();
            }
        };
        windowsListener = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
                change.getRemoved().forEach(this::unwatch);
            }
        };
        watch(stage);
        new ArrayList<>(Window.getWindows()).forEach(this::watch);
        Window.getWindows().addListener(windowsListener);

        Timeline ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> {
            session.tick();
            staffExit.tick();
            putBack[0] = 0;
            if (!stage.isFullScreen() || stage.isIconified()) {
                stayPut.run();
            }
        }));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        stage.fullScreenProperty().addListener(stayFullScreen);
        stage.iconifiedProperty().addListener(stayRestored);
        stage.setOnHidden(e -> {
            stage.fullScreenProperty().removeListener(stayFullScreen);
            stage.iconifiedProperty().removeListener(stayRestored);
            ticker.stop();
            Window.getWindows().removeListener(windowsListener);
            new ArrayList<>(watched).forEach(this::unwatch);
        });
    }

    /** The end of a visit: every window but the main one closes, and the clipboard is emptied. */
    public void wipe() {
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window != stage && window.isShowing()) {
                window.hide();
            }
        }
        Clipboard.getSystemClipboard().clear();
    }

    private void watch(Window window) {
        if (watched.contains(window)) {
            return;
        }
        watched.add(window);
        window.addEventFilter(InputEvent.ANY, activity);
        window.addEventFilter(KeyEvent.KEY_PRESSED, clipboardKeys);
        window.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, contextMenus);
    }

    private void unwatch(Window window) {
        if (watched.remove(window)) {
            window.removeEventFilter(InputEvent.ANY, activity);
            window.removeEventFilter(KeyEvent.KEY_PRESSED, clipboardKeys);
            window.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, contextMenus);
        }
    }

    /** Copy, cut and paste keys never reach a text field: nothing passes from one visit to the next. */
    private static void blockClipboardKeys(KeyEvent e) {
        if (isClipboardKey(e)) {
            e.consume();
        }
    }

    /** Ctrl/Cmd + C, X, V or Insert; Shift + Delete or Insert; the keyboard's own Copy, Cut and Paste keys. */
    public static boolean isClipboardKey(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.COPY || code == KeyCode.CUT || code == KeyCode.PASTE) {
            return true;
        }
        if ((e.isShortcutDown() || e.isControlDown())
                && (code == KeyCode.C || code == KeyCode.X || code == KeyCode.V || code == KeyCode.INSERT)) {
            return true;
        }
        return e.isShiftDown() && (code == KeyCode.DELETE || code == KeyCode.INSERT);
    }
}
