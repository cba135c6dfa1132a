package org.ketamineguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineguide.testing.ChildJvm;

/**
 * What the app loads on its way to the first frame, started from {@link Launcher} in a child JVM
 * with {@code --smoke} (which exits right after the first frame) and the JVM's class-loading log.
 * Not a timing test: it checks two decisions that keep start-up short and a kiosk closed. The
 * first frame does not load {@code javafx.beans.binding.Bindings} (see {@code ui.Derived}); the
 * Launcher reads the preferences ahead on a laptop, and never on a kiosk.
 */
class FirstFramePathIT {
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dheadless.geometry=1280x800-32");

    @TempDir
    static Path work;
    private static boolean headless;

    @BeforeAll
    static void needsAScreen() {
        headless = ChildJvm.onClassPath("com.sun.glass.ui.monocle.MonoclePlatformFactory");
        Assumptions.assumeTrue(headless || System.getenv("DISPLAY") != null,
                "needs the Monocle jar (headless profile) or a display");
    }

    @Test
    void theFirstFrameDoesNotLoadBindings() throws Exception {
        List<String> loaded = classesLoadedToTheFirstFrame("laptop", "--smoke");
        assertTrue(loaded.contains("javafx.scene.Scene"), "the log names the classes loaded");
        assertTrue(loaded.contains("org.ketamineguide.shell.HomeController"), "the home screen was built");
        assertEquals(List.of(), loaded.stream().filter("javafx.beans.binding.Bindings"::equals).toList(),
                "the first frame loaded Bindings (use ui.Derived on its path)");
        assertTrue(loaded.contains("java.util.prefs.Preferences"), "a laptop reads its preferences ahead");
    }

    @Test
    void aKioskStartedFromTheLauncherNeverLoadsThePreferences() throws Exception {
        List<String> loaded = classesLoadedToTheFirstFrame("kiosk", "--kiosk", "--smoke");
        assertTrue(loaded.contains("org.ketamineguide.shell.KioskOverlayController"), "a kiosk started");
        assertEquals(List.of(), loaded.stream().filter(c -> c.startsWith("java.util.prefs.")).toList(),
                "a kiosk loaded the Java preferences");
    }

    /**
     * Started as a person starts it, the app builds the feature screens ahead once the first frame is
     * drawn, so a first visit only shows a screen. (A merge once dropped the flag from {@code start()}:
     * the benchmarks, which compose with it, kept measuring fast first visits the app no longer had.)
     */
    @Test
    void theAppStartedFromTheLauncherBuildsTheScreensAheadWithoutBeingAsked() throws Exception {
        Path log = work.resolve("ahead-classes.txt");
        Path home = Files.createDirectories(work.resolve("ahead-home"));
        ChildJvm jvm = ChildJvm.of(Launcher.class).jvm("-Xlog:class+load=info:file=" + log, "-Duser.home=" + home,
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs"));
        if (headless) {
            jvm.jvm(HEADLESS.toArray(String[]::new));
        }
        Process child = new ProcessBuilder(jvm.command()).redirectErrorStream(true)
                .redirectOutput(work.resolve("ahead-out.txt").toFile()).start();
        List<String> built = List.of();
        // classes that only building each view loads (the controllers themselves are loaded by the
        // composition root, which names them): the wizard's parts bar, Learn's bar that scrolls away,
        // a planner field row, Weigh my options' view helpers, About's model
        List<String> controllers = List.of("org.ketamineguide.screening.ui.PartsBar",
                "org.ketamineguide.topics.ui.ToolbarAway", "org.ketamineguide.planner.ui.PlanFieldRow",
                "org.ketamineguide.decision.ui.Views", "org.ketamineguide.shell.AboutModel");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && child.isAlive()) {
                List<String> loaded = Files.exists(log) ? classNames(log) : List.of();
                built = controllers.stream().filter(loaded::contains).toList();
                if (built.size() == controllers.size()) {
                    break;
                }
                Thread.sleep(250);
            }
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(controllers, built, "screens built ahead with nobody touching the app");
    }

    /** Runs the Launcher with the arguments and returns the names of the classes it loaded, in order. */
    private static List<String> classesLoadedToTheFirstFrame(String name, String... args) throws Exception {
        Path log = work.resolve(name + "-classes.txt");
        Path out = work.resolve(name + "-out.txt");
        Path home = Files.createDirectories(work.resolve(name + "-home"));
        ChildJvm jvm = ChildJvm.of(Launcher.class).jvm("-Xlog:class+load=info:file=" + log, "-Duser.home=" + home,
                "-Djava.util.prefs.userRoot=" + home.resolve("prefs")).args(args);
        if (headless) {
            jvm.jvm(HEADLESS.toArray(String[]::new));
        }
        Process child = new ProcessBuilder(jvm.command()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!child.waitFor(180, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the app did not reach its first frame in 180 s");
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(output.contains("first-frame-ms="), "no first frame:\n" + output);
        return classNames(log);
    }

    private static List<String> classNames(Path log) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            // [0.123s][info][class,load] javafx.scene.Scene source: ...
            int start = line.indexOf("] ", line.indexOf("[class,load]"));
            int end = line.indexOf(' ', start + 2);
            if (start > 0 && end > start) {
                names.add(line.substring(start + 2, end));
            }
        }
        return names;
    }
}
