package org.ketamineguide.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A topic page of the browser.
 *
 * @param id                 stable id (also the file name under {@code topics/})
 * @param title              page title
 * @param category           id of the category the topic belongs to
 * @param summary            one plain-language paragraph
 * @param keyPoints          three to five short points shown first
 * @param sections           the body
 * @param clinicianQuestions questions the reader may want to ask a clinician
 * @param related            ids of related topics
 * @param sources            ids of every source the page cites, in the order they are numbered
 * @param lastReviewed       when the page was last checked against its sources
 * @param action             optional link to a tool: {@code screening} or {@code planner}, else {@code null}
 */
public record Topic(String id, String title, String category, String summary, List<String> keyPoints,
                    List<TopicSection> sections, List<String> clinicianQuestions, List<String> related,
                    List<String> sources, LocalDate lastReviewed, String action) {

    public Topic {
        keyPoints = List.copyOf(keyPoints);
        sections = List.copyOf(sections);
        clinicianQuestions = List.copyOf(clinicianQuestions);
        related = List.copyOf(related);
        sources = List.copyOf(sources);
    }

    public Optional<String> optionalAction() {
        return Optional.ofNullable(action);
    }
}
