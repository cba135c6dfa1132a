package org.ketamineguide.endurance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.LayoutChecks;

/**
 * A seeded random walk through every screen: clicks, typing, keys, navigation, help, and on a kiosk
 * idle resets. No action may raise an uncaught exception, and crisis help must stay reachable after
 * every step. The seed is printed on failure; {@code -Dwalk.seed=N} repeats a walk and
 * {@code -Dendurance.long=true} walks ten times further.
 *
 * <p>Memory: under Monocle's software renderer the heap after a collection climbs towards the
 * limit during the walk and then drops (967 MB to 49 MB in one full collection on 2026-11-30).
 * That is not a leak: JavaFX's effect image pool ({@code ImagePool}) keeps drop-shadow images of
 * windows built in each language through soft references, which the JVM clears before it would
 * run out of memory. A heap dump of 44 language switches showed nothing else kept.
 */
class RandomWalkUiTest extends AppUiTest {
    private static final String[] TYPED = {"", "abc", "-5", "1,500.00", "$900", "12", "0", "999999999", "dissocation",
            "side effects", "  ", "é", "\u0000", "x".repeat(300), "3.14159", "NaN", "<b>", "100%"};

    static int steps() {
        return Boolean.getBoolean("endurance.long") ? 20_000 : 2_000;
    }

    @Test
    void twoThousandRandomActionsRaiseNothingAndHelpStaysReachable() {
        walk(Long.getLong("walk.seed", 7L), false);
    }

    @Test
    void kioskWalkWithIdleResets() {
        walk(Long.getLong("walk.seed", 11L), true);
    }

    @Override
    protected AppOptions options() {
        return kioskWalk ? AppOptions.parse(List.of("--kiosk")) : AppOptions.defaults();
    }

    private boolean kioskWalk;

    /** Empties TestFX's record of fired events (its list is read-only; {@code clearEvents} is public). */
    private static void forgetFiredEvents() {
        try {
            java.lang.reflect.Field f = org.testfx.api.FxToolkitContext.class.getDeclaredField("firedEvents");
            f.setAccessible(true);
            ((org.testfx.service.support.FiredEvents) f.get(org.testfx.api.FxToolkit.toolkitContext())).clearEvents();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestFX changed: " + e, e);
        }
    }

    private void walk(long seed, boolean kiosk) {
        if (kiosk) {
            kioskWalk = true;
            stopAndRestart();
        }
        Random random = new Random(seed);
        Scene scene = node("#appRoot").getScene();
        String last = "start";
        for (int step = 0; step < steps() / (kiosk ? 4 : 1); step++) {
            String action = act(random, scene, kiosk);
            // TestFX keeps every event fired on the stage, and each event its target: after a language
            // switch that would keep the whole earlier window (a heap walk found this, not the app,
            // holding old windows), and 2,000 steps ran out of heap. The walk never reads them.
            forgetFiredEvents();
            last = step + ": " + action;
            if (app.errors().handledCount() > 0) {
                fail("seed " + seed + ": uncaught exception after step " + last);
            }
            if (!helpReachable()) {
                fail("seed " + seed + ": crisis help not reachable after step " + last);
            }
        }
        assertEquals(0, app.errors().handledCount(), "seed " + seed);
        System.out.printf("random walk (seed %d, kiosk %s) ended cleanly at step %s%n", seed, kiosk, last);
    }

    private void stopAndRestart() {
        try {
            stopApp();
            startApp();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Help is open already, or the "Need help now?" button (or the idle screen's one) can be pressed. */
    private boolean helpReachable() {
        if (app.crisis().isOpen()) {
            return true;
        }
        Node help = node("#helpNowButton");
        boolean bar = help.isVisible() && !help.isDisabled() && help.getScene() != null && !showing("#idleWarning");
        return bar || showing("#idleHelpButton");
    }

    private String act(Random random, Scene scene, boolean kiosk) {
        int dice = random.nextInt(100);
        if (dice < 55) {
            List<Node> targets = targets(scene);
            if (!targets.isEmpty()) {
                Node target = targets.get(random.nextInt(targets.size()));
                String name = LayoutChecks.describe(target);
                fx(() -> {
                    if (target instanceof ButtonBase b) {
                        b.fire();
                    } else if (target instanceof ComboBoxBase<?> c) {
                        c.show();
                        c.hide();
                    }
                });
                return "fire " + name;
            }
        }
        if (dice < 70) {
            List<TextInputControl> fields = fields(scene);
            if (!fields.isEmpty()) {
                TextInputControl field = fields.get(random.nextInt(fields.size()));
                String text = TYPED[random.nextInt(TYPED.length)];
                fx(() -> {
                    field.requestFocus();
                    field.setText(text);
                });
                return "type '" + text + "' into " + LayoutChecks.describe(field);
            }
        }
        if (dice < 80) {
            KeyCode key = new KeyCode[] {KeyCode.TAB, KeyCode.ENTER, KeyCode.SPACE, KeyCode.ESCAPE}[random.nextInt(4)];
            push(key);
            return "key " + key;
        }
        if (dice < 90) {
            Screen screen = new Screen[] {Screen.HOME, Screen.SCREENING, Screen.TOPICS, Screen.PLANNER, Screen.ABOUT}
                    [random.nextInt(5)];
            fx(() -> app.navigator().goTo(screen));
            return "go to " + screen;
        }
        if (dice < 94) {
            fx(() -> app.crisis().open());
            return "open help";
        }
        if (dice < 97) {
            fx(() -> app.display().setTextScale(new int[] {100, 150, 200}[random.nextInt(3)]));
            return "text size";
        }
        if (kiosk) {
            clock.advance(Duration.ofSeconds(app.config().idleTimeoutSeconds() + app.config().warningSeconds()));
            fx(() -> app.kiosk().tick());
            clock.advance(Duration.ofSeconds(app.config().warningSeconds()));
            fx(() -> app.kiosk().tick());
            return "idle reset";
        }
        fx(() -> app.crisis().close());
        return "close help";
    }

    private static List<Node> targets(Scene scene) {
        List<Node> out = new ArrayList<>();
        for (Node n : LayoutChecks.visibleNodes(scene)) {
            if ((n instanceof ButtonBase || n instanceof ComboBoxBase) && !n.isDisabled() && !isExit(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The staff exit would end the walk; staff tests cover it. */
    private static boolean isExit(Node n) {
        return "staffExitConfirmButton".equals(n.getId());
    }

    private static List<TextInputControl> fields(Scene scene) {
        List<TextInputControl> out = new ArrayList<>();
        for (Node n : LayoutChecks.visibleNodes(scene)) {
            if (n instanceof TextInputControl t && t.isEditable() && !t.isDisabled()) {
                out.add(t);
            }
        }
        return out;
    }
}
