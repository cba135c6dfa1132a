package org.ketamineguide.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TyposTest {

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource({
            "dissocation, dissociation, true",   // a letter left out
            "dissociation, dissocation, true",   // a letter added
            "dissoziation, dissociation, true",  // a letter changed
            "dissoication, dissociation, true",  // two neighbours swapped
            "dissociatoin, dissociation, true",  // swapped at the end
            "dissocaton, dissociation, false",   // two letters left out
            "disoziation, dissociation, false",  // one left out and one changed
            "dissociation, dissociation, false", // the same word is not a typo
            "abcd, badc, false",                 // two swaps
            "abcd, acbe, false",                 // a swap and a change
            "spravato, spravatto, true"})
    void oneEditApart(String a, String b, boolean expected) {
        assertEquals(expected, Typos.oneEditApart(a, b));
    }
}
