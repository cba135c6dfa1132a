package org.ketamineguide.decision.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.decision.DecisionFixtures;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.LayoutChecks;

/** On a kiosk "Weigh my options" keeps nothing: no save or open, and the idle wipe clears it all. */
class DecisionKioskUiTest extends AppUiTest {

    @Override
    protected AppOptions options() {
        return AppOptions.parse(List.of("--kiosk"));
    }

    @Test
    void theIdleWipeClearsEverythingAndNothingCanBeSaved() {
        fx(() -> {
            app.decision().open(true);
            app.decision().load(DecisionFixtures.filledIn());
            app.decision().questionDraftProperty().set("half-typed question");
            app.decision().dismissHowToRead();
            app.decision().goTo(DecisionModel.Step.GUIDE);
        });
        assertTrue(showing("#decisionPrintButton"));
        assertFalse(showing("#decisionExportButton"));
        assertFalse(showing("#decisionSaveButton"));
        assertFalse(showing("#decisionOpenButton"));

        clock.advance(Duration.ofSeconds(app.config().idleTimeoutSeconds()));
        fx(() -> app.kiosk().tick());
        clock.advance(Duration.ofSeconds(app.config().warningSeconds() + 1));
        fx(() -> app.kiosk().tick());

        assertEquals(Screen.HOME, app.navigator().current());
        DecisionModel m = app.decision();
        assertTrue(m.record().isEmpty(), m.record().toString());
        assertEquals("", m.questionDraftProperty().get());
        assertFalse(m.fromScreeningProperty().get());
        assertFalse(m.howToReadDismissedProperty().get());
        assertEquals(DecisionModel.Step.DECISION, m.step());
    }

    @Test
    void everyTargetIsAtLeast48PixelsOnEveryStep() {
        fx(() -> app.navigator().goTo(Screen.DECISION));
        for (DecisionModel.Step step : DecisionModel.Step.values()) {
            fx(() -> app.decision().goTo(step));
            settle();
            List<String> small = LayoutChecks.smallTargets(node("#appRoot").getScene(), 48);
            assertTrue(small.isEmpty(), step + ": " + small);
        }
    }
}
