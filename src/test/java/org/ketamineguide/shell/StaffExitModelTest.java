package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.testing.ManualClock;

class StaffExitModelTest {
    private final ManualClock clock = new ManualClock();
    private int exits;

    private StaffExitModel model(String pin) {
        return new StaffExitModel(Optional.ofNullable(pin), clock, () -> exits++);
    }

    @Test
    void threeWrongPinsLockThePinAndEvenTheRightOneIsNotTriedUntilItEnds() {
        StaffExitModel staff = model("246810");
        staff.open();
        staff.submit("1");
        staff.submit("2");
        assertEquals("WRONG_PIN", staff.noticeProperty().get());
        assertFalse(staff.lockedProperty().get());
        staff.submit("3");
        assertTrue(staff.lockedProperty().get());
        assertEquals("LOCKED", staff.noticeProperty().get());
        assertEquals(30, staff.secondsLeftProperty().get());

        staff.submit("246810");
        assertEquals(0, exits, "no PIN is tried while locked");
        assertEquals(3, staff.wrongTries(), "nor counted");

        clock.advance(Duration.ofSeconds(12));
        staff.tick();
        assertEquals(18, staff.secondsLeftProperty().get());
        clock.advance(Duration.ofSeconds(18));
        staff.tick();
        assertFalse(staff.lockedProperty().get());
        assertEquals("NONE", staff.noticeProperty().get());
        staff.submit("246810");
        assertEquals(1, exits);
    }

    @Test
    void aVisitEndingClosesThePanelButKeepsTheLockout() {
        StaffExitModel staff = model("246810");
        staff.open();
        for (int i = 0; i < 3; i++) {
            staff.submit("0000");
        }
        staff.reset();
        assertFalse(staff.openProperty().get());
        staff.open();
        assertTrue(staff.lockedProperty().get());
        assertEquals("LOCKED", staff.noticeProperty().get());
        clock.advance(Duration.ofSeconds(30));
        staff.tick();
        staff.submit("0000");
        assertEquals(60, staff.secondsLeftProperty().get(), "the fourth wrong PIN doubles the wait");
    }

    @Test
    void withoutAPinTheKioskCannotBeClosedAndNothingIsCounted() {
        StaffExitModel staff = model(null);
        staff.open();
        assertEquals("NO_PIN_SET", staff.noticeProperty().get());
        for (int i = 0; i < 5; i++) {
            staff.submit("1234");
        }
        assertEquals(0, exits);
        assertEquals(0, staff.wrongTries());
        assertFalse(staff.lockedProperty().get());
    }

    @ParameterizedTest
    @CsvSource({"1234, true", "12345, true", "123456, false", "123456789012, false"})
    void aShortPinStillWorksButIsFlagged(String pin, boolean isShort) {
        StaffExitModel staff = model(pin);
        assertEquals(isShort, staff.pinIsShort());
        staff.submit(pin);
        assertEquals(1, exits);
    }

    @ParameterizedTest
    @CsvSource(value = {"2468", "24680", "246", "''", "NULL", "2468 "}, nullValues = "NULL")
    void onlyTheExactPinCloses(String entered) {
        StaffExitModel staff = model("24681");
        staff.submit(entered);
        assertEquals(0, exits, "'" + entered + "'");
    }
}
