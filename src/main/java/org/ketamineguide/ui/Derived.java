package org.ketamineguide.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

/**
 * Values derived from other observables, for the views and models on the path to the first
 * frame (the main window, the home screen, the display controls, the navigator). They do what
 * {@code javafx.beans.binding.Bindings.createBooleanBinding}, {@code not()}, {@code isEqualTo()}
 * and {@code asString()} do, without touching the class {@code Bindings}: its first use costs about
 * 30 ms of the JavaFX thread, because checking its bytecode loads some 100 of its helper classes
 * from the JavaFX jar. Screens built after the first frame may use {@code Bindings} freely.
 * JavaFX thread only, like the observables they follow.
 */
public final class Derived {
    private Derived() {
    }

    /** True exactly while the rule holds; recomputed when any source changes. */
    public static BooleanBinding when(BooleanSupplier rule, Observable... sources) {
        return new BooleanBinding() {
            {
                bind(sources);
            }

            @Override
            protected boolean computeValue() {
                return rule.getAsBoolean();
            }
        };
    }

    /** A text recomputed when any source changes. */
    public static StringBinding text(Supplier<String> text, Observable... sources) {
        return new StringBinding() {
            {
                bind(sources);
            }

            @Override
            protected String computeValue() {
                return text.get();
            }
        };
    }
}
