package org.ketamineguide.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.ketamineguide.AppEnvironment;
import org.ketamineguide.AppOptions;
import org.ketamineguide.AppServices;
import org.ketamineguide.KetamineGuideApp;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.ManualClock;
import org.ketamineguide.testing.MemorySettingsStore;
import org.ketamineguide.testing.ScriptedFilePicker;

/**
 * Takes the README and issue screenshots from the real app: run it under xvfb with
 * {@code java -cp target/classes:target/test-classes:<deps> org.ketamineguide.tools.ScreenshotTool$Main OUT_DIR [--kiosk] step...}.
 * Each step is {@code file=action[,action...]}; actions: home, topics, screening, planner, about,
 * text100..text200, contrast, nocontrast, crisis, close, confirm (a Start over question), idle, size:WxH, compare, topic:ID, staff,
 * pinlocked (three wrong PINs), print (prints the comparison: on a kiosk, the confirmation),
 * search:WORDS (underscores for spaces), focus:#ID, reveal:#ID (scrolls that node to the top),
 * screening-review, screening-result, screening-urgent (a result with urgent safety answers, the
 * crisis panel closed), screening-safety (the wizard at the safety questions, which an answer to
 * PHQ-9 item 9 brought in, none answered yet: go on with answer:safety_thoughts:yes, and a danger
 * answer such as answer:safety_intent:yes opens the crisis panel as a click would), counselor (the counselor view on), scroll-end (every visible screen
 * scrolled to its end). {@code --preload} builds screens ahead as the real app does. {@code --today YYYY-MM-DD} runs the app as if it were that day (to show
 * content whose end date has passed). decision:STEP (decision, options, values, stand, guide),
 * decision-sample (fills in a sample of answers), decision-scroll:FRACTION, planner-reset,
 * planner-compare, planner-unsure, planner-medicare, screening-next (the wizard's Next),
 * answer:QUESTION:OPTION (answers one screening question), scroll:ID (scroll the node with that id to the
 * top after the layout settles), pdf:FILE (write the planner's print-out), es / en (switch the
 * language in place), screening-question (the wizard's first question page), term (opens the first
 * glossary word's definition on the page shown).
 */
public final class ScreenshotTool extends Application {
    /** A window resize under xvfb can take most of a second to arrive; scroll after it. */
    private static final int SCROLL_AFTER_MS = 1200;
    private final ManualClock clock = new ManualClock();
    private AppServices app;
    private Stage stage;

    /** Starts the tool; a nested class keeps JavaFX's launcher check happy on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ScreenshotTool.class, args);
        }
    }

    @Override
    public void start(Stage primary) {
        List<String> args = new ArrayList<>(getParameters().getRaw());
        Path out = Path.of(args.remove(0));
        List<String> appArgs = new ArrayList<>();
        List<String> steps = new ArrayList<>();
        java.time.Clock wallClock = java.time.Clock.systemDefaultZone();
        boolean preload = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--preload")) {
                preload = true;
            } else if (a.equals("--today") && i + 1 < args.size()) {
                wallClock = java.time.Clock.fixed(java.time.LocalDate.parse(args.get(++i)).atTime(12, 0)
                        .toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC);
            } else if (a.equals("--config") && i + 1 < args.size()) {
                appArgs.add(a);
                appArgs.add(args.get(++i));
            } else {
                (a.startsWith("--") ? appArgs : steps).add(a);
            }
        }
        stage = primary;
        // the pointer rests outside the window, so no screenshot shows a hovered control
        new javafx.scene.robot.Robot().mouseMove(0, 0);
        app = KetamineGuideApp.compose(primary, AppOptions.parse(appArgs),
                new AppEnvironment(new ScriptedFilePicker(), new MemorySettingsStore(), clock,
                        org.ketamineguide.content.ContentFiles.bundled(), org.ketamineguide.ui.DirectPrinter.system(), wallClock), preload);
        run(out, steps, 0);
    }

    private void run(Path out, List<String> steps, int index) {
        if (index == steps.size()) {
            Platform.exit();
            return;
        }
        String[] step = steps.get(index).split("=", 2);
        for (String action : step[1].split(",")) {
            act(action);
        }
        boolean scrolls = step[1].contains("scroll:") || step[1].contains("term");
        PauseTransition settle = new PauseTransition(javafx.util.Duration.millis(scrolls ? SCROLL_AFTER_MS + 700 : 700));
        settle.setOnFinished(e -> {
            save(out.resolve(step[0] + ".png"));
            run(out, steps, index + 1);
        });
        settle.play();
    }

    private void act(String action) {
        Consumer<Screen> go = s -> app.navigator().goTo(s);
        switch (action) {
            case "home" -> app.navigator().home();
            case "topics" -> go.accept(Screen.TOPICS);
            case "screening" -> go.accept(Screen.SCREENING);
            case "planner" -> go.accept(Screen.PLANNER);
            case "about" -> go.accept(Screen.ABOUT);
            case "contrast" -> app.display().setHighContrast(true);
            case "nocontrast" -> app.display().setHighContrast(false);
            case "crisis" -> app.crisis().open();
            case "confirm" -> app.dialogs().confirm(app.messages().get("planner.reset.confirm.title"),
                    app.messages().get("planner.reset.confirm.text"), app.messages().get("planner.reset.confirm.button"), () -> { });
            case "close" -> app.crisis().close();
            case "counselor" -> app.screening().counselorViewProperty().set(true);
            case "scroll-end" -> stage.getScene().getRoot().lookupAll(".screen-scroll").stream()
                    .filter(javafx.scene.Node::isVisible)
                    .forEach(n -> ((javafx.scene.control.ScrollPane) n).setVvalue(1));
            case "screening-result", "screening-review", "screening-urgent" -> {
                go.accept(Screen.SCREENING);
                java.util.Map<String, String> answers = org.ketamineguide.testing.SampleScreening.answers(
                        action.equals("screening-urgent"));
                app.screening().load(answers);
                app.crisis().close();
                if (!action.equals("screening-review")) {
                    app.screening().next();
                }
            }
            case "screening-safety" -> {
                go.accept(Screen.SCREENING);
                app.screening().load(org.ketamineguide.testing.SampleScreening.upToSafety());
            }
            case "planner-compare" -> {
                go.accept(Screen.PLANNER);
                app.planner().reset();
                app.planner().planA().chooseSelfPay();
                app.planner().startComparing();
                app.planner().planB().selectTreatment(org.ketamineguide.content.Treatment.SPRAVATO);
                app.planner().planB().chooseInsurance();
            }
            case "planner-reset" -> {
                app.visit().insuranceAnswerProperty().set(null);
                go.accept(Screen.PLANNER);
                app.planner().reset();
            }
            case "planner-unsure" -> {
                app.visit().insuranceAnswerProperty().set(null);
                go.accept(Screen.PLANNER);
                app.planner().reset();
                app.planner().planA().selectTreatment(org.ketamineguide.content.Treatment.SPRAVATO);
                app.planner().planA().chooseCoverage(org.ketamineguide.planner.Coverage.UNSURE);
            }
            case "planner-medicare" -> {
                app.visit().insuranceAnswerProperty().set("medicare");
                go.accept(Screen.PLANNER);
                app.planner().reset();
                app.planner().planA().selectTreatment(org.ketamineguide.content.Treatment.SPRAVATO);
            }
            case "compare" -> {
                go.accept(Screen.TOPICS);
                app.topics().orElseThrow().showComparison();
            }
            case "es", "en" -> app.languageProperty().set(org.ketamineguide.i18n.Language.ofCode(action).orElseThrow());
            case "screening-question" -> {
                go.accept(Screen.SCREENING);
                app.screening().next();
            }
            case "staff" -> app.staffExit().open();
            case "pinlocked" -> {
                app.staffExit().open();
                for (int i = 0; i < 3; i++) {
                    app.staffExit().submit("0000");
                }
                clock.advance(Duration.ofSeconds(4));
                app.staffExit().tick();
            }
            case "print" -> app.topics().orElseThrow().printComparison();
            case "idle" -> {
                clock.advance(Duration.ofSeconds(app.config().idleTimeoutSeconds()));
                app.kiosk().tick();
                clock.advance(Duration.ofSeconds(3));
                app.kiosk().tick();
            }
            default -> {
                if (action.startsWith("topic:")) {
                    go.accept(Screen.TOPICS);
                    app.topics().orElseThrow().openTopic(action.substring(6));
                } else if (action.startsWith("decision:")) {
                    app.decision().open(false);
                    app.decision().goTo(org.ketamineguide.decision.ui.DecisionModel.Step.valueOf(
                            action.substring(9).toUpperCase(java.util.Locale.ROOT)));
                } else if (action.equals("decision-sample")) {
                    app.decision().load(org.ketamineguide.decision.DecisionFixtures.filledIn());
                } else if (action.startsWith("decision-scroll:")) {
                    javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) stage.getScene()
                            .lookup("#decisionScroll");
                    javafx.application.Platform.runLater(() -> sp.setVvalue(Double.parseDouble(action.substring(16))));
                } else if (action.startsWith("search:")) {
                    go.accept(Screen.TOPICS);
                    app.topics().orElseThrow().searchTextProperty().set(action.substring(7).replace('_', ' '));
                } else if (action.equals("screening-next")) {
                    app.screening().next();
                } else if (action.startsWith("answer:")) {
                    String[] qa = action.substring(7).split(":", 2);
                    app.screening().answer(qa[0], qa[1]);
                } else if (action.startsWith("focus:")) {
                    stage.getScene().lookup(action.substring(6)).requestFocus();
                } else if (action.startsWith("reveal:")) {
                    reveal(action.substring(7));
                } else if (action.equals("term")) {
                    openFirstTerm();
                } else if (action.startsWith("scroll:")) {
                    scrollTo(action.substring(7));
                } else if (action.startsWith("pdf:")) {
                    try {
                        org.ketamineguide.print.PdfExporter.write(app.planner().document().orElseThrow(),
                                Path.of(action.substring(4)));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                } else if (action.startsWith("text")) {
                    app.display().setTextScale(Integer.parseInt(action.substring(4)));
                } else if (action.startsWith("size:")) {
                    String[] wh = action.substring(5).split("x");
                    stage.setWidth(Double.parseDouble(wh[0]));
                    stage.setHeight(Double.parseDouble(wh[1]));
                } else {
                    throw new IllegalArgumentException("unknown action " + action);
                }
            }
        }
    }

    private void reveal(String selector) {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        javafx.scene.Node node = stage.getScene().lookup(selector);
        javafx.scene.Node up = node;
        while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        if (node == null || up == null) {
            throw new IllegalArgumentException("nothing to reveal at " + selector);
        }
        javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) up;
        javafx.scene.Node content = pane.getContent();
        double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
        double room = content.getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 60) / room)));
    }

    /** Opens the definition of the first glossary word on the page shown, after it is laid out. */
    private void openFirstTerm() {
        PauseTransition later = new PauseTransition(javafx.util.Duration.millis(SCROLL_AFTER_MS));
        later.setOnFinished(e -> stage.getScene().getRoot().lookupAll(".topics-term").stream()
                .filter(javafx.scene.Node::isVisible).filter(n -> n.getScene() != null && n.localToScene(0, 0).getY() > 0)
                .findFirst().ifPresent(n -> ((javafx.scene.control.Hyperlink) n).fire()));
        later.play();
    }

    /** Scrolls the scroll pane around the node with this id (or the first with this .class) so the node is at the top. */
    private void scrollTo(String id) {
        // After the screen has been laid out (and the planner has picked one or two columns).
        PauseTransition later = new PauseTransition(javafx.util.Duration.millis(SCROLL_AFTER_MS));
        later.setOnFinished(e -> {
            javafx.scene.Node node = stage.getScene().lookup(id.startsWith(".") ? id : "#" + id);
            javafx.scene.Node n = node;
            while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(extra <= 0 ? 0 : Math.min(1, Math.max(0, (y - 10) / extra)));
            }
        });
        later.play();
    }

    private void save(Path file) {
        WritableImage image = stage.getScene().snapshot(null);
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(buffered, "png", file.toFile());
            System.out.println("wrote " + file);
            // what a screenshot may hide: text cut off in the state it shows (as the layout tests check)
            org.ketamineguide.testing.LayoutChecks.cutOffText(stage.getScene())
                    .forEach(p -> System.out.println("cut off in " + file.getFileName() + ": " + p));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
