package org.ketamineguide.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The two ketamine treatments the app speaks about, with the ids every file uses (rules, plans,
 * clinic configuration, content). One type for the whole app: the screening, the planner and the
 * clinic settings all name a treatment with it; the words shown for it live in the messages and
 * the content. Plain Java; immutable.
 */
public enum Treatment {
    /** Esketamine nasal spray (SPRAVATO), given at a certified center under the label's schedule. */
    SPRAVATO("spravato"),
    /** Racemic ketamine by IV infusion (off-label; usually self-pay). */
    IV_KETAMINE("iv_ketamine");

    private static final List<String> IDS = Arrays.stream(values()).map(Treatment::id).toList();

    private final String id;

    Treatment(String id) {
        this.id = id;
    }

    /** The id written in files: {@code spravato} or {@code iv_ketamine}. */
    public String id() {
        return id;
    }

    /** The treatment with this id, if there is one (exact, case-sensitive match). */
    public static Optional<Treatment> fromId(String id) {
        for (Treatment t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Every id, in the order of {@link #values()}: {@code [spravato, iv_ketamine]}. */
    public static List<String> ids() {
        return IDS;
    }
}
