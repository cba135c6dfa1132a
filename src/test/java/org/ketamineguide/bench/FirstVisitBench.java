package org.ketamineguide.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ketamineguide.AppEnvironment;
import org.ketamineguide.AppOptions;
import org.ketamineguide.AppServices;
import org.ketamineguide.KetamineGuideApp;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.ManualClock;
import org.ketamineguide.testing.MemorySettingsStore;
import org.ketamineguide.testing.ScriptedFilePicker;
import org.ketamineguide.topics.ui.TopicBrowserModel;

/**
 * Where a first visit's time goes (a benchmark, not a test: nothing here asserts). Composes the app
 * as {@link InteractionBench} does, waits, then opens screens and Learn's pages in the order given
 * and prints, for each, the JavaFX thread's CPU time split into the navigation itself, CSS and
 * layout, and the wall time. Run on the test class path (as {@code bench/interaction.sh} runs
 * InteractionBench) with {@code -Dbench.steps=SCREENING,TOPICS,glossary,comparison,questions,list,HOME}
 * (screen names, or a Learn page: glossary, comparison, questions, list, topic:ID),
 * {@code -Dbench.homeSeconds=N} (default 8: the screens built ahead are done by then on a busy
 * machine) and {@code -Dbench.preload=false} to build each view on its visit.
 */
public final class FirstVisitBench extends Application {
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Starts the benchmark; a nested main keeps JavaFX's launcher check happy on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(FirstVisitBench.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        AppServices app = KetamineGuideApp.compose(stage, AppOptions.defaults(),
                new AppEnvironment(new ScriptedFilePicker(), new MemorySettingsStore(), new ManualClock()),
                Boolean.parseBoolean(System.getProperty("bench.preload", "true")));
        String steps = System.getProperty("bench.steps", "SCREENING,TOPICS,PLANNER,DECISION,ABOUT,HOME,TOPICS,"
                + "comparison,glossary,questions,list,HOME");
        new Thread(() -> {
            try {
                Thread.sleep(Integer.getInteger("bench.homeSeconds", 8) * 1000L);
                System.out.println("| step | navigate (CPU ms) | CSS (CPU ms) | layout (CPU ms) | JavaFX-thread CPU (ms) "
                        + "| wall (ms) |\n|---|---|---|---|---|---|");
                for (String step : steps.split(",")) {
                    run(step, () -> open(app, step));
                }
            } catch (Exception e) {
                System.out.println("first-visit benchmark failed: " + e);
            }
            Platform.exit();
        }, "bench").start();
    }

    private static void open(AppServices app, String step) {
        TopicBrowserModel topics = app.topics().orElseThrow();
        switch (step) {
            case "glossary" -> topics.showGlossary(null);
            case "comparison" -> topics.showComparison();
            case "questions" -> topics.showMyQuestions();
            case "list" -> topics.showList();
            default -> {
                if (step.startsWith("topic:")) {
                    topics.openTopic(step.substring("topic:".length()));
                } else {
                    app.navigator().goTo(Screen.valueOf(step));
                }
            }
        }
    }

    /** Runs one step on the JavaFX thread, then CSS and layout of every window, as the next pulse would. */
    private static void run(String name, Runnable step) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            step.run();
            long c1 = THREADS.getCurrentThreadCpuTime();
            for (Window w : Window.getWindows()) {
                w.getScene().getRoot().applyCss();
            }
            long c2 = THREADS.getCurrentThreadCpuTime();
            for (Window w : Window.getWindows()) {
                w.getScene().getRoot().layout();
            }
            long c3 = THREADS.getCurrentThreadCpuTime();
            System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, (c1 - c0) / 1e6, (c2 - c1) / 1e6,
                    (c3 - c2) / 1e6, (c3 - c0) / 1e6, (System.nanoTime() - w0) / 1e6);
            done.countDown();
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer");
        }
        Thread.sleep(300); // the follow-ups of a click (scroll position, focus) run, as between clicks
    }
}
