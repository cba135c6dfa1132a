package org.ketamineguide.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineguide.testing.ChildJvm;

/**
 * A kiosk keeps nothing, checked from outside: a fresh JVM is started the way the packaged app
 * starts ({@code user.home} and {@code java.io.tmpdir} on its command line, and {@code HOME} and
 * {@code TMPDIR} in its environment, all pointing at empty folders; JavaFX's native libraries next
 * to its jars, as in the packaged runtime, so JavaFX has nothing to unpack), walks one visitor
 * through every feature with {@link KioskVisitMain} and lets the idle timer wipe the visit. Both
 * folders must still be empty. Where {@code strace} works, a second run is traced: it must make no
 * {@code connect()} (beyond the C library's own look-up of the user, and the display's socket when
 * not headless) and must open no file for writing.
 */
class KioskPrivacyIT {
    private static final String DONE =
            "KIOSK-VISIT-DONE visitsEnded=1 windows=1 dialogs=0 clipboardEmpty=true screen=HOME language=en";
    /** The Java options of the packaged launcher that matter here (see packaging/package.sh). */
    private static final List<String> PACKAGED_OPTIONS = List.of("-XX:-UsePerfData", "-Xshare:auto", "-Xmx512m");
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dheadless.geometry=1280x800-32");
    private static final String TRACED = "network,openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,"
            + "unlink,unlinkat,link,linkat,symlink,symlinkat,truncate,ftruncate";
    /** The C library asks its name-service cache for the user's entry when any program starts. */
    private static final Pattern USER_LOOKUP = Pattern.compile("sun_path=\"(/var)?/run/nscd/socket\"");
    private static final Pattern DISPLAY_SOCKET = Pattern.compile("sun_path=@?\"@?/tmp/\\.X11-unix/X\\d+\"");
    private static final Pattern WRITE_OPEN = Pattern.compile("open(?:at)?\\(.*\"([^\"]*)\", [^)]*(O_WRONLY|O_RDWR|O_CREAT|O_TRUNC)");
    private static final Pattern CHANGES_FILES = Pattern.compile(
            "\\b(creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|link|linkat|symlink|symlinkat|truncate)\\(");

    @TempDir
    static Path work;
    private static String classPath;
    private static Path config;
    private static boolean headless;

    @BeforeAll
    static void layOutTheAppLikeThePackagedRuntime() throws IOException {
        headless = ChildJvm.onClassPath("com.sun.glass.ui.monocle.MonoclePlatformFactory");
        Assumptions.assumeTrue(headless || System.getenv("DISPLAY") != null,
                "needs the Monocle jar (headless profile) or a display");
        Path app = Files.createDirectories(work.resolve("app"));
        List<String> entries = new ArrayList<>();
        for (String entry : ChildJvm.classPath().split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName() != null && path.getFileName().toString().startsWith("javafx-")
                    && Files.isRegularFile(path)) {
                // JavaFX looks for its native libraries next to its jar (Linux, macOS) before it
                // unpacks them into ~/.openjfx; the packaged runtime has them in place the same way
                Path copy = Files.copy(path, app.resolve(path.getFileName()));
                unpackNativeLibraries(copy, nativeFolder(app));
                entries.add(copy.toString());
            } else {
                entries.add(entry);
            }
        }
        classPath = String.join(File.pathSeparator, entries);
        config = Files.writeString(work.resolve("clinic.json"), "{\"clinicName\": \"Privacy Test Clinic\", "
                + "\"staffPin\": \"24681357\", \"kioskPrinter\": \"Front desk\", \"idleTimeoutSeconds\": 60, "
                + "\"warningSeconds\": 25, \"defaultPrices\": {\"iv_ketamine\": 475}}");
    }

    @Test
    void aWholeKioskVisitLeavesTheHomeAndTempFoldersEmpty() throws Exception {
        Visit visit = runVisit("plain");
        assertTrue(visit.log.contains(DONE), "the visit did not finish as expected:\n" + visit.log);
        assertEquals(List.of(), visit.written(), "the kiosk wrote files");
        System.out.println("KioskPrivacyIT: a whole kiosk visit left " + visit.home + " and " + visit.tmp + " empty");
    }

    @Test
    void underStraceTheVisitConnectsNowhereAndOpensNoFileForWriting() throws Exception {
        String why = straceUnusable();
        if (why != null) {
            System.out.println("KioskPrivacyIT: strace check skipped: " + why);
            Assumptions.abort(why);
        }
        Path trace = work.resolve("strace.txt");
        Visit visit = runVisit("traced", "strace", "-f", "-qq", "-o", trace.toString(), "-e", "trace=" + TRACED);
        assertTrue(visit.log.contains(DONE), "the traced visit did not finish as expected:\n" + visit.log);
        assertEquals(List.of(), visit.written(), "the kiosk wrote files");

        List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
        List<String> connects = new ArrayList<>();
        List<String> allowed = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        for (String line : lines) {
            if (line.contains("connect(")) {
                boolean ok = USER_LOOKUP.matcher(line).find() || (!headless && DISPLAY_SOCKET.matcher(line).find());
                (ok ? allowed : connects).add(line);
            }
            Matcher open = WRITE_OPEN.matcher(line);
            if (open.find() && !open.group(1).startsWith("/proc/self/") && !open.group(1).startsWith("/dev/")) {
                writes.add(line);
            } else if (CHANGES_FILES.matcher(line).find() && !line.contains("connect(")) {
                writes.add(line);
            }
        }
        assertTrue(lines.size() > 100, "the trace caught the visit (" + lines.size() + " lines)");
        assertEquals(List.of(), connects, "connect() calls");
        assertEquals(List.of(), writes, "files opened for writing, created, renamed or removed");
        System.out.println("KioskPrivacyIT: traced " + lines.size() + " calls: no connect() but " + allowed.size()
                + " allowed (" + allowed.stream().map(KioskPrivacyIT::socketPath).distinct()
                .collect(Collectors.joining(", ")) + "), no file opened for writing");
    }

    private static String socketPath(String line) {
        Matcher m = Pattern.compile("sun_path=([^}]*)").matcher(line);
        return m.find() ? m.group(1) : line;
    }

    /** A finished child run and the folders it was given. */
    private record Visit(String log, Path home, Path tmp) {
        List<String> written() throws IOException {
            List<String> found = new ArrayList<>();
            for (Path dir : List.of(home, tmp)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.filter(p -> !p.equals(dir)).forEach(p -> found.add(p.toString()));
                }
            }
            return found;
        }
    }

    private Visit runVisit(String name, String... wrapper) throws Exception {
        Path home = Files.createDirectories(work.resolve(name + "-home"));
        Path tmp = Files.createDirectories(work.resolve(name + "-tmp"));
        Path log = work.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(wrapper));
        command.add(ChildJvm.java());
        command.addAll(PACKAGED_OPTIONS);
        command.add("-Duser.home=" + home);
        command.add("-Djava.io.tmpdir=" + tmp);
        if (headless) {
            command.addAll(HEADLESS);
        }
        command.addAll(List.of("-cp", classPath, KioskVisitMain.Main.class.getName(), "--kiosk", "--config",
                config.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("HOME", home.toString());
        env.put("TMPDIR", tmp.toString());
        env.remove("XDG_CACHE_HOME");
        env.remove("XDG_CONFIG_HOME");
        env.remove("XDG_DATA_HOME");
        if (headless) {
            env.remove("DISPLAY");
            env.remove("WAYLAND_DISPLAY");
        }
        Process child = builder.start();
        if (!child.waitFor(300, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            fail("the kiosk visit did not finish in 5 minutes:\n" + Files.readString(log));
        }
        return new Visit(Files.readString(log), home, tmp);
    }

    /** Why strace cannot trace a child here, or null when it can. */
    private static String straceUnusable() {
        try {
            Process p = new ProcessBuilder("strace", "-f", "-qq", "-o", "/dev/null", "-e", "trace=connect", "true")
                    .redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "strace did not finish";
            }
            return p.exitValue() == 0 ? null : "strace cannot trace here (ptrace not permitted?): " + out;
        } catch (IOException e) {
            return "strace is not installed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static Path nativeFolder(Path jars) throws IOException {
        String os = System.getProperty("os.name", "");
        return os.startsWith("Windows") ? Files.createDirectories(jars.resolveSibling("bin")) : jars;
    }

    private static void unpackNativeLibraries(Path jar, Path into) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!entry.isDirectory() && !name.contains("/")
                        && (name.endsWith(".so") || name.endsWith(".dylib") || name.endsWith(".dll"))) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, into.resolve(name));
                    }
                }
            }
        }
    }
}
