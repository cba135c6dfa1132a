package org.ketamineguide.topics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ketamineguide.testing.AppUiTest;

/**
 * On a kiosk that has been offline for months, the telehealth section must not read as current:
 * after its end date the page shows the text with a notice above it; before the date, no notice.
 */
class TopicEndDateUiTest {

    private static final String NOTICE = "This rule was set to end on December 31, 2026. Check whether it was extended.";

    @Nested
    class AfterTheEndDate extends AppUiTest {
        @Override
        protected Clock wallClock() {
            return Clock.fixed(Instant.parse("2027-02-01T15:00:00Z"), ZoneOffset.UTC);
        }

        @Test
        void telehealthSectionShowsTheEndDateNoticeAndKeepsItsText() {
            clickOn("#topicsTile");
            fx(() -> app.topics().orElseThrow().openTopic("legal-status"));
            assertTrue(showing("#topicEndedNotice"), "the notice shows on the legal topic");
            assertEquals(NOTICE, this.<Label>node("#topicEndedNotice").getText());
            assertTrue(lookup(".topics-text").queryAll().size() > 3, "the section text is still shown");
        }
    }

    @Nested
    class BeforeTheEndDate extends AppUiTest {
        @Override
        protected Clock wallClock() {
            return Clock.fixed(Instant.parse("2026-12-31T20:00:00Z"), ZoneOffset.UTC);
        }

        @Test
        void noNoticeWhileTheRuleStillHolds() {
            clickOn("#topicsTile");
            fx(() -> app.topics().orElseThrow().openTopic("legal-status"));
            assertEquals("The law and ketamine", this.<Label>node("#topicTitle").getText(), "the legal topic is open");
            assertFalse(showing("#topicEndedNotice"));
        }
    }
}
