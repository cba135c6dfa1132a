package org.ketamineguide.screening;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one set of answers means under the screening rules: whether to send the person to help at
 * once, the PHQ-9 score and band, and per treatment a suitability with the findings behind it.
 * Made by {@link ScreeningRules#evaluate}. Immutable; plain Java.
 */
public final class ScreeningResult {
    private final Map<String, String> answers;
    private final boolean urgent;
    private final boolean support;
    private final OptionalInt phq9Score;
    private final Optional<String> phq9Band;
    private final Map<String, Suitability> suitability;
    private final Map<String, List<Finding>> findings;
    private final List<String> unanswered;
    private final List<SummaryNote> notes;

    ScreeningResult(Map<String, String> answers, boolean urgent, boolean support, OptionalInt phq9Score,
                    Optional<String> phq9Band, Map<String, List<Finding>> findings, List<String> unanswered,
                    List<SummaryNote> notes) {
        this.answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        this.urgent = urgent;
        this.support = support;
        this.phq9Score = phq9Score;
        this.phq9Band = phq9Band;
        Map<String, List<Finding>> byTreatment = new LinkedHashMap<>();
        Map<String, Suitability> worst = new LinkedHashMap<>();
        findings.forEach((treatment, list) -> {
            byTreatment.put(treatment, List.copyOf(list));
            worst.put(treatment, list.stream().map(Finding::suitability)
                    .reduce(Suitability.POSSIBLE, Suitability::worst));
        });
        this.findings = Collections.unmodifiableMap(byTreatment);
        this.suitability = Collections.unmodifiableMap(worst);
        this.unanswered = List.copyOf(unanswered);
        this.notes = List.copyOf(notes);
    }

    /** The answers this result was made from, in question order. */
    public Map<String, String> answers() {
        return answers;
    }

    /** True when an answer shows imminent risk: the person needs urgent help before anything else. */
    public boolean urgent() {
        return urgent;
    }

    /** True when an answer calls for the 988 support message (and the result is not already urgent). */
    public boolean support() {
        return support;
    }

    /** The PHQ-9 total (0 to 27), only when all nine items are answered. */
    public OptionalInt phq9Score() {
        return phq9Score;
    }

    /** The PHQ-9 band ({@code minimal} ... {@code severe}), only when all nine items are answered. */
    public Optional<String> phq9Band() {
        return phq9Band;
    }

    /**
     * The suitability of one treatment: the most severe among its findings, {@code POSSIBLE} with none.
     *
     * @throws IllegalArgumentException naming the id when the treatment is unknown
     */
    public Suitability suitability(String treatmentId) {
        known(treatmentId);
        return suitability.get(treatmentId);
    }

    /**
     * The findings that applied to one treatment, in the order of the findings table.
     *
     * @throws IllegalArgumentException naming the id when the treatment is unknown
     */
    public List<Finding> findings(String treatmentId) {
        known(treatmentId);
        return findings.get(treatmentId);
    }

    /** Every finding that applied, treatment by treatment. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        findings.values().forEach(all::addAll);
        return Collections.unmodifiableList(all);
    }

    /** The ids of the treatments this result speaks about, in order. */
    public List<String> treatmentIds() {
        return List.copyOf(findings.keySet());
    }

    /** The ids of the questions that have no answer, in wizard order. */
    public List<String> unanswered() {
        return unanswered;
    }

    /** Information for the summary that is not a finding (age 65 or older, insurance, ...). */
    public List<SummaryNote> notes() {
        return notes;
    }

    private void known(String treatmentId) {
        if (!findings.containsKey(treatmentId)) {
            throw new IllegalArgumentException("unknown treatment id: '" + treatmentId + "'");
        }
    }
}
