package org.ketamineguide.screening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ketamineguide.content.ContentRepository;

/** Every finding of the screening rules points to a topic and sources that the content has. */
class ScreeningContentLinksTest {
    private final ScreeningRules rules = ScreeningRules.bundled();
    private final ContentRepository content = ContentRepository.bundled();

    @Test
    void everyFindingLinksToAnExistingTopic() {
        List<String> missing = rules.findingRules().stream()
                .filter(f -> content.topic(f.topicId()).isEmpty())
                .map(f -> f.id() + " -> " + f.topicId()).collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "findings link to topics that do not exist: " + missing);
    }

    @Test
    void everyFindingNamesSourcesTheContentHas() {
        List<String> missing = rules.findingRules().stream()
                .flatMap(f -> f.effects().values().stream().map(e -> f.id() + " -> " + e.sourceId()))
                .filter(s -> content.source(s.substring(s.indexOf("-> ") + 3)).isEmpty())
                .collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "findings cite unknown sources: " + missing);
    }

    @Test
    void theCandidateTopicLinksBackToTheScreening() {
        assertTrue(content.topic("who-may-be-a-candidate").flatMap(t -> t.optionalAction())
                .filter("screening"::equals).isPresent());
    }
}
