package org.ketamineguide.testing;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A clock that only moves when a test moves it. */
public final class ManualClock implements LongSupplier {
    private long nanos = 1_000_000_000L;

    @Override
    public synchronized long getAsLong() {
        return nanos;
    }

    public synchronized void advance(Duration d) {
        nanos += d.toNanos();
    }
}
