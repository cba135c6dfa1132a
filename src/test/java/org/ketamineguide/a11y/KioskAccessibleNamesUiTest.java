package org.ketamineguide.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineguide.AppOptions;
import org.ketamineguide.testing.AppUiTest;

/** The accessible-name walk on a kiosk: its home, the staff PIN pad, its print confirmation. */
class KioskAccessibleNamesUiTest extends AppUiTest {

    @Override
    protected AppOptions options() {
        return KioskScreens.options();
    }

    static Stream<ScreenTour.Stop> stops() {
        return ScreenTour.kiosk().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void everyControlHasANameAndARole(ScreenTour.Stop stop) {
        fx(() -> stop.enter().accept(app));
        settle();
        AccessibleNames.Walk walk = AccessibleNames.walk(stop.name(), node("#appRoot").getScene());
        assertTrue(walk.checked() >= 5, stop + ": only " + walk.checked() + " controls found; did the stop show?");
        List<String> problems = walk.problems();
        assertTrue(problems.isEmpty(), problems.size() + " nodes without a name or role:\n" + String.join("\n", problems));
    }
}
