package org.ketamineguide.testing;

/** Settings shared by the fuzz tests. */
public final class Fuzz {
    private Fuzz() {
    }

    /** Inputs per loader: 10,000 in a normal build; {@code -Dendurance.long=true} runs ten times more. */
    public static int iterations() {
        return Boolean.getBoolean("endurance.long") ? 100_000 : 10_000;
    }

    /** The seed: fixed so failures repeat; {@code -Dfuzz.seed=N} picks another. */
    public static long seed() {
        return Long.getLong("fuzz.seed", 20261123L);
    }
}
