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
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.ketamineguide.AppOptions;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.shell.CrisisPanelModel;
import org.ketamineguide.shell.KioskSession;
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
    void leavingFullScreenOrMinimisingWithoutThePinPutsTheKioskBack() {
        fx(() -> stage().setFullScreen(false));
        settle();
        assertTrue(stage().isFullScreen(), "the window manager took it out of full screen; the kiosk went back");
        fx(() -> stage().setIconified(true));
        settle();
        assertFalse(stage().isIconified(), "minimised, the kiosk came back");
        assertTrue(stage().isShowing());
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
    void threeWrongPinsLockThePinWithACountdownThatDoublesAndOutlivesTheWipe() {
        clickOn("#staffButton");
        wrongPins(3);
        assertTrue(app.staffExit().lockedProperty().get());
        assertTrue(staffNotice().contains("try again in 0:30"), staffNotice());
        assertTrue(node("#staffPinField").isDisabled(), "no typing while locked");
        assertTrue(node("#pinPad").isDisabled(), "no PIN pad while locked");
        assertTrue(node("#staffExitConfirmButton").isDisabled());
        assertFalse(node("#staffCancelButton").isDisabled(), "staff can still cancel");
        clock.advance(Duration.ofSeconds(12));
        fx(() -> app.staffExit().tick());
        assertTrue(staffNotice().contains("0:18"), staffNotice());

        clock.advance(Duration.ofSeconds(18));
        fx(() -> app.staffExit().tick());
        assertFalse(app.staffExit().lockedProperty().get());
        assertFalse(node("#staffPinField").isDisabled());
        wrongPins(1);
        assertTrue(staffNotice().contains("1:00"), "the fourth wrong PIN doubles the wait: " + staffNotice());
        clock.advance(Duration.ofSeconds(60));
        fx(() -> app.staffExit().tick());
        wrongPins(1);
        assertTrue(staffNotice().contains("2:00"), staffNotice());

        idleFor(IDLE);
        idleFor(WARNING);
        assertEquals(1, app.kiosk().visitsEnded());
        assertFalse(showing("#staffPanel"), "the wipe closes the PIN panel");
        clickOn("#staffButton");
        assertTrue(app.staffExit().lockedProperty().get(), "the wipe does not end the lockout");
        assertTrue(staffNotice().contains("0:35"), staffNotice());
        assertEquals(5, app.staffExit().wrongTries());
        assertTrue(stage().isShowing());
    }

    private void wrongPins(int times) {
        for (int i = 0; i < times; i++) {
            clickOn("#staffPinField").write("1111").push(KeyCode.ENTER);
        }
    }

    private String staffNotice() {
        return this.<Label>node("#staffNotice").getText();
    }

    @Test
    void thePinPadHasABackspaceKeyAndTheKeyboardWorksToo() {
        clickOn("#staffButton");
        for (String digit : List.of("1", "2", "3")) {
            clickOn(pinKey(digit));
        }
        clickOn("#pinBackspaceButton");
        assertEquals("12", this.<TextField>node("#staffPinField").getText());
        assertTrue(node("#pinBackspaceButton").isFocused());
        push(KeyCode.BACK_SPACE);
        assertEquals("1", this.<TextField>node("#staffPinField").getText(), "Backspace on a pad key");
        write("9");
        assertEquals("19", this.<TextField>node("#staffPinField").getText(), "digits typed on a pad key");
        clickOn("#staffPinField").write("x-7");
        assertEquals("197", this.<TextField>node("#staffPinField").getText(), "only digits go in");
        push(KeyCode.ESCAPE);
        assertFalse(showing("#staffPanel"));
    }

    private Button pinKey(String digit) {
        return lookup(".pin-key").match(n -> digit.equals(((Button) n).getText())).queryButton();
    }

    @Test
    void theWipeClosesEveryOtherWindowAndEmptiesTheClipboard() {
        Stage[] extra = new Stage[1];
        Popup popup = new Popup();
        fx(() -> {
            extra[0] = new Stage();
            extra[0].initOwner(stage());
            extra[0].setScene(new Scene(new Label("left open by the last visitor"), 300, 100));
            extra[0].show();
            popup.getContent().add(new Label("a pop-up"));
            popup.show(stage());
            ClipboardContent content = new ClipboardContent();
            content.putString("the last visitor's words");
            Clipboard.getSystemClipboard().setContent(content);
        });
        assertTrue(extra[0].isShowing());
        assertTrue(popup.isShowing());
        idleFor(IDLE);
        idleFor(WARNING);
        assertEquals(1, app.kiosk().visitsEnded());
        assertFalse(extra[0].isShowing(), "an extra window");
        assertFalse(popup.isShowing(), "a pop-up");
        List<Window> open = new ArrayList<>();
        fx(() -> open.addAll(Window.getWindows().filtered(Window::isShowing)));
        assertEquals(List.of(stage()), open);
        boolean[] hasAnything = {true};
        fx(() -> hasAnything[0] = Clipboard.getSystemClipboard().hasString()
                || !Clipboard.getSystemClipboard().getContentTypes().isEmpty());
        assertFalse(hasAnything[0], "the clipboard is empty");
    }

    @Test
    void inputInAnotherWindowCountsAsActivity() {
        Stage[] extra = new Stage[1];
        fx(() -> {
            extra[0] = new Stage();
            extra[0].initOwner(stage());
            Button button = new Button("Elsewhere");
            button.setId("extraWindowButton");
            extra[0].setScene(new Scene(button, 300, 100));
            extra[0].show();
        });
        idleFor(IDLE - 10);
        fx(() -> {
            extra[0].requestFocus();
            extra[0].getScene().lookup("#extraWindowButton").requestFocus();
        });
        assertTrue(extra[0].isFocused(), "keys go to the other window");
        push(KeyCode.SPACE); // the mouse stays still: a move across the main window would count there
        idleFor(IDLE - 10);
        assertEquals(KioskSession.State.ACTIVE, app.kiosk().stateProperty().get(),
                "a click in another window restarted the idle time");
        idleFor(10);
        assertEquals(KioskSession.State.WARNING, app.kiosk().stateProperty().get());
        fx(() -> extra[0].close());
    }

    @Test
    void copyCutPasteAndTheTextMenuDoNothingOnAKiosk() {
        fx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("already there");
            Clipboard.getSystemClipboard().setContent(content);
            app.navigator().goTo(Screen.TOPICS);
        });
        TextField search = node("#topicSearchField");
        clickOn(search).write("side effects");
        push(KeyCode.CONTROL, KeyCode.A);
        for (KeyCode[] keys : List.of(new KeyCode[] {KeyCode.CONTROL, KeyCode.C},
                new KeyCode[] {KeyCode.CONTROL, KeyCode.INSERT}, new KeyCode[] {KeyCode.CONTROL, KeyCode.X},
                new KeyCode[] {KeyCode.SHIFT, KeyCode.DELETE}, new KeyCode[] {KeyCode.COPY},
                new KeyCode[] {KeyCode.CUT})) {
            push(keys);
            assertEquals("side effects", search.getText(), List.of(keys) + " cut nothing");
            assertEquals("already there", clipboardText(), List.of(keys) + " copied nothing");
        }
        push(KeyCode.END);
        push(KeyCode.CONTROL, KeyCode.V);
        push(KeyCode.SHIFT, KeyCode.INSERT);
        assertEquals("side effects", search.getText(), "nothing is pasted");


        requestTextMenu(search);
        List<Window> open = new ArrayList<>();
        fx(() -> open.addAll(Window.getWindows().filtered(Window::isShowing)));
        assertEquals(List.of(stage()), open, "no text menu (Copy, Cut, Paste) opens");
    }

    /**
     * Asks for the text menu the way the platform does on a right click or the Menu key. (Monocle's
     * headless mouse makes no context-menu event of its own.)
     */
    static void requestTextMenu(AppUiTest test, TextField field) {
        test.interact(() -> {
            javafx.geometry.Bounds b = field.localToScreen(field.getBoundsInLocal());
            javafx.geometry.Point2D local = new javafx.geometry.Point2D(b.getWidth() / 2, b.getHeight() / 2);
            javafx.event.Event.fireEvent(field, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getX(), local.getY(), b.getMinX() + local.getX(), b.getMinY() + local.getY(), false,
                    new javafx.scene.input.PickResult(field, local.getX(), local.getY())));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void requestTextMenu(TextField field) {
        requestTextMenu(this, field);
    }

    private String clipboardText() {
        String[] text = new String[1];
        fx(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void printOnAKioskWithoutAPrinterSaysToAskStaffAndLooksForNoPrinter() {
        fx(() -> {
            app.navigator().goTo(Screen.TOPICS);
            app.topics().orElseThrow().showComparison();
        });
        clickOn("#printComparisonButton");
        assertTrue(lookup(".dialog-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Please ask a staff member")));
        assertTrue(lookup(".dialog-message").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("not set up to print")));
        assertTrue(lookup("#dialog-confirm-button").tryQuery().isEmpty(), "nothing to confirm");
        assertEquals(List.of(), printer.lookups, "no printer look-up");
        assertEquals(1, Window.getWindows().size(), "no print dialog");
    }

    @Test
    void theIdleWarningShowsAboveAnOpenCrisisPanel() {
        clickOn("#helpNowButton");
        assertTrue(showing("#crisisPanel"));
        idleFor(IDLE);
        assertTrue(showing("#idleWarning"));
        List<Node> layers = this.<Parent>node("#appRoot").getChildrenUnmodifiable();
        assertTrue(layers.indexOf(node("#kioskOverlay")) > layers.indexOf(node("#crisisPanel")),
                "the warning is the top layer");
        assertTrue(node("#idleContinueButton").isFocused());
        clickOn("#idleContinueButton"); // lands only if nothing covers it
        assertEquals(KioskSession.State.ACTIVE, app.kiosk().stateProperty().get());
        assertTrue(app.crisis().isOpen(), "help stays open");
    }

    @Test
    void crisisHelpGetsFocusOnItsFirstHelpLineAndGivesItBackOnClose() {
        clickOn("#helpNowButton");
        assertEquals("crisisStaffLine", focusedId(), "tell a staff member comes first");
        // after a click, the first Tab only shows where focus is (ui.KeyboardMode); the next one moves it
        push(KeyCode.TAB);
        assertEquals("crisisStaffLine", focusedId(), "the first Tab after a click skips nothing");
        push(KeyCode.TAB);
        assertEquals("crisisEmergencyLine", focusedId());
        push(KeyCode.ESCAPE);
        assertFalse(app.crisis().isOpen());
        assertEquals("helpNowButton", focusedId(), "focus is back where it was");
    }

    private String focusedId() {
        Node owner = node("#appRoot").getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    @Test
    void savingIsOffOnAKiosk() {
        assertFalse(app.printing().canSave());
    }

    @Test
    void noFileChooserOpensOnAKioskEvenWhenAFeatureAsksForOne() throws IOException {
        Path file = Files.createTempFile("kiosk-open", ".json");
        files.willOpen(file);
        files.willSaveTo(file);
        List<java.util.Optional<Path>> answers = new ArrayList<>();
        fx(() -> {
            answers.add(app.dialogs().chooseOpenFile("Open", org.ketamineguide.ui.DialogService.FileKind.JSON));
            answers.add(app.dialogs().chooseSaveFile("Save", "plan.json", org.ketamineguide.ui.DialogService.FileKind.JSON));
        });
        assertEquals(List.of(java.util.Optional.empty(), java.util.Optional.empty()), answers);
        assertEquals(0, files.timesAsked(), "the file chooser was never asked");
    }

    @Test
    void displaySettingsAreNeverRememberedOnAKiosk() {
        clickOn("#textLargerButton");
        clickOn("#highContrastToggle");
        assertEquals(125, app.display().textScaleProperty().get());
        assertEquals(0, settings.saves(), "a kiosk writes no preferences");
    }
}
