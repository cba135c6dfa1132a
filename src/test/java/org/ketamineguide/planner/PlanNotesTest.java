package org.ketamineguide.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanNotesTest {

    @ParameterizedTest(name = "{0}, covered={1}, answer={2}")
    @CsvSource(nullValues = "null", value = {
            "IV_KETAMINE, false, null, series-total hsa-fsa one-year",
            "IV_KETAMINE, true, commercial, series-total iv-coverage hsa-fsa one-year",
            "SPRAVATO, true, commercial, spravato-two-bills spravato-questions withme hsa-fsa one-year",
            "SPRAVATO, true, null, spravato-two-bills spravato-questions withme hsa-fsa one-year",
            "SPRAVATO, true, medicare, spravato-two-bills spravato-questions withme-government hsa-fsa one-year",
            "SPRAVATO, true, medicaid, spravato-two-bills spravato-questions withme-government hsa-fsa one-year",
            "SPRAVATO, false, none, spravato-two-bills withme hsa-fsa one-year",
    })
    void notesFollowThePlan(Treatment t, boolean covered, String answer, String expected) {
        assertEquals(List.of(expected.split(" ")), PlanNotes.applicable(t, covered, answer));
    }

    @Test
    void everyPlanGetsTheHsaAndOneYearNotes() {
        for (Treatment t : Treatment.values()) {
            for (boolean covered : new boolean[] {true, false}) {
                List<String> notes = PlanNotes.applicable(t, covered, null);
                assertTrue(notes.contains(PlanNotes.HSA_FSA) && notes.contains(PlanNotes.ONE_YEAR));
                assertFalse(t == Treatment.IV_KETAMINE && notes.contains(PlanNotes.WITHME));
            }
        }
    }
}
