package org.ketamineguide.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every laptop screen and state of the {@link ScreenTour} fits at every size (see {@link ScreenLayoutCheck}). */
class ScreenLayoutUiTest extends ScreenLayoutCheck {

    static Stream<ScreenTour.Stop> stops() {
        return ScreenTour.laptop().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void fitsAtEverySizeWithNothingCutOff(ScreenTour.Stop stop) {
        List<String> problems = problems(stop);
        assertTrue(problems.isEmpty(), problems.size() + " layout problems:\n" + String.join("\n", problems));
    }
}
