package org.ketamineguide.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.Treatment;
import org.ketamineguide.shell.CrisisPanelModel;
import org.ketamineguide.shell.KioskSession;
import org.ketamineguide.shell.Screen;
import org.ketamineguide.testing.AppUiTest;

class KioskUiTest extends AppUiTest {
    static final int IDLE = 60;
    static final int WARNING = 25;

    @Override
    protected AppOptions options() {
        try {
            Path dir = Files.createTempDirectory("kiosk-config");
            Path file = dir.resolve("clinic.json");
            Files.writeString(file, "{\"clinicName\": \"Test Clinic\", \"staffPin\": \"2468\", "
                    + "\"defaultPrices\": {\"iv_ketamine\": 475}, \"treatmentsOffered\": [\"spravato\"], \"idleTimeoutSeconds\": "
                    + IDLE + ", \"warningSeconds\": " + WARNING
                    + ", \"staffHelpSentence\": \"Tell the front desk now.\"}");
            return AppOptions.parse(List.of("--kiosk", "--config", file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stage stage() {
        return (Stage) node("#appRoot").getScene().getWindow();
    }

    private void leaveSomeTraces() {
        fx(() -> {
            app.screening().answer("age", "18_64");
            app.screening().answer("insurance", "medicaid");
            app.screening().next();
            app.planner().planA().textProperty(PlanField.PRICE_PER_SESSION).set("123");
            app.planner().startComparing();
            app.topics().orElseThrow().searchTextProperty().set("side effects");
            app.visit().myQuestions().add("Is this covered by my plan?");
            app.visit().insuranceAnswerProperty().set("commercial");
            app.display().setTextScale(150);
            app.display().setHighContrast(true);
            app.navigator().goTo(Screen.TOPICS);
        });
    }

    private void idleFor(int seconds) {
        clock.advance(Duration.ofSeconds(seconds));
        fx(() -> app.kiosk().tick());
    }

    @Test
    void kioskIsFullScreenSaysItClearsAndOffersAStaffControl() {
        assertTrue(stage().isFullScreen());
        assertTrue(showing("#kioskPrivacyNote"));
        assertTrue(this.<Label>node("#kioskPrivacyNote").getText().contains(IDLE + " seconds"));
        assertTrue(showing("#staffButton"));
        assertEquals("Test Clinic", this.<Label>node("#clinicLabel").getText());
    }

    @Test
    void idleTimeoutWarnsWithACountdownOfAtLeastTwentySeconds() {
        idleFor(IDLE - 1);
        assertEquals(KioskSession.State.ACTIVE, app.kiosk().stateProperty().get());
        assertFalse(showing("#idleWarning"));
        idleFor(1);
        assertEquals(KioskSession.State.WARNING, app.kiosk().stateProperty().get());
        assertTrue(showing("#idleWarning"));
        assertTrue(this.<Label>node("#idleCountdown").getText().contains(WARNING + " seconds"));
        idleFor(5);
        assertTrue(this.<Label>node("#idleCountdown").getText().contains((WARNING - 5) + " seconds"));
    }

    @Test
    void inputDuringUseRestartsTheIdleTime() {
        idleFor(IDLE - 10);
        moveTo("#homeButton");
        idleFor(IDLE - 10);
        assertEquals(KioskSession.State.ACTIVE, app.kiosk().stateProperty().get());
    }

    @Test
    void continueKeepsEverything() {
        leaveSomeTraces();
        idleFor(IDLE);
        assertTrue(showing("#idleWarning"));
        clickOn("#idleContinueButton");
        assertFalse(showing("#idleWarning"));
        assertEquals(Screen.TOPICS, app.navigator().current());
        assertEquals(List.of("Is this covered by my plan?"), app.visit().myQuestions().questions());
        assertEquals("commercial", app.visit().insuranceAnswerProperty().get());
        assertEquals(150, app.display().textScaleProperty().get());
        idleFor(WARNING + 5);
        assertEquals(0, app.kiosk().visitsEnded(), "the timer started again from Continue");
    }

    @Test
    void noAnswerWipesEveryTraceOfTheVisit() {
        leaveSomeTraces();
        fx(() -> app.dialogs().info("Saved", "A message left open"));
        fx(() -> app.staffExit().open());
        idleFor(IDLE);
        idleFor(WARNING);
        assertEquals(1, app.kiosk().visitsEnded());
        assertEquals(Screen.HOME, app.navigator().current());
        assertFalse(app.navigator().canGoBackProperty().get());
        assertTrue(app.visit().myQuestions().questions().isEmpty());
        assertNull(app.visit().insuranceAnswerProperty().get());
        assertEquals(100, app.display().textScaleProperty().get());
        assertFalse(app.display().highContrastProperty().get());
        assertFalse(app.staffExit().openProperty().get());
        assertTrue(lookup(".dialog-card").queryAll().isEmpty(), "open dialogs are closed");
        assertFalse(showing("#idleWarning"));
        assertTrue(showing("#homeScreen"));
        assertTrue(app.screening().answers().isEmpty(), "screening answers");
        assertEquals(0, app.screening().stepIndexProperty().get(), "screening step");
        assertFalse(app.screening().counselorViewProperty().get());
        assertFalse(app.planner().isComparing(), "planner compare mode");
        assertEquals("475", app.planner().planA().textProperty(PlanField.PRICE_PER_SESSION).get()
                .replace("$", "").replace(".00", ""), "plan A back to the clinic's default price");
        var topics = app.topics().orElseThrow();
        assertEquals("", topics.searchTextProperty().get(), "search text");
        assertFalse(topics.canGoBackProperty().get(), "topic history");
        assertTrue(topics.myQuestions().isEmpty());
    }

    @Test
    void clinicSettingsAreApplied() {
        String notice = this.<Label>node("#clinicOfferNote").getText();
        assertTrue(notice.startsWith("This screen is in Test Clinic. The clinic sells these treatments: Esketamine"),
                notice);
        assertTrue(notice.contains("does not pay for it") && notice.contains("starting prices"), notice);
        var price = app.planner().planA().defaults().value(Treatment.IV_KETAMINE, PlanField.PRICE_PER_SESSION);
        assertEquals(0, new java.math.BigDecimal("475").compareTo(price.value()));
        assertTrue(price.basis().contains("Test Clinic"));
    }

    @Test
    void helpStaysOnScreenAfterAResetButForgetsWhyItOpened() {
        fx(() -> app.crisis().openForAnswer());
        assertTrue(showing("#crisisAnswerLine"));
        idleFor(IDLE);
        idleFor(WARNING);
        assertTrue(app.crisis().isOpen());
        assertEquals(CrisisPanelModel.Reason.REQUESTED, app.crisis().reasonProperty().get());
        assertFalse(showing("#crisisAnswerLine"));
    }

    @Test
    void crisisPanelTellsAStaffMemberFirstOnAKiosk() {
        clickOn("#helpNowButton");
        assertTrue(showing("#crisisStaffLine"));
        assertEquals("Tell the front desk now.", this.<Label>node("#crisisStaffLine").getText());
    }

    @Test
    void escapeAndWindowCloseRequestsDoNotCloseTheKiosk() {
        push(KeyCode.ESCAPE);
        fx(() -> stage().fireEvent(new WindowEvent(stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(stage().isShowing());
        assertTrue(stage().isFullScreen());
    }

    @Test
    void staffExitNeedsTheRightPin() {
        Stage stage = stage();
        clickOn("#staffButton");
        assertTrue(showing("#staffPanel"));
        clickOn("#staffPinField").write("1111").push(KeyCode.ENTER);
        assertTrue(this.<Label>node("#staffNotice").getText().contains("not right"));
        assertTrue(stage().isShowing());
        clickOn("#staffCancelButton");
        assertFalse(showing("#staffPanel"));

        clickOn("#staffButton");
        for (String digit : List.of("2", "4", "6", "8")) {
            clickOn(lookup(".pin-key").match(n -> digit.equals(((javafx.scene.control.Button) n).getText()))
                    .queryButton());
        }
        clickOn("#staffExitConfirmButton");
        assertFalse(stage.isShowing(), "the right PIN closes the kiosk");
    }

    @Test
    void savingIsOffOnAKiosk() {
        assertFalse(app.printing().canSave());
    }

    @Test
    void displaySettingsAreNeverRememberedOnAKiosk() {
        clickOn("#textLargerButton");
        clickOn("#highContrastToggle");
        assertEquals(125, app.display().textScaleProperty().get());
        assertEquals(0, settings.saves(), "a kiosk writes no preferences");
    }
}
