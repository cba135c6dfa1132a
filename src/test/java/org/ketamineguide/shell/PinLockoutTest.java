package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.testing.ManualClock;

class PinLockoutTest {

    @ParameterizedTest(name = "{0} wrong PINs -> locked {1} s")
    @CsvSource({
        "0, 0",
        "1, 0",
        "2, 0",
        "3, 30",
        "4, 60",
        "5, 120",
        "6, 240",
        "7, 480",
        "8, 960",
        "9, 1920",
        "10, 3600",
        "11, 3600",
        "40, 3600",
        "100000, 3600",
        "2147483647, 3600",
    })
    void lockoutGrowsFromThirtySecondsAndDoublesUpToAnHour(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), PinLockout.lockoutAfter(failures));
    }

    @ParameterizedTest(name = "after {0} s of a 30 s lockout: {1} s left")
    @CsvSource({
        "0, 30",
        "0.4, 30",
        "1, 29",
        "29, 1",
        "29.999, 1",
        "30, 0",
        "31, 0",
    })
    void countdownRoundsUpAndEndsOnTime(double elapsed, long left) {
        ManualClock clock = new ManualClock();
        PinLockout lockout = new PinLockout(clock);
        for (int i = 0; i < 3; i++) {
            lockout.failed();
        }
        clock.advance(Duration.ofMillis(Math.round(elapsed * 1000)));
        assertEquals(left, lockout.secondsLeft());
        assertEquals(left > 0, lockout.isLocked());
    }

    @Test
    void eachFurtherWrongPinDoublesTheWait() {
        ManualClock clock = new ManualClock();
        PinLockout lockout = new PinLockout(clock);
        lockout.failed();
        lockout.failed();
        assertFalse(lockout.isLocked(), "two wrong PINs cost nothing");
        long[] expected = {30, 60, 120, 240};
        for (long seconds : expected) {
            lockout.failed();
            assertTrue(lockout.isLocked());
            assertEquals(seconds, lockout.secondsLeft());
            clock.advance(Duration.ofSeconds(seconds));
            assertFalse(lockout.isLocked());
        }
        assertEquals(6, lockout.failures());
    }

    @Test
    void theRightPinStartsOver() {
        ManualClock clock = new ManualClock();
        PinLockout lockout = new PinLockout(clock);
        for (int i = 0; i < 4; i++) {
            lockout.failed();
            clock.advance(Duration.ofMinutes(2));
        }
        lockout.succeeded();
        assertEquals(0, lockout.failures());
        lockout.failed();
        assertFalse(lockout.isLocked());
    }

    @Test
    void aClockNearItsLimitDoesNotOverflow() {
        long[] now = {Long.MAX_VALUE - 5_000_000_000L};
        PinLockout lockout = new PinLockout(() -> now[0]);
        for (int i = 0; i < 3; i++) {
            lockout.failed();
        }
        assertTrue(lockout.isLocked());
        assertEquals(30, lockout.secondsLeft());
        now[0] += 31_000_000_000L; // wraps past Long.MAX_VALUE, as System.nanoTime may
        assertFalse(lockout.isLocked());
    }
}
