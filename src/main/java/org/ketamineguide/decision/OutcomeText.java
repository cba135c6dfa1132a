package org.ketamineguide.decision;

import org.ketamineguide.i18n.Messages;

/**
 * Puts outcome numbers into plain words, always per 100 people and with the weeks stated, and
 * gives each icon array the text a screen reader reads. The screen and the print-out both use it,
 * so they say the same thing. Plain Java; immutable.
 */
public final class OutcomeText {

    /** An icon array with its caption and the text a screen reader reads instead of the picture. */
    public record Chart(IconArray array, String caption, String accessibleText) {
    }

    private final Messages messages;
    private final DecisionContent content;

    public OutcomeText(Messages messages, DecisionContent content) {
        this.messages = messages;
        this.content = content;
    }

    /** "after 3 weeks" or "after 1 week". */
    public String weeks(int weeks) {
        return weeks == 1 ? messages.get("decision.weeks.one") : messages.format("decision.weeks.many", weeks);
    }

    /** A heading such as "Felt much better (response) after 3 weeks". */
    public String title(Outcome o) {
        return messages.format("decision.outcome.title." + o.measure().id(), weeks(o.weeks()));
    }

    /** "About 55 out of 100 people like those in the study felt much better after 3 weeks." */
    public String headline(Outcome o) {
        return messages.format("decision.outcome.headline." + o.measure().id(), o.perHundred(), weeks(o.weeks()));
    }

    /** What happened in the comparison group of the same study, or that there was none. */
    public String comparator(Outcome o) {
        return o.comparatorPerHundred().isPresent()
                ? messages.format("decision.outcome.comparator", o.comparator(), o.comparatorPerHundred().getAsInt())
                : messages.format("decision.outcome.noComparator", o.comparator());
    }

    /** The range, or a plain note that the study gave none. */
    public String range(Outcome o) {
        return o.hasRange() ? messages.format("decision.outcome.range", o.low().getAsInt(), o.high().getAsInt())
                : messages.get("decision.outcome.noRange");
    }

    public String population(Outcome o) {
        return messages.format("decision.outcome.population", o.population());
    }

    /** "How sure we can be: low. People knew which treatment they got." */
    public String evidence(Outcome o) {
        return messages.format("decision.outcome.evidence", messages.get("decision.evidence." + o.evidence().id()),
                o.evidenceWhy());
    }

    /** Whether the study compared two options directly, said plainly next to the chart. */
    public String comparison(Outcome o) {
        String name = content.name(o.option());
        return o.comparedWith().map(other -> messages.format("decision.outcome.headToHead", name, content.name(other)))
                .orElseGet(() -> messages.format("decision.outcome.notHeadToHead", name));
    }

    /** The picture for the option's own number. */
    public Chart chart(Outcome o) {
        return chart(o.perHundred(), content.name(o.option()), o, "decision.chart.caption");
    }

    /** The picture for the comparison group, when the study had one. */
    public java.util.Optional<Chart> comparatorChart(Outcome o) {
        return o.comparatorPerHundred().isPresent()
                ? java.util.Optional.of(chart(o.comparatorPerHundred().getAsInt(), o.comparator(), o,
                        "decision.chart.caption.comparator"))
                : java.util.Optional.empty();
    }

    private Chart chart(int perHundred, String who, Outcome o, String captionKey) {
        IconArray array = new IconArray(perHundred);
        String caption = messages.format(captionKey, who, perHundred);
        String alt = messages.format("decision.chart.alt." + o.measure().id(), who, array.filled(), array.outlined(),
                weeks(o.weeks()));
        return new Chart(array, caption, alt);
    }
}
