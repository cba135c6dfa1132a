package org.ketamineguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketamineguide.nav.Screen;

class ScreenPreloaderTest {
    /** A view: which screen, and which build of it. */
    record View(Screen screen, int build) {
    }

    private final List<Screen> built = new ArrayList<>();
    private final Deque<Runnable> idle = new ArrayDeque<>();
    private final ScreenPreloader<View> preloader = new ScreenPreloader<>(this::build, this::build, idle::add);

    private View build(Screen screen) {
        built.add(screen);
        return new View(screen, built.size());
    }

    /** Runs the idle moments the preloader asked for, one at a time, until it asks for none. */
    private void runIdle() {
        while (!idle.isEmpty()) {
            idle.poll().run();
        }
    }

    @Test
    void buildsNothingBeforeItIsStartedAndThenOneScreenPerIdleMoment() {
        assertTrue(built.isEmpty());
        preloader.start(List.of(Screen.SCREENING, Screen.TOPICS));
        assertTrue(built.isEmpty(), "nothing is built in the call itself");
        idle.poll().run();
        assertEquals(List.of(Screen.SCREENING), built);
        idle.poll().run();
        assertEquals(List.of(Screen.SCREENING, Screen.TOPICS), built);
        assertTrue(idle.isEmpty());
    }

    @Test
    void aViewBuiltAheadIsHandedOutOnceThenANewOneIsBuilt() {
        preloader.start(List.of(Screen.TOPICS));
        runIdle();
        View ahead = preloader.view(Screen.TOPICS);
        assertEquals(new View(Screen.TOPICS, 1), ahead);
        assertEquals(0, preloader.waiting());
        View again = preloader.view(Screen.TOPICS);
        assertNotSame(ahead, again);
        assertEquals(2, again.build());
    }

    @Test
    void aScreenAlreadyShownIsNotBuiltAhead() {
        View shown = preloader.view(Screen.SCREENING);
        preloader.start(List.of(Screen.SCREENING, Screen.PLANNER));
        runIdle();
        assertEquals(List.of(Screen.SCREENING, Screen.PLANNER), built, "SCREENING once (when shown), PLANNER ahead");
        assertSame(Screen.SCREENING, shown.screen());
        assertEquals(1, preloader.waiting());
    }

    @Test
    void clearDropsEveryViewBuiltAheadAndStopsBuilding() {
        preloader.start(List.of(Screen.SCREENING, Screen.TOPICS, Screen.PLANNER));
        idle.poll().run();
        assertEquals(1, preloader.waiting());
        preloader.clear();
        assertEquals(0, preloader.waiting());
        runIdle();
        preloader.start(List.of(Screen.ABOUT));
        runIdle();
        assertEquals(List.of(Screen.SCREENING), built, "nothing more is built after clear");
        assertEquals(new View(Screen.SCREENING, 2), preloader.view(Screen.SCREENING), "the next visit builds afresh");
    }

    @Test
    void aScreenThatFailsToBuildAheadIsSkippedAndBuiltAgainWhenOpened() {
        boolean[] fail = {true};
        ScreenPreloader<View> failing = new ScreenPreloader<>(this::build, screen -> {
            if (fail[0]) {
                throw new IllegalStateException("broken view");
            }
            return build(screen);
        }, idle::add);
        failing.start(List.of(Screen.ABOUT, Screen.DECISION));
        fail[0] = true;
        idle.poll().run();
        fail[0] = false;
        runIdle();
        assertEquals(List.of(Screen.DECISION), built);
        assertEquals(new View(Screen.ABOUT, 2), failing.view(Screen.ABOUT));
    }
}
