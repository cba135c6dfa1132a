package org.ketamineguide.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;

/**
 * Shows focus rings to people who use the keyboard and keeps them away from people who click or
 * touch, the way browsers treat {@code :focus-visible}: the scene root has the pseudo-class
 * {@code :keyboard} from a key press until the next mouse press or touch, and app.css draws rings
 * only under {@code .root:keyboard}. The Tab press that turns the keyboard mode on only shows where
 * focus already is (the first control of the screen), so nothing is skipped; in a text field, whose
 * focus always shows, it moves on as usual. JavaFX thread only.
 */
public final class KeyboardMode {
    public static final PseudoClass KEYBOARD = PseudoClass.getPseudoClass("keyboard");

    private KeyboardMode() {
    }

    /** Follows the input of one scene for its whole life; the app calls it once, for its window. */
    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (isOn(scene)) {
                return;
            }
            set(scene, true);
            Node owner = scene.getFocusOwner();
            // a text field shows its focus anyway, so there the first Tab moves on as usual
            if (e.getCode() == KeyCode.TAB && owner != null && owner != scene.getRoot() && owner.isVisible()
                    && !(owner instanceof javafx.scene.control.TextInputControl)) {
                e.consume();
            }
        });
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> set(scene, false));
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> set(scene, false));
        // a new root (the window rebuilt in another language) keeps showing focus rings if they showed
        scene.rootProperty().addListener((obs, before, now) -> {
            if (before != null && now != null && before.getPseudoClassStates().contains(KEYBOARD)) {
                now.pseudoClassStateChanged(KEYBOARD, true);
            }
        });
    }

    /** True while the scene shows focus rings. */
    public static boolean isOn(Scene scene) {
        return scene.getRoot().getPseudoClassStates().contains(KEYBOARD);
    }

    private static void set(Scene scene, boolean on) {
        if (isOn(scene) != on) {
            scene.getRoot().pseudoClassStateChanged(KEYBOARD, on);
        }
    }
}
