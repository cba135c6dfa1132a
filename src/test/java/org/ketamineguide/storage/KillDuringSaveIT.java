package org.ketamineguide.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.testing.ChildJvm;

/**
 * Regression for saves killed with {@code kill -9}: a child JVM saves plans in a loop and is killed
 * at a random moment, round after round. After every kill the file is whole and is either the last
 * plan the child reported saved or the one it was saving; the next save removes any temporary file
 * the kill left behind.
 */
class KillDuringSaveIT {
    private static final int ROUNDS = 12;

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path dir;
    /** The children's output, kept apart from the folder under test. */
    @TempDir
    Path logs;

    @Test
    void theFileIsAlwaysTheOldOrTheNewPlanAndTheNextSaveLeavesNoTempFile() throws Exception {
        Path target = dir.resolve("plan.json");
        AtomicFiles.writeString(target, SaveLoopMain.plan(1).toJson());
        long onDisk = 1;
        Random random = new Random(20240610L);
        int killedMidSave = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long first = onDisk + 1;
            // the child's output goes to a file, not a pipe: every line it wrote before the kill is
            // there afterwards (a pipe's reader can lose the last lines when the process dies)
            Path out = logs.resolve("round" + round + ".out");
            Process child = new ProcessBuilder(ChildJvm.of(SaveLoopMain.class).jvm("-Xmx64m", "-XX:TieredStopAtLevel=1")
                    .args(target.toString(), Long.toString(first)).command())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(out.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (lastSaved(out) < 0) {
                if (System.nanoTime() > deadline || !child.isAlive()) {
                    child.destroyForcibly();
                    fail("the save loop never saved");
                }
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(250));
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                fail("the save loop did not die");
            }

            long acked = lastSaved(out);
            Files.delete(out);
            long found = priceInCents(target);
            assertTrue(found == acked || found == acked + 1,
                    "round " + round + ": the file holds plan " + found + ", the child had saved up to " + acked);
            List<Path> temps = temps();
            for (Path temp : temps) {
                if (Files.size(temp) > 0) {
                    killedMidSave++;
                    break;
                }
            }

            AtomicFiles.writeString(target, Files.readString(target)); // the next save
            assertEquals(List.of(), temps(), "round " + round + ": the next save left a temporary file");
            assertEquals(found, priceInCents(target));
            onDisk = found;
        }
        System.out.println("KillDuringSaveIT: " + ROUNDS + " kills, " + killedMidSave
                + " of them left a temporary file with plan bytes in it that the next save removed");
        assertTrue(killedMidSave > 0, "no kill landed mid-save, so the rounds proved little");
    }

    /** The number of the last whole "saved N" line the child wrote, or -1. */
    private static long lastSaved(Path out) throws IOException {
        String text = Files.readString(out, StandardCharsets.UTF_8);
        // whatever follows the last newline may be half a line
        String whole = text.substring(0, text.lastIndexOf('\n') + 1);
        long last = -1;
        for (String line : whole.split("\n")) {
            if (line.matches("saved \\d+")) {
                last = Long.parseLong(line.substring(6));
            }
        }
        return last;
    }

    private static long priceInCents(Path target) throws IOException {
        CostPlan plan = CostPlan.fromJson(Files.readString(target));
        return plan.pricePerSession().movePointRight(2).longValueExact();
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).collect(Collectors.toList());
        }
    }
}
