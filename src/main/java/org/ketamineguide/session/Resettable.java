package org.ketamineguide.session;

/** A model that holds something from a visit and can forget it (kiosk idle reset). */
@FunctionalInterface
public interface Resettable {

    /** Returns the model to exactly the state it had when the app started. */
    void reset();
}
