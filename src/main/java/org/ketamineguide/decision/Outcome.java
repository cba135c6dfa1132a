package org.ketamineguide.decision;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One result from one study: out of 100 people like those in the study, how many felt much better
 * (or were nearly symptom-free) after a stated number of weeks, next to the comparison group of the
 * same study. Read from {@code outcomes.json}. Immutable.
 *
 * @param option               the option id the number is about
 * @param measure              response or remission
 * @param perHundred           people out of 100 with the outcome (0 to 100)
 * @param comparatorPerHundred people out of 100 with the outcome in the comparison group, if there was one
 * @param comparator           the comparison group in plain words
 * @param comparedWith         the option id of the comparison group, when it is one of the seven options
 * @param weeks                how many weeks after the start the outcome was counted
 * @param population           who was in the study, in plain words
 * @param low                  lower end of the range for {@code perHundred}, if known
 * @param high                 upper end of the range for {@code perHundred}, if known
 * @param evidence             quality of the evidence
 * @param evidenceWhy          one plain sentence on why
 * @param study                the study's name as people know it
 * @param caution              a plain note on how to read this number, if any
 * @param sourceIds            sources the number comes from
 */
public record Outcome(String option, Measure measure, int perHundred, OptionalInt comparatorPerHundred,
                      String comparator, Optional<String> comparedWith, int weeks, String population,
                      OptionalInt low, OptionalInt high, Evidence evidence, String evidenceWhy, String study,
                      Optional<String> caution, List<String> sourceIds) {

    public Outcome {
        sourceIds = List.copyOf(sourceIds);
    }

    /** True when the study compared two of the seven options directly (head to head). */
    public boolean headToHead() {
        return comparedWith.isPresent();
    }

    /** True when the study reported (or its counts give) a range for the number. */
    public boolean hasRange() {
        return low.isPresent() && high.isPresent();
    }
}
