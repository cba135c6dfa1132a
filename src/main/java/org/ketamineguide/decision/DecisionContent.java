package org.ketamineguide.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ketamineguide.content.Treatment;

/**
 * The options of the decision and the outcome numbers, as read and checked from
 * {@code outcomes.json}. The options are always in {@link #OPTION_IDS} order. Immutable; safe to
 * share between threads.
 *
 * @param options      the seven options, in fixed order
 * @param outcomes     every outcome, in file order
 * @param lastReviewed when the numbers were last checked against their sources
 */
public record DecisionContent(List<DecisionOption> options, List<Outcome> outcomes, LocalDate lastReviewed) {

    /** The seven options, in the one order every screen and print-out uses; the first two are the {@link Treatment}s. */
    public static final List<String> OPTION_IDS = List.of(Treatment.IV_KETAMINE.id(), Treatment.SPRAVATO.id(), "ect", "tms",
            "medication_change", "psychotherapy", "no_change");

    public DecisionContent {
        options = List.copyOf(options);
        outcomes = List.copyOf(outcomes);
    }

    public Optional<DecisionOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** The option's name, or the id itself when there is no such option. */
    public String name(String id) {
        return option(id).map(DecisionOption::name).orElse(id);
    }

    /** The outcomes about one option, in file order. */
    public List<Outcome> outcomesFor(String optionId) {
        return outcomes.stream().filter(o -> o.option().equals(optionId)).toList();
    }

    /** Every source id the options and outcomes cite, each once, in order of first use. */
    public List<String> sourceIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (DecisionOption o : options) {
            ids.addAll(o.sourceIds());
            outcomesFor(o.id()).forEach(out -> ids.addAll(out.sourceIds()));
        }
        return List.copyOf(ids);
    }
}
