package org.ketamineguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content with an end date keeps its text and gains a notice only once the date has passed. */
class ValidityTest {

    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static Validity on(String isoInstant, String zone) {
        return new Validity(Clock.fixed(Instant.parse(isoInstant), ZoneId.of(zone)));
    }

    @ParameterizedTest(name = "{0} in {1}: ended = {2}")
    @CsvSource({
            "2026-11-29T12:00:00Z, UTC, false",
            "2026-12-31T00:00:00Z, UTC, false",
            "2026-12-31T23:59:59Z, UTC, false",
            "2027-01-01T00:00:00Z, UTC, true",
            "2031-06-01T08:00:00Z, UTC, true",
            // already January 1 in UTC, still December 31 on the kiosk's own clock in Los Angeles
            "2027-01-01T05:00:00Z, America/Los_Angeles, false",
            "2027-01-01T09:00:00Z, America/Los_Angeles, true"})
    void theEndDateItselfStillHoldsAndTheDayAfterItHasEnded(String now, String zone, boolean ended) {
        Validity validity = on(now, zone);
        assertEquals(ended, validity.ended(END).isPresent());
        assertEquals(ended ? Optional.of(END) : Optional.empty(), validity.ended(END));
    }

    @Test
    void textWithoutAnEndDateNeverEnds() {
        assertTrue(on("2099-01-01T00:00:00Z", "UTC").ended((LocalDate) null).isEmpty());
        assertFalse(Validity.hasEnded(null, LocalDate.of(2099, 1, 1)));
    }

    @Test
    void sectionsAndGlossaryTermsUseTheirOwnEndDates() {
        Validity afterEnd = new Validity(Clock.fixed(Instant.parse("2027-03-01T12:00:00Z"), ZoneOffset.UTC));
        TopicSection dated = new TopicSection("Telehealth", List.of("Text."), List.of(), null, List.of("s"), END);
        TopicSection undated = new TopicSection("Basics", List.of("Text."), List.of(), null, List.of("s"));
        GlossaryTerm term = new GlossaryTerm("t", "term", List.of(), "A definition.", List.of(), END);
        assertEquals(Optional.of(END), afterEnd.ended(dated));
        assertEquals(Optional.empty(), afterEnd.ended(undated));
        assertEquals(Optional.of(END), afterEnd.ended(term));
        Validity beforeEnd = new Validity(Clock.fixed(Instant.parse("2026-12-30T12:00:00Z"), ZoneOffset.UTC));
        assertEquals(Optional.empty(), beforeEnd.ended(dated));
        assertEquals(LocalDate.of(2026, 12, 30), beforeEnd.today());
    }

    @Test
    void theBundledTelehealthSectionsEndWithTheTemporaryRule() {
        ContentRepository content = ContentRepository.bundled();
        List<TopicSection> dated = content.topics().stream().flatMap(t -> t.sections().stream())
                .filter(s -> s.validUntil() != null).toList();
        assertFalse(dated.isEmpty(), "the telehealth rules end on a known date, so some section must carry it");
        Validity after = on("2027-01-02T12:00:00Z", "UTC");
        Validity before = on("2026-12-01T12:00:00Z", "UTC");
        for (TopicSection section : dated) {
            assertTrue(after.ended(section).isPresent(), section.heading());
            assertTrue(before.ended(section).isEmpty(), section.heading());
        }
    }
}
