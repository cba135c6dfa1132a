package org.ketamineguide.ui;

import java.util.function.UnaryOperator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/**
 * What a one-line text field makes of pasted text. JavaFX drops tabs and line breaks from a
 * {@link TextField} without a trace, so two pasted spreadsheet cells ("900&lt;tab&gt;25") run
 * together into one number (90025), and words on two lines run together into one ("helps" and
 * "kill myself" on the next line become "helpskill myself", which the crisis check cannot read).
 * Here each run of tabs and line breaks becomes one space first, and a field can be kept to a
 * length, a longer paste cut to fit. JavaFX thread only.
 */
public final class PastedText {

    private PastedText() {
    }

    /** Tabs and line breaks become a space; no length limit. */
    public static void install(TextField field) {
        install(field, Integer.MAX_VALUE);
    }

    /** Tabs and line breaks become a space, and the field keeps at most {@code max} characters. */
    public static void install(TextField field, int max) {
        field.setTextFormatter(new TextFormatter<String>(filter(max)));
    }

    /** The filter itself, for a field that needs it inside a formatter of its own. */
    public static UnaryOperator<TextFormatter.Change> filter(int max) {
        return change -> {
            String text = change.getText();
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0) {
                text = text.replaceAll("[\\r\\n\\t]+", " ");
            }
            int room = max - (change.getControlNewText().length() - change.getText().length());
            if (text.length() > room) {
                text = text.substring(0, Math.max(0, room));
            }
            if (!text.equals(change.getText())) {
                change.setText(text);
            }
            return change;
        };
    }
}
