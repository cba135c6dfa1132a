package org.ketamineguide.shell;

import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The kiosk's idle timer. After the idle time without input it asks "Are you still there?" with a
 * visible countdown (WCAG 2.2.1: at least 20 seconds, extended with one simple action). When the
 * countdown runs out, the visit ends and every trace of it is wiped. Time comes from an injected
 * clock and advances through {@link #tick()}, so tests need no waiting. JavaFX thread only.
 */
public final class KioskSession {

    /** Whether the person is using the kiosk or is being asked if they are still there. */
    public enum State { ACTIVE, WARNING }

    private final long idleNanos;
    private final long warningNanos;
    private final LongSupplier clock;
    private final Runnable endVisit;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.ACTIVE);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private long lastActivity;
    private long warningStarted;
    private int visitsEnded;

    public KioskSession(Duration idle, Duration warning, LongSupplier nanoClock, Runnable endVisit) {
        if (warning.toSeconds() < 20) {
            throw new IllegalArgumentException("the warning must last at least 20 seconds");
        }
        this.idleNanos = idle.toNanos();
        this.warningNanos = warning.toNanos();
        this.clock = nanoClock;
        this.endVisit = endVisit;
        this.lastActivity = clock.getAsLong();
        this.secondsLeft.set((int) warning.toSeconds());
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Seconds left before the visit is wiped, while the warning shows. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public int idleSeconds() {
        return (int) Duration.ofNanos(idleNanos).toSeconds();
    }

    /** Any input while in use restarts the idle time; during the warning only Continue counts. */
    public void activity() {
        if (state.get() == State.ACTIVE) {
            lastActivity = clock.getAsLong();
        }
    }

    /** The person pressed Continue: everything stays as it was. */
    public void keepGoing() {
        lastActivity = clock.getAsLong();
        state.set(State.ACTIVE);
    }

    /** Checks the time; called about once a second by a timeline. */
    public void tick() {
        long now = clock.getAsLong();
        if (state.get() == State.ACTIVE) {
            if (now - lastActivity >= idleNanos) {
                warningStarted = now;
                secondsLeft.set((int) Duration.ofNanos(warningNanos).toSeconds());
                state.set(State.WARNING);
            }
            return;
        }
        long left = warningNanos - (now - warningStarted);
        if (left <= 0) {
            state.set(State.ACTIVE);
            lastActivity = now;
            visitsEnded++;
            endVisit.run();
        } else {
            secondsLeft.set((int) Math.ceil(left / 1e9));
        }
    }

    /** How many visits the timer has wiped. */
    public int visitsEnded() {
        return visitsEnded;
    }
}
