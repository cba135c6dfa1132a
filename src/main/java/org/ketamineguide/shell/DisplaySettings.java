package org.ketamineguide.shell;

import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.ketamineguide.session.Resettable;
import org.ketamineguide.ui.Derived;

/**
 * Text size (100% to 200%) and the high-contrast theme, for every screen. It starts at 100% and
 * normal contrast; {@link #restore()} applies what was remembered. Changes are remembered
 * through a {@link SettingsStore} (never on a kiosk, where a visit's end resets them). JavaFX thread only.
 */
public final class DisplaySettings implements Resettable {
    public static final List<Integer> SCALES = List.of(100, 125, 150, 175, 200);
    public static final int DEFAULT_SCALE = 100;

    private final SettingsStore store;
    private final ReadOnlyIntegerWrapper textScale = new ReadOnlyIntegerWrapper(DEFAULT_SCALE);
    private final ReadOnlyBooleanWrapper highContrast = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canGrow;
    private final BooleanBinding canShrink;

    public DisplaySettings(SettingsStore store) {
        this.store = store;
        canGrow = Derived.when(() -> textScale.get() < SCALES.get(SCALES.size() - 1), textScale);
        canShrink = Derived.when(() -> textScale.get() > SCALES.get(0), textScale);
    }

    /** Applies what the store remembers (call once, before the window shows). */
    public void restore() {
        int saved = store.textScale(DEFAULT_SCALE);
        textScale.set(SCALES.contains(saved) ? saved : DEFAULT_SCALE);
        highContrast.set(store.highContrast(false));
    }

    /** Text size in percent: one of {@link #SCALES}. */
    public ReadOnlyIntegerProperty textScaleProperty() {
        return textScale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty highContrastProperty() {
        return highContrast.getReadOnlyProperty();
    }

    public BooleanBinding canGrowProperty() {
        return canGrow;
    }

    public BooleanBinding canShrinkProperty() {
        return canShrink;
    }

    public void larger() {
        step(1);
    }

    public void smaller() {
        step(-1);
    }

    public void setTextScale(int percent) {
        if (!SCALES.contains(percent)) {
            throw new IllegalArgumentException("text scale must be one of " + SCALES + ", not " + percent);
        }
        textScale.set(percent);
        store.save(textScale.get(), highContrast.get());
    }

    public void setHighContrast(boolean on) {
        highContrast.set(on);
        store.save(textScale.get(), highContrast.get());
    }

    @Override
    public void reset() {
        textScale.set(DEFAULT_SCALE);
        highContrast.set(false);
    }

    private void step(int direction) {
        int i = SCALES.indexOf(textScale.get()) + direction;
        if (i >= 0 && i < SCALES.size()) {
            setTextScale(SCALES.get(i));
        }
    }
}
