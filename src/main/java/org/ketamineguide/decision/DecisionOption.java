package org.ketamineguide.decision;

import java.util.List;
import java.util.Map;

/**
 * One option of the decision, described with the same fields as every other option (IPDAS: equal
 * detail). Read from {@code outcomes.json}. Immutable.
 *
 * @param id         one of {@link DecisionContent#OPTION_IDS}
 * @param name       the option's name in plain words
 * @param summary    one or two sentences on what it is
 * @param experience what it is like to have it
 * @param benefits   the good points
 * @param commonHarms side effects or downsides that many people have
 * @param seriousHarms rare but serious harms
 * @param unknowns   what is not known yet
 * @param cost       the cost range in plain words
 * @param factors    how the option stands on each {@link Factor}, in plain words (every factor present)
 * @param sourceIds  sources that back what this option says
 */
public record DecisionOption(String id, String name, String summary, Experience experience, List<String> benefits,
                             List<String> commonHarms, List<String> seriousHarms, List<String> unknowns, String cost,
                             Map<Factor, String> factors, List<String> sourceIds) {

    public DecisionOption {
        benefits = List.copyOf(benefits);
        commonHarms = List.copyOf(commonHarms);
        seriousHarms = List.copyOf(seriousHarms);
        unknowns = List.copyOf(unknowns);
        factors = Map.copyOf(factors);
        sourceIds = List.copyOf(sourceIds);
    }

    /** What the option says about one factor. */
    public String on(Factor factor) {
        return factors.get(factor);
    }

    /**
     * What it is like to have the option, in the same six parts for every option.
     *
     * @param visits  how often and how many visits
     * @param time    how long each visit takes
     * @param course  how many weeks a course lasts
     * @param how     how it is given: needles, spray, pills, anaesthesia, talking
     * @param driving driving and rides
     * @param work    work and daily life
     */
    public record Experience(String visits, String time, String course, String how, String driving, String work) {

        /** The six parts in display order. */
        public List<String> parts() {
            return List.of(visits, time, course, how, driving, work);
        }
    }
}
