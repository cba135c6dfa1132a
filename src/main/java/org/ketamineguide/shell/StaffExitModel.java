package org.ketamineguide.shell;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ketamineguide.session.Resettable;

/**
 * The staff-only way to close a kiosk: a PIN from the clinic configuration. Without a configured
 * PIN the kiosk cannot be closed from inside the app. Wrong PINs lock the PIN for a growing time
 * ({@link PinLockout}); a kiosk visit ending closes the PIN panel but keeps the lockout. The PIN is
 * compared in constant time. JavaFX thread only.
 */
public final class StaffExitModel implements Resettable {

    /** PINs shorter than this still work, but staff are asked to set a longer one. */
    public static final int ADVISED_PIN_LENGTH = 6;

    /** What the PIN panel should tell staff. */
    public enum Notice { NONE, WRONG_PIN, NO_PIN_SET, LOCKED }

    private final Optional<byte[]> pinDigest;
    private final boolean shortPin;
    private final Runnable exitApp;
    private final PinLockout lockout;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(Notice.NONE.name());
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(0);

    /** A PIN panel timed by the system clock. */
    public StaffExitModel(Optional<String> pin, Runnable exitApp) {
        this(pin, System::nanoTime, exitApp);
    }

    /** @param nanoClock monotonic time in nanoseconds (the kiosk's clock) */
    public StaffExitModel(Optional<String> pin, LongSupplier nanoClock, Runnable exitApp) {
        this.pinDigest = pin.map(StaffExitModel::digest);
        this.shortPin = pin.map(p -> p.length() < ADVISED_PIN_LENGTH).orElse(false);
        this.exitApp = exitApp;
        this.lockout = new PinLockout(nanoClock);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The name of the current {@link Notice}. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while too many wrong PINs keep the PIN from being tried. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** Seconds until a PIN may be tried again, while locked. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** True when a PIN is configured but shorter than {@link #ADVISED_PIN_LENGTH} digits. */
    public boolean pinIsShort() {
        return shortPin;
    }

    /** Wrong PINs in a row so far (kept in memory only). */
    public int wrongTries() {
        return lockout.failures();
    }

    public void open() {
        tick();
        notice.set((pinDigest.isEmpty() ? Notice.NO_PIN_SET : locked.get() ? Notice.LOCKED : Notice.NONE).name());
        open.set(true);
    }

    public void cancel() {
        open.set(false);
        notice.set(Notice.NONE.name());
    }

    /** Closes the app when the PIN is right; otherwise says so. While locked, no PIN is tried. */
    public void submit(String entered) {
        if (pinDigest.isEmpty()) {
            notice.set(Notice.NO_PIN_SET.name());
            return;
        }
        tick();
        if (locked.get()) {
            notice.set(Notice.LOCKED.name());
            return;
        }
        if (MessageDigest.isEqual(digest(entered == null ? "" : entered), pinDigest.get())) {
            lockout.succeeded();
            open.set(false);
            exitApp.run();
            return;
        }
        lockout.failed();
        tick();
        notice.set((locked.get() ? Notice.LOCKED : Notice.WRONG_PIN).name());
    }

    /** Brings the lockout countdown up to date; called about once a second by the kiosk's timer. */
    public void tick() {
        boolean nowLocked = lockout.isLocked();
        secondsLeft.set((int) Math.min(Integer.MAX_VALUE, lockout.secondsLeft()));
        if (locked.get() && !nowLocked && Notice.LOCKED.name().equals(notice.get())) {
            notice.set(Notice.NONE.name());
        }
        locked.set(nowLocked);
    }

    /** A visit ended: the panel closes; the count of wrong PINs and any lockout stay. */
    @Override
    public void reset() {
        cancel();
    }

    /** Both sides are hashed first, so the comparison takes the same time whatever was typed. */
    private static byte[] digest(String pin) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(pin.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
