package org.ketamineguide.topics;

import java.time.LocalDate;
import java.util.List;
import org.ketamineguide.content.GlossaryTerm;
import org.ketamineguide.content.Quote;
import org.ketamineguide.content.Source;
import org.ketamineguide.content.Topic;
import org.ketamineguide.content.TopicSection;

/** Small hand-made content for tests that must not depend on the bundled texts. */
final class TopicFixtures {
    static final LocalDate REVIEWED = LocalDate.of(2026, 11, 23);

    private TopicFixtures() {
    }

    static Topic topic(String id, String title, String summary, String heading, String... paragraphs) {
        return new Topic(id, title, "basics", summary, List.of("Point one.", "Point two.", "Point three."),
                List.of(new TopicSection(heading, List.of(paragraphs), List.of(), null, List.of("s1"))),
                List.of("What should I ask my clinician?"), List.of(), List.of("s1"), REVIEWED, null);
    }

    static Topic topic(String id, String category, String title) {
        return new Topic(id, title, category, "Summary of " + title + ".", List.of("A.", "B.", "C."),
                List.of(new TopicSection("Heading", List.of("Plain words."), List.of(), null, List.of("s1"))),
                List.of("Question?"), List.of(), List.of("s1"), REVIEWED, null);
    }

    static Topic withQuote(String id) {
        return new Topic(id, "Quoted", "basics", "A summary.", List.of("A.", "B.", "C."),
                List.of(new TopicSection("From the label", List.of("The label says this."), List.of("First bullet."),
                        new Quote("Do not drive.", "s2"), List.of("s1", "s2"))),
                List.of("Ask one?", "Ask two?"), List.of("other"), List.of("s1", "s2"), REVIEWED, "screening");
    }

    static GlossaryTerm term(String id, String term, String definition, String... forms) {
        return new GlossaryTerm(id, term, List.of(forms), definition, List.of());
    }

    static Source source(String id) {
        return new Source(id, "Title " + id, "Publisher " + id, 2025, "https://example.org/" + id, Source.Kind.REVIEW);
    }

    /** The search test content: each topic is there to prove one behaviour. */
    static List<Topic> searchTopics() {
        return List.of(
                topic("side-effects", "Side effects", "Most people feel strange for a short time.",
                        "Feeling detached", "You may feel detached from your body. This is called dissociation."),
                topic("driving", "Driving after a treatment", "Plan a ride home.",
                        "The next day", "Do not drive a car until the next day, after a full night of sleep."),
                topic("infusions", "IV ketamine infusions", "A drip into a vein.",
                        "How long it takes", "Each infusion takes about 40 minutes."),
                topic("costs", "What it costs", "Prices differ a lot.",
                        "Insurance", "The effect of insurance on the price can be large. Ask the clinic for a list."),
                topic("clinic", "Visiting a clinic", "What the waiting room is like.",
                        "Waiting", "Some clinics have a caf\u00e9 in the waiting room."));
    }

    static List<GlossaryTerm> searchGlossary() {
        return List.of(term("racemic", "racemic", "Both mirror-image forms mixed half and half."),
                term("ect", "ECT", "Electroconvulsive therapy, a treatment done under anesthesia.",
                        "electroconvulsive therapy"));
    }
}
