package org.ketamineguide.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * Which notes apply to a plan. The words are in the message bundle ({@code planner.note.<id>}) and
 * each note's source is in the planner defaults. Plain Java; stateless.
 */
public final class PlanNotes {
    /** The plan covers one insurance year: deductibles and limits start over with a new year. */
    public static final String ONE_YEAR = "one-year";
    /** HSA and FSA money can usually pay for this care. */
    public static final String HSA_FSA = "hsa-fsa";
    /** Ask for the total of a series before paying up front. */
    public static final String SERIES_TOTAL = "series-total";
    /** IV ketamine is often not covered (off-label). */
    public static final String IV_COVERAGE = "iv-coverage";
    /** SPRAVATO: the drug and the observation visit are billed apart. */
    public static final String SPRAVATO_TWO_BILLS = "spravato-two-bills";
    /** SPRAVATO: questions to ask the insurer. */
    public static final String SPRAVATO_QUESTIONS = "spravato-questions";
    /** SPRAVATO withMe savings for commercially insured patients, with its limits. */
    public static final String WITHME = "withme";
    /** SPRAVATO withMe is not for Medicare, Medicaid or other government plans. */
    public static final String WITHME_GOVERNMENT = "withme-government";

    public static final List<String> ALL_IDS = List.of(ONE_YEAR, HSA_FSA, SERIES_TOTAL, IV_COVERAGE,
            SPRAVATO_TWO_BILLS, SPRAVATO_QUESTIONS, WITHME, WITHME_GOVERNMENT);

    private PlanNotes() {
    }

    /**
     * The notes for a plan, most important first.
     *
     * @param treatment       the plan's treatment
     * @param covered         whether the plan uses insurance
     * @param insuranceAnswer the screening's insurance answer, or null
     */
    public static List<String> applicable(Treatment treatment, boolean covered, String insuranceAnswer) {
        boolean government = "medicare".equals(insuranceAnswer) || "medicaid".equals(insuranceAnswer);
        List<String> out = new ArrayList<>();
        if (treatment == Treatment.IV_KETAMINE) {
            out.add(SERIES_TOTAL);
            if (covered) {
                out.add(IV_COVERAGE);
            }
        } else {
            out.add(SPRAVATO_TWO_BILLS);
            if (covered) {
                out.add(SPRAVATO_QUESTIONS);
            }
            out.add(government ? WITHME_GOVERNMENT : WITHME);
        }
        out.add(HSA_FSA);
        out.add(ONE_YEAR);
        return out;
    }
}
