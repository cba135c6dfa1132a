package org.ketamineguide.planner;

import java.util.ArrayList;
import java.util.List;
import org.ketamineguide.content.Treatment;

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
    /** SPRAVATO: the drug and the observation visit, billed as one (Medicare) or apart. */
    public static final String SPRAVATO_TWO_BILLS = "spravato-two-bills";
    /** SPRAVATO: questions to ask the insurer. */
    public static final String SPRAVATO_QUESTIONS = "spravato-questions";
    /** SPRAVATO withMe savings for commercially insured patients, with its limits. */
    public static final String WITHME = "withme";
    /** SPRAVATO withMe is only for commercially insured patients: not Medicare, Medicaid or other government plans. */
    public static final String WITHME_GOVERNMENT = "withme-government";
    /** Original Medicare has no yearly limit; a Medigap policy or Medicare Advantage plan may. */
    public static final String MEDICARE_NO_CAP = "medicare-no-cap";
    /** Medicaid rules and copays differ by state. */
    public static final String MEDICAID_VARIES = "medicaid-varies";
    /** "I don't know": what to ask the insurer. */
    public static final String ASK_INSURER = "ask-insurer";

    public static final List<String> ALL_IDS = List.of(ONE_YEAR, HSA_FSA, SERIES_TOTAL, IV_COVERAGE,
            SPRAVATO_TWO_BILLS, SPRAVATO_QUESTIONS, WITHME, WITHME_GOVERNMENT, MEDICARE_NO_CAP, MEDICAID_VARIES,
            ASK_INSURER);

    private PlanNotes() {
    }

    /**
     * The notes for a plan, most important first.
     *
     * @param treatment the plan's treatment
     * @param coverage  the person's answer about whether the plan pays
     * @param kind      the kind of insurance
     */
    public static List<String> applicable(Treatment treatment, Coverage coverage, InsuranceKind kind) {
        boolean insured = kind != InsuranceKind.NONE;
        List<String> out = new ArrayList<>();
        if (insured && coverage == Coverage.UNSURE) {
            out.add(ASK_INSURER);
        }
        if (treatment == Treatment.IV_KETAMINE) {
            out.add(SERIES_TOTAL);
            if (insured) {
                out.add(IV_COVERAGE);
            }
        } else {
            out.add(SPRAVATO_TWO_BILLS);
            if (insured && coverage != Coverage.NO) {
                out.add(SPRAVATO_QUESTIONS);
            }
            out.add(kind == InsuranceKind.COMMERCIAL ? WITHME : WITHME_GOVERNMENT);
        }
        if (kind == InsuranceKind.MEDICARE) {
            out.add(MEDICARE_NO_CAP);
        } else if (kind == InsuranceKind.MEDICAID) {
            out.add(MEDICAID_VARIES);
        }
        out.add(HSA_FSA);
        out.add(ONE_YEAR);
        return out;
    }
}
