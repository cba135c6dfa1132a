package org.ketamineguide.storage;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.Insurance;

/**
 * Child JVM of {@link KillDuringSaveIT}: saves plans to one file through {@link AtomicFiles}
 * forever, plan N priced N cents, printing {@code saved N} after each save has returned. The
 * bytes go out in pieces with short pauses, as on a slow disk, so a kill often lands mid-save.
 * Usage: {@code SaveLoopMain <target> <first N>}.
 */
public final class SaveLoopMain {
    private SaveLoopMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args[0]);
        for (long n = Long.parseLong(args[1]); ; n++) {
            byte[] bytes = plan(n).toJson().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(target, out -> {
                int third = bytes.length / 3;
                out.write(bytes, 0, third);
                out.flush();
                pause();
                out.write(bytes, third, third);
                out.flush();
                pause();
                out.write(bytes, 2 * third, bytes.length - 2 * third);
            });
            System.out.println("saved " + n);
            System.out.flush();
        }
    }

    /** Plan N: a SPRAVATO plan priced N cents per session. */
    static CostPlan plan(long n) {
        return new CostPlan(Treatment.SPRAVATO, 26, BigDecimal.valueOf(n, 2), null, null, 2, new BigDecimal("350.00"),
                new BigDecimal("25.00"), Insurance.selfPay());
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
