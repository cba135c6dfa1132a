package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.content.Treatment;

class PlanNotesTest {

    @ParameterizedTest(name = "{0}, {1}, {2}")
    @CsvSource({
            "IV_KETAMINE, NO, NONE, series-total hsa-fsa one-year",
            "IV_KETAMINE, NO, COMMERCIAL, series-total iv-coverage hsa-fsa one-year",
            "IV_KETAMINE, UNSURE, COMMERCIAL, ask-insurer series-total iv-coverage hsa-fsa one-year",
            "IV_KETAMINE, NO, MEDICARE, series-total iv-coverage medicare-no-cap hsa-fsa one-year",
            "SPRAVATO, YES, COMMERCIAL, spravato-two-bills spravato-questions withme hsa-fsa one-year",
            "SPRAVATO, UNSURE, COMMERCIAL, ask-insurer spravato-two-bills spravato-questions withme hsa-fsa one-year",
            "SPRAVATO, YES, MEDICARE, spravato-two-bills spravato-questions withme-government medicare-no-cap hsa-fsa one-year",
            "SPRAVATO, YES, MEDICAID, spravato-two-bills spravato-questions withme-government medicaid-varies hsa-fsa one-year",
            "SPRAVATO, NO, COMMERCIAL, spravato-two-bills withme hsa-fsa one-year",
            "SPRAVATO, NO, NONE, spravato-two-bills withme-government hsa-fsa one-year",
            // The answer to the coverage question does not count without insurance.
            "SPRAVATO, UNSURE, NONE, spravato-two-bills withme-government hsa-fsa one-year",
    })
    void notesFollowThePlan(Treatment t, Coverage coverage, InsuranceKind kind, String expected) {
        assertEquals(List.of(expected.split(" ")), PlanNotes.applicable(t, coverage, kind));
    }

    @Test
    void everyPlanGetsTheHsaAndOneYearNotesAndOnlyCommercialGetsTheSavingsOffer() {
        for (Treatment t : Treatment.values()) {
            for (Coverage c : Coverage.values()) {
                for (InsuranceKind k : InsuranceKind.values()) {
                    List<String> notes = PlanNotes.applicable(t, c, k);
                    assertTrue(notes.contains(PlanNotes.HSA_FSA) && notes.contains(PlanNotes.ONE_YEAR));
                    assertFalse(notes.contains(PlanNotes.WITHME) && (t == Treatment.IV_KETAMINE
                            || k != InsuranceKind.COMMERCIAL), t + " " + c + " " + k);
                }
            }
        }
    }
}
