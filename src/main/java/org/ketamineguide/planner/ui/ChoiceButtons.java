package org.ketamineguide.planner.ui;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/**
 * A group of radio buttons that stands for one value of a plan: choosing a button runs the
 * command with its value, and {@link #select} shows the plan's value without echoing it back as a
 * command. JavaFX thread only.
 *
 * @param <K> the value each button stands for
 */
final class ChoiceButtons<K> {
    private final ToggleGroup group;
    private final Map<K, ? extends Toggle> buttons;
    private boolean selecting;

    ChoiceButtons(ToggleGroup group, Map<K, ? extends Toggle> buttons, Consumer<K> command) {
        this.group = group;
        this.buttons = Map.copyOf(buttons);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null && !selecting) {
                command.accept(valueOf(now));
            }
        });
    }

    /** Selects the button of the value, as the plan says (no command runs). */
    void select(K value) {
        selecting = true;
        try {
            group.selectToggle(buttons.get(value));
        } finally {
            selecting = false;
        }
    }

    private K valueOf(Toggle t) {
        return buttons.entrySet().stream().filter(e -> e.getValue() == t).findFirst().orElseThrow().getKey();
    }
}
