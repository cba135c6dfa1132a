package org.ketamineguide.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ketamineguide.AppEnvironment;
import org.ketamineguide.AppOptions;
import org.ketamineguide.AppServices;
import org.ketamineguide.KetamineGuideApp;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.GlossaryTerm;
import org.ketamineguide.content.Topic;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.safety.CrisisLanguage;
import org.ketamineguide.testing.ManualClock;
import org.ketamineguide.testing.MemorySettingsStore;
import org.ketamineguide.testing.ScriptedFilePicker;
import org.ketamineguide.topics.SearchIndex;

/**
 * Interaction and memory benchmarks (not tests: nothing here asserts). Run with bench/interaction.sh.
 * Prints Markdown: content load and validation time, search latency over 1,000 mixed queries,
 * screen-switch time, and heap after GC following 100 and 1,000 screen switches and searches.
 */
public final class InteractionBench extends Application {
    /** Build screens ahead as the real app does ({@code -Dbench.preload=false}: build each on first visit). */
    private static final boolean PRELOAD = Boolean.parseBoolean(System.getProperty("bench.preload", "true"));
    /** Seconds on the home screen before the first visit ({@code -Dbench.homeSeconds=N}). */
    private static final int HOME_SECONDS = Integer.getInteger("bench.homeSeconds", 3);
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static final java.lang.management.ClassLoadingMXBean CLASSES =
            java.lang.management.ManagementFactory.getClassLoadingMXBean();
    private static final String[] SEEDS = {"side effects", "dissocation", "cost", "spravato", "insurance", "tms",
            "pregnan", "driving", "blood pressure", "schedule iii", "remission", "ect", "telehealth", "cafe",
            "how long does it last", "booster", "qzxw", "", "a", "addiction", "ketamine infusions price",
            "REMS", "off-label", "Medicare", "xx".repeat(200)};

    /** Starts the benchmark; a nested main keeps JavaFX's launcher check happy on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(InteractionBench.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        StringBuilder out = new StringBuilder();
        out.append("Run on ").append(LocalDate.now()).append(", Java ").append(System.getProperty("java.version"))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores.\n\n");
        contentLoad(out);
        ContentRepository content = ContentRepository.bundled();
        search(out, content);
        AppServices app = KetamineGuideApp.compose(stage, AppOptions.defaults(),
                new AppEnvironment(new ScriptedFilePicker(), new MemorySettingsStore(), new ManualClock()), PRELOAD);
        new Thread(() -> {
            try {
                // a visitor reads the home screen before the first click; 0 clicks at once
                Thread.sleep(HOME_SECONDS * 1000L);
                screens(out, app, content);
            } catch (Exception e) {
                out.append("screen benchmark failed: ").append(e).append('\n');
            }
            System.out.println(out);
            Platform.exit();
        }, "bench").start();
    }

    private static void contentLoad(StringBuilder out) {
        long t0 = System.nanoTime();
        ContentRepository.bundled();
        double cold = (System.nanoTime() - t0) / 1e6;
        double[] warm = new double[30];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            ContentRepository.bundled();
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        out.append("### Content load and validation\n\n")
                .append(String.format("- first load in a fresh JVM (cold, includes class loading): %.1f ms%n", cold))
                .append(String.format("- median of %d later loads: %.1f ms%n%n", warm.length, new Stats(warm).median()));
    }

    private static List<String> queries(ContentRepository content, int n, long seed) {
        Random random = new Random(seed);
        List<String> words = new ArrayList<>();
        for (Topic t : content.topics()) {
            words.addAll(List.of(t.title().split("\\s+")));
        }
        for (GlossaryTerm g : content.glossary()) {
            words.add(g.term());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(4)) {
                case 0 -> out.add(SEEDS[random.nextInt(SEEDS.length)]);
                case 1 -> out.add(words.get(random.nextInt(words.size())));
                case 2 -> out.add(words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size())));
                default -> {
                    String w = words.get(random.nextInt(words.size()));
                    out.add(w.length() > 3 ? w.substring(0, 2 + random.nextInt(w.length() - 2)) : w);
                }
            }
        }
        return out;
    }

    private static void search(StringBuilder out, ContentRepository content) {
        long t0 = System.nanoTime();
        SearchIndex index = SearchIndex.build(content.topics(), content.glossary(), CrisisLanguage::matches);
        double build = (System.nanoTime() - t0) / 1e6;
        for (String q : queries(content, 2_000, 1)) {
            index.search(q);
        }
        List<String> queries = queries(content, 1_000, 2);
        double[] times = new double[queries.size()];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            index.search(queries.get(i));
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Stats s = new Stats(times);
        out.append("### Search over all content\n\n")
                .append(String.format("- index build: %.1f ms (once, on the first search)%n", build))
                .append("- 1,000 mixed queries (titles, words, two-word, prefixes, typos, empty, 400 characters), "
                        + "after 2,000 warm-up queries:\n\n")
                .append("| what | n | p50 (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|\n")
                .append(s.line("search")).append(String.format("%n%n- p99 target < 2 ms: %s%n%n",
                        s.percentile(99) < 2 ? "meets" : "misses"));
    }

    private static void screens(StringBuilder out, AppServices app, ContentRepository content) throws Exception {
        Screen[] cycle = {Screen.SCREENING, Screen.TOPICS, Screen.PLANNER, Screen.ABOUT, Screen.HOME};
        List<String> queries = queries(content, 1_000, 3);
        double[] first = new double[cycle.length];
        StringBuilder perScreen = new StringBuilder(
                "| screen | wall (ms) | JavaFX-thread CPU (ms) | classes loaded |\n|---|---|---|---|\n");
        for (int i = 0; i < cycle.length; i++) {
            Screen s = cycle[i];
            long[] cpuAndClasses = new long[2];
            first[i] = onFx(() -> {
                long cpu = THREADS.getCurrentThreadCpuTime();
                long classes = CLASSES.getTotalLoadedClassCount();
                app.navigator().goTo(s);
                layout(app);
                cpuAndClasses[0] = THREADS.getCurrentThreadCpuTime() - cpu;
                cpuAndClasses[1] = CLASSES.getTotalLoadedClassCount() - classes;
            });
            perScreen.append(String.format("| %s | %.1f | %.1f | %d |%n", s.name().toLowerCase(java.util.Locale.ROOT),
                    first[i], cpuAndClasses[0] / 1e6, cpuAndClasses[1]));
        }
        // Learn's own pages: the first open of each, right after the first visits (each page joins the scene then)
        StringBuilder pages = new StringBuilder(
                "| Learn page | wall (ms) | JavaFX-thread CPU (ms) |\n|---|---|---|\n");
        String[] pageNames = {"comparison", "glossary", "my questions", "topic list"};
        List<java.util.function.Consumer<org.ketamineguide.topics.ui.TopicBrowserModel>> opens = List.of(
                org.ketamineguide.topics.ui.TopicBrowserModel::showComparison, m -> m.showGlossary(null),
                org.ketamineguide.topics.ui.TopicBrowserModel::showMyQuestions,
                org.ketamineguide.topics.ui.TopicBrowserModel::showList);
        onFx(() -> app.navigator().goTo(Screen.TOPICS));
        for (int i = 0; i < opens.size(); i++) {
            var open = opens.get(i);
            long[] cpu = new long[1];
            double wall = onFx(() -> {
                long t = THREADS.getCurrentThreadCpuTime();
                open.accept(app.topics().orElseThrow());
                layout(app);
                cpu[0] = THREADS.getCurrentThreadCpuTime() - t;
            });
            pages.append(String.format("| %s | %.1f | %.1f |%n", pageNames[i], wall, cpu[0] / 1e6));
            Thread.sleep(300); // the page's follow-up (scroll position, focus) runs as it would between clicks
        }
        onFx(() -> app.navigator().goTo(Screen.HOME));
        double[] switches = new double[1_000];
        long heap100 = 0;
        for (int i = 0; i < switches.length; i++) {
            Screen s = cycle[i % cycle.length];
            String q = queries.get(i);
            switches[i] = onFx(() -> {
                app.navigator().goTo(s);
                layout(app);
            });
            onFx(() -> app.topics().orElseThrow().searchTextProperty().set(q));
            if (i == 99) {
                heap100 = heapAfterGc();
            }
        }
        long heap1000 = heapAfterGc();
        Stats firstVisit = new Stats(first);
        Stats cached = new Stats(switches);
        double growth = 100.0 * (heap1000 - heap100) / heap100;
        out.append("### Screen switches (go to a screen, then CSS and layout of the whole window)\n\n")
                .append(String.format("Screens built ahead after the first frame: %s. First click after %d s on the "
                        + "home screen.%n%n", PRELOAD ? "yes (as the app does)" : "no", HOME_SECONDS))
                .append("| what | n | p50 (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|\n")
                .append(firstVisit.line("first visit of each screen (builds its view)")).append('\n')
                .append(cached.line("later switches (view reused)")).append("\n\n")
                .append("First visits one by one (CPU time is the JavaFX thread's own, so it shows the work done "
                        + "whatever else the machine runs):\n\n").append(perScreen).append('\n')
                .append("Then the first open of Learn's pages (the page showing is the only one in the scene, so "
                        + "each page gets its CSS and layout when first opened):\n\n").append(pages).append('\n')
                .append("### Memory\n\n")
                .append(String.format("- heap after GC following 100 switches and searches: %.1f MB%n", heap100 / 1e6))
                .append(String.format("- heap after GC following 1,000 switches and searches: %.1f MB%n", heap1000 / 1e6))
                .append(String.format("- growth: %.1f%% (target < 10%%: %s)%n", growth, growth < 10 ? "meets" : "misses"));
    }

    /** Applies CSS and lays out every window, as the next pulse would. */
    private static void layout(AppServices app) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            w.getScene().getRoot().applyCss();
            w.getScene().getRoot().layout();
        }
    }

    /** Runs on the JavaFX thread and returns how long it took, in ms. */
    private static double onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        double[] took = new double[1];
        Platform.runLater(() -> {
            long t = System.nanoTime();
            action.run();
            took[0] = (System.nanoTime() - t) / 1e6;
            done.countDown();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the JavaFX thread did not answer");
        }
        return took[0];
    }

    private static long heapAfterGc() throws InterruptedException {
        onFx(() -> { });
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
