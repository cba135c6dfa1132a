package org.ketamineguide.topics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.Topic;
import org.ketamineguide.content.TopicSection;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.safety.CrisisLanguage;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.testing.RecordingPrintService;

/**
 * The telehealth rule in the bundled content ends on December 31, 2026. With a fixed clock before
 * that date the topic reads as written; after it, the model reports the end date and the
 * printout carries the same notice as the screen, and the text itself is still there.
 */
class TopicEndDateTest {
    private static final String NOTICE = "This rule was set to end on December 31, 2026. Check whether it was extended.";
    private static ContentRepository content;

    @BeforeAll
    static void load() {
        content = ContentRepository.bundled();
    }

    @ParameterizedTest(name = "{0}: notice = {1}")
    @CsvSource({"2026-11-29T10:00:00Z, false", "2026-12-31T22:00:00Z, false", "2027-01-01T00:00:01Z, true",
            "2028-05-05T10:00:00Z, true"})
    void legalTopicGainsTheNoticeOnlyAfterTheEndDate(String now, boolean notice) {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        RecordingPrintService printing = new RecordingPrintService(true);
        Navigator navigator = new Navigator(Screen.HOME);
        TopicBrowserModel model = new TopicBrowserModel(content, navigator, new VisitSession().myQuestions(),
                printing, Messages.english(), CrisisLanguage::matches, clock);
        navigator.goTo(Screen.TOPICS);
        Topic legal = content.topic("legal-status").orElseThrow();
        TopicSection telehealth = legal.sections().stream()
                .filter(s -> s.heading().toLowerCase().contains("telehealth")).findFirst().orElseThrow();
        assertEquals(notice ? Optional.of(LocalDate.of(2026, 12, 31)) : Optional.empty(), model.endedOn(telehealth));

        model.openTopic("legal-status");
        model.printTopic();
        List<String> paragraphs = printing.printed.get(0).blocks().stream()
                .filter(b -> b instanceof PrintDocument.Paragraph).map(b -> ((PrintDocument.Paragraph) b).text())
                .toList();
        assertEquals(notice, paragraphs.contains(NOTICE), "printout notice");
        assertTrue(paragraphs.containsAll(telehealth.paragraphs()), "the text itself is always printed");
        assertFalse(legal.sections().stream().filter(s -> s != telehealth && s.validUntil() == null)
                .anyMatch(s -> model.endedOn(s).isPresent()), "sections without an end date never show it");
    }
}
