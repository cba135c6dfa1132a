package org.ketamineguide.kiosk;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ketamineguide.AppEnvironment;
import org.ketamineguide.AppOptions;
import org.ketamineguide.AppServices;
import org.ketamineguide.KetamineGuideApp;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.testing.ManualClock;
import org.ketamineguide.topics.SearchHit;

/**
 * Child JVM of {@link KioskPrivacyIT}: starts the app as the packaged launcher does, with the real
 * machine's environment ({@link AppEnvironment#system()}: platform file choosers, the user's
 * preferences store, the system's printers) except for the idle clock, which this script moves.
 * Then it walks one visitor through every feature (screening with Print, Learn with search and a
 * topic, the comparison with Print and Save as PDF, My questions, the planner with Save and Open, a
 * switch to Spanish from the footer with a Spanish search and plan,
 * crisis help, text size and contrast, the staff PIN panel, Print up to the confirmation, copy)
 * and lets the idle timer wipe the visit. It prints {@code KIOSK-VISIT-DONE ...} and exits 0, or
 * prints the problem and exits 2.
 */
public final class KioskVisitMain extends Application {
    private final ManualClock clock = new ManualClock();
    private AppServices app;
    private Stage stage;

    /** Starts the visit; a nested main keeps JavaFX's launcher check happy on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(KioskVisitMain.class, args);
        }
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        AppEnvironment system = AppEnvironment.system();
        app = KetamineGuideApp.compose(primary, AppOptions.parse(getParameters().getRaw()),
                new AppEnvironment(system.files(), system.settings(), clock, system.content(), system.printer(),
                        system.wallClock()));
        Thread driver = new Thread(this::visit, "kiosk-visit");
        driver.setDaemon(true);
        driver.start();
    }

    private void visit() {
        try {
            Thread.sleep(500); // the first frame, then the content loads
            step("screening", () -> {
                tile("#screeningTile");
                app.screening().answer("age", "18_64");
                app.screening().answer("insurance", "medicaid");
                app.screening().next();
                app.screening().print();
            });
            step("close dialogs", () -> app.dialogs().closeAll());
            step("topics and search", () -> {
                home();
                tile("#topicsTile");
                var topics = app.topics().orElseThrow();
                topics.searchTextProperty().set("nasal spray side effects");
            });
            Thread.sleep(400); // search runs as the person types
            step("a topic", () -> {
                var topics = app.topics().orElseThrow();
                var hits = topics.resultsProperty().get().hits(SearchHit.Kind.TOPIC);
                topics.openTopic(hits.isEmpty() ? "side-effects" : hits.get(0).id());
                topics.toggleQuestion("Is this covered by my plan?");
            });
            step("comparison print and PDF", () -> {
                var topics = app.topics().orElseThrow();
                topics.showComparison();
                topics.exportComparison();
                app.dialogs().closeAll();
                topics.printComparison();
            });
            step("copy attempt", () -> {
                app.dialogs().closeAll();
                app.topics().orElseThrow().showList();
                TextField search = (TextField) stage.getScene().lookup("#topicSearchField");
                search.requestFocus();
                search.selectAll();
                Event.fireEvent(search, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.C, false, true, false,
                        false));
            });
            step("my questions", () -> app.topics().orElseThrow().showMyQuestions());
            step("planner", () -> {
                home();
                tile("#plannerTile");
                app.planner().planA().textProperty(PlanField.PRICE_PER_SESSION).set("640");
                app.planner().startComparing();
                app.planner().save();
                app.dialogs().closeAll();
                app.planner().open();
                app.dialogs().closeAll();
                app.planner().exportPdf();
                app.dialogs().closeAll();
            });
            step("Spanish", () -> {
                // as a visitor does: the footer's button; the wipe must bring the clinic's language back
                ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#language-es")).fire();
                app.topics().orElseThrow().searchTextProperty().set("efectos secundarios");
            });
            Thread.sleep(400);
            step("Spanish planner", () -> {
                if (!"es".equals(app.languageProperty().get().code())) {
                    throw new IllegalStateException("the footer's Español did not switch the kiosk to Spanish");
                }
                app.navigator().goTo(Screen.PLANNER);
                app.planner().planB().textProperty(PlanField.PRICE_PER_SESSION).set("900");
            });
            step("crisis help", () -> app.crisis().open());
            step("crisis closed", () -> app.crisis().close());
            step("display", () -> {
                app.display().larger();
                app.display().setHighContrast(true);
            });
            step("staff panel", () -> {
                app.staffExit().open();
                app.staffExit().submit("0000");
                app.staffExit().cancel();
            });
            step("print up to the confirmation", () -> app.planner().print());
            step("about", () -> app.navigator().goTo(Screen.ABOUT));

            step("idle", () -> {
                clock.advance(Duration.ofSeconds(app.config().idleTimeoutSeconds()));
                app.kiosk().tick();
            });
            step("wipe", () -> {
                clock.advance(Duration.ofSeconds(app.config().warningSeconds()));
                app.kiosk().tick();
            });
            String report = onFx(() -> "visitsEnded=" + app.kiosk().visitsEnded()
                    + " windows=" + Window.getWindows().filtered(Window::isShowing).size()
                    + " dialogs=" + stage.getScene().getRoot().lookupAll(".dialog-card").size()
                    + " clipboardEmpty=" + Clipboard.getSystemClipboard().getContentTypes().isEmpty()
                    + " screen=" + app.navigator().current()
                    + " language=" + app.languageProperty().get().code());
            System.out.println("KIOSK-VISIT-DONE " + report);
            System.out.flush();
            Thread.sleep(300);
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.out.println("KIOSK-VISIT-FAILED " + t);
            System.out.flush();
            System.exit(2);
        }
    }

    private void home() {
        app.navigator().home();
    }

    private void tile(String id) {
        Node tile = stage.getScene().lookup(id);
        if (!(tile instanceof Button button)) {
            throw new IllegalStateException("no " + id + " on the home screen");
        }
        button.fire();
    }

    /** Runs one step on the JavaFX thread, waits for it, then lets a few frames render. */
    private void step(String name, Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
        System.out.println("visit: " + name);
        Thread.sleep(150);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(action.call());
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer");
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

}
