package org.ketamineguide.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One whole screening, every question answered, for tests and tools that need a result or a review
 * page to look at (the accessibility tour, the screenshot tool): an adult with major depression,
 * two medicines and therapy tried, no health answer that stops either treatment, PHQ-9 items at 2.
 */
public final class SampleScreening {
    private SampleScreening() {
    }

    /**
     * The answers by question id. {@code urgent} adds thoughts of suicide with intent (PHQ-9 item 9
     * at 2 and the safety questions), which opens the crisis panel and the urgent result.
     */
    public static Map<String, String> answers(boolean urgent) {
        Map<String, String> answers = new LinkedHashMap<>();
        String[][] pairs = {{"age", "18_64"}, {"pregnancy", "no"}, {"diagnosis", "mdd"},
            {"antidepressant_trials", "2_or_more"}, {"psychotherapy_tried", "yes"},
            {"vascular_aneurysm_avm", "no"}, {"brain_bleed_history", "no"}, {"ketamine_allergy", "no"},
            {"high_blood_pressure", "controlled"}, {"heart_disease", "no"},
            {"stroke_or_brain_injury", "no"}, {"psychosis_history", "no"}, {"substance_use", "none"},
            {"liver_disease", "no"}, {"thyroid_untreated", "no"}, {"bladder_problems", "no"},
            {"interacting_meds", "no"}, {"can_stay_2h", "unsure"}, {"has_ride", "yes"},
            {"insurance", "commercial"}};
        for (String[] p : pairs) {
            answers.put(p[0], p[1]);
        }
        for (int i = 1; i <= 9; i++) {
            answers.put("phq9_" + i, i == 9 ? "0" : "2");
        }
        if (urgent) {
            answers.put("phq9_9", "2");
            answers.put("safety_thoughts", "yes");
            answers.put("safety_intent", "yes");
            answers.put("safety_recent_action", "no");
        }
        return answers;
    }

    /**
     * The answers of {@code answers(false)} with PHQ-9 item 9 at 1 ("several days"), which brings in
     * the safety questions, none of them answered yet: loaded, they open the wizard at those questions.
     */
    public static Map<String, String> upToSafety() {
        Map<String, String> answers = answers(false);
        answers.put("phq9_9", "1");
        return answers;
    }
}
