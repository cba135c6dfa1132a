package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryMatcherTest {
    private static final GlossaryMatcher MATCHER = GlossaryMatcher.of(List.of(
            TopicFixtures.term("ect", "ECT", "Electroconvulsive therapy.", "electroconvulsive therapy"),
            TopicFixtures.term("off-label", "off-label", "Used for something not on the label."),
            TopicFixtures.term("rems", "REMS", "A safety program."),
            TopicFixtures.term("infusion", "infusion", "A drip into a vein.", "IV infusion", "drip"),
            TopicFixtures.term("cafe", "caf\u00e9", "A place for coffee.")));

    /** The text each match covers, as "text=termId". */
    private static List<String> found(String text) {
        return MATCHER.find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.termId()).toList();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The effect was mild.|''",                          // ECT is not inside effect
            "Side effects|''",
            "Perfect, direct, respect.|''",
            "ECT is one option.|ECT=ect",
            "Ask about ect or Ect.|ect=ect;Ect=ect",
            "(ECT), then ECT.|ECT=ect;ECT=ect",
            "Use is off-label today.|off-label=off-label",
            "It is Off Label.|Off Label=off-label",
            "The offlabel use|''",
            "It takes an IV infusion.|IV infusion=infusion",
            "Two infusions a week.|infusions=infusion",
            "A slow drip.|drip=infusion",
            "Dripping water.|''",
            "The REMS program and the rems.|REMS=rems;rems=rems",
            "Electroconvulsive therapy works.|Electroconvulsive therapy=ect",
            "Electroconvulsive  therapy.|Electroconvulsive  therapy=ect",
            "Electroconvulsive. Therapy.|''",
            "Meet at the cafe or CAF\u00c9.|cafe=cafe;CAF\u00c9=cafe"})
    void termsMatchAsWholeWordsInAnyCaseUsingTheirForms(String text, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertEquals(want, found(text));
    }

    @Test
    void longestFormWinsWhereFormsOverlap() {
        String text = "An IV infusion";
        List<GlossaryMatcher.Match> matches = MATCHER.find(text);
        assertEquals(1, matches.size());
        assertEquals(3, matches.get(0).start());
    }

    @Test
    void firstOccurrencesMarkEachTermOncePerGroupOfTexts() {
        List<List<GlossaryMatcher.Match>> marks = MATCHER.firstOccurrences(List.of(
                "ECT and ECT again.", "More ECT, an infusion.", "Another infusion, then REMS."));
        assertEquals(List.of(List.of("ect"), List.of("infusion"), List.of("rems")),
                marks.stream().map(list -> list.stream().map(GlossaryMatcher.Match::termId).toList()).toList());
        assertEquals(0, marks.get(0).get(0).start());
    }
}
