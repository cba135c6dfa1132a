package org.ketamineguide.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether content with an end date ({@code validUntil}) has passed it. Text stays true
 * through its end date and has ended from the next day on; the app then still shows the text, with
 * a notice that the rule was set to end and may have been extended. An offline kiosk cannot look
 * the answer up, so the notice is all it can do. Plain Java; immutable; any thread.
 */
public final class Validity {
    private final Clock clock;

    /** @param clock the wall clock whose date in its own time zone is "today" */
    public Validity(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today's date in the clock's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The end date when it has passed, so that the caller can say which date it was; empty when
     * there is no end date or it has not passed yet.
     */
    public Optional<LocalDate> ended(LocalDate validUntil) {
        return hasEnded(validUntil, today()) ? Optional.of(validUntil) : Optional.empty();
    }

    /** The same decision for a section. */
    public Optional<LocalDate> ended(TopicSection section) {
        return ended(section.validUntil());
    }

    /** The same decision for a glossary term. */
    public Optional<LocalDate> ended(GlossaryTerm term) {
        return ended(term.validUntil());
    }

    /**
     * The rule itself: true when there is an end date and {@code today} is after it. On the end
     * date itself the text still holds.
     */
    public static boolean hasEnded(LocalDate validUntil, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return validUntil != null && today.isAfter(validUntil);
    }
}
