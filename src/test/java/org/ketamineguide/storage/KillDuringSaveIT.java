package org.ketamineguide.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

    @Test
    void theFileIsAlwaysTheOldOrTheNewPlanAndTheNextSaveLeavesNoTempFile() throws Exception {
        Path target = dir.resolve("plan.json");
        AtomicFiles.writeString(target, SaveLoopMain.plan(1).toJson());
        long onDisk = 1;
        Random random = new Random(20240610L);
        int killedMidSave = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long first = onDisk + 1;
            Process child = new ProcessBuilder(ChildJvm.of(SaveLoopMain.class).jvm("-Xmx64m", "-XX:TieredStopAtLevel=1")
                    .args(target.toString(), Long.toString(first)).command())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            AtomicLong lastSaved = new AtomicLong(-1);
            CountDownLatch firstSave = new CountDownLatch(1);
            Thread reader = new Thread(() -> readSaves(child, lastSaved, firstSave), "save-loop-reader");
            reader.start();
            if (!firstSave.await(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                fail("the save loop never saved");
            }
            Thread.sleep(random.nextInt(250));
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(30_000);

            long acked = lastSaved.get();
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

    private static void readSaves(Process child, AtomicLong lastSaved, CountDownLatch firstSave) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("saved ")) {
                    lastSaved.set(Long.parseLong(line.substring(6).trim()));
                    firstSave.countDown();
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the child was killed mid-line: what was read before counts
        }
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
