package org.ketamineguide.shell;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Slows down guessing of the staff PIN: the first {@value #FREE_TRIES} wrong PINs cost nothing, the
 * next locks the PIN for 30 seconds, and each wrong PIN after that doubles the wait, up to an hour.
 * Wrong tries are counted in memory only, for as long as the app runs; nothing but the right PIN
 * resets them (a kiosk visit ending does not). Time comes from an injected monotonic clock in
 * nanoseconds, like {@link KioskSession}. Plain Java; JavaFX thread only (not synchronized).
 */
public final class PinLockout {
    /** Wrong PINs allowed before the first lockout. */
    public static final int FREE_TRIES = 2;
    /** The first lockout, after the third wrong PIN in a row. */
    public static final Duration FIRST_LOCKOUT = Duration.ofSeconds(30);
    /** The longest lockout: doubling stops here (and a visitor cannot lock staff out for days). */
    public static final Duration LONGEST_LOCKOUT = Duration.ofHours(1);

    private final LongSupplier clock;
    private int failures;
    private boolean locked;
    private long lockedUntil;

    public PinLockout(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /**
     * How long the PIN is locked after the given number of wrong PINs in a row: nothing after one or
     * two, 30 seconds after the third, then twice as long after each further one, at most an hour.
     */
    public static Duration lockoutAfter(int failures) {
        if (failures <= FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = failures - FREE_TRIES - 1;
        long longest = LONGEST_LOCKOUT.toSeconds();
        // 30 s << 20 is far past an hour, so the shift never overflows
        long seconds = Math.min(longest, FIRST_LOCKOUT.toSeconds() << Math.min(doublings, 20));
        return Duration.ofSeconds(seconds);
    }

    /** A wrong PIN was entered (while not locked). */
    public void failed() {
        failures++;
        Duration wait = lockoutAfter(failures);
        if (!wait.isZero()) {
            locked = true;
            lockedUntil = clock.getAsLong() + wait.toNanos();
        }
    }

    /** The right PIN was entered: start over. */
    public void succeeded() {
        failures = 0;
        locked = false;
    }

    /** True while no PIN may be tried. */
    public boolean isLocked() {
        if (locked && clock.getAsLong() - lockedUntil >= 0) {
            locked = false;
        }
        return locked;
    }

    /** Whole seconds left in the lockout, rounded up; 0 when not locked. */
    public long secondsLeft() {
        if (!isLocked()) {
            return 0;
        }
        long nanos = lockedUntil - clock.getAsLong();
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /** Wrong PINs in a row so far. */
    public int failures() {
        return failures;
    }
}
