package org.ketamineguide.shell;

import java.util.ArrayList;
import java.util.List;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.i18n.Messages;

/**
 * The home screen's line about the clinic that runs the app: where the screen is, what the clinic
 * sells, and that the clinic neither wrote nor pays for the app (the funding statement in
 * {@code manifest.json} says no clinic pays). Shown only when a clinic configuration is in use, so a
 * visitor knows the host has something to sell. Plain Java; immutable; any thread.
 */
public final class ClinicNotice {

    private ClinicNotice() {
    }

    /**
     * The notice, or {@code null} when no clinic configuration is in use.
     *
     * @param configured true when a clinic configuration file was read without problems
     * @param kiosk      true on a kiosk: the notice then says the screen is in the clinic
     */
    public static String text(ClinicConfig config, boolean configured, boolean kiosk, Messages messages) {
        if (!configured) {
            return null;
        }
        String who = config.optionalClinicName().orElse(messages.get("home.clinic.thisClinic"));
        List<String> sentences = new ArrayList<>();
        sentences.add(messages.format(kiosk ? "home.clinic.where.kiosk" : "home.clinic.where.setUp", who));
        List<String> sold = config.treatmentsOffered().stream()
                .map(t -> messages.get("treatment.name." + t.id()))
                .toList();
        sentences.add(sold.isEmpty() ? messages.get("home.clinic.sellsNeither")
                : messages.format("home.clinic.sells", list(sold, messages)));
        sentences.add(messages.get("home.clinic.notOurs"));
        if (!config.defaultPrices().isEmpty()) {
            sentences.add(messages.get("home.clinic.prices"));
        }
        sentences.add(messages.get("home.clinic.compare"));
        return String.join(" ", sentences);
    }

    private static String list(List<String> names, Messages messages) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + messages.get("home.clinic.and")
                + " " + names.get(names.size() - 1);
    }
}
