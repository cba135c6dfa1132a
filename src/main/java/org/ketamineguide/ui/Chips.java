package org.ketamineguide.ui;

import java.util.Locale;
import javafx.scene.control.Label;

/**
 * Status chips: a short status in words with an icon and a colour, so that the colour is never the
 * only sign (see docs/design.md). Styled by {@code .chip} and {@code .chip-<kind>} in app.css.
 * JavaFX thread only.
 */
public final class Chips {

    /** What a chip says about its subject; each kind has its own colour role and icon. */
    public enum Kind {
        /** Screening: the label and common practice allow it (green, check). */
        POSSIBLE("check-circle"),
        /** Screening: something to talk over with a clinician first (amber, speech bubble). */
        DISCUSS("chat"),
        /** Screening: not at this time, for example other steps come first (blue, clock). */
        NOT_YET("clock"),
        /** Screening: the label or common practice advise against it (red, no-entry sign). */
        NOT_ADVISED("ban"),
        SUCCESS("check-circle"),
        WARNING("alert"),
        INFO("info"),
        DANGER("alert"),
        NEUTRAL(null);

        private final String icon;

        Kind(String icon) {
            this.icon = icon;
        }

        /** The style class, e.g. {@code chip-not-yet}. */
        public String styleClass() {
            return "chip-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The icon name, or null for none. */
        public String icon() {
            return icon;
        }
    }

    private Chips() {
    }

    /** A chip that says {@code text}, coloured and marked for {@code kind}. */
    public static Label chip(String text, Kind kind) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("chip", kind.styleClass());
        if (kind.icon() != null) {
            chip.setGraphic(new Icon(kind.icon()));
        }
        // a long status wraps rather than losing words
        chip.setWrapText(true);
        return chip;
    }
}
