package org.ketamineguide.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.util.Callback;

/**
 * The FXML controller factory of the composition root: each controller class is registered with a
 * supplier that hands it its dependencies. A controller that was not registered is a programming
 * error and fails at once with its name. Used on the JavaFX thread.
 */
public final class ControllerFactory implements Callback<Class<?>, Object> {
    private final Map<Class<?>, Supplier<?>> suppliers = new HashMap<>();

    public <T> ControllerFactory register(Class<T> type, Supplier<? extends T> supplier) {
        suppliers.put(type, supplier);
        return this;
    }

    @Override
    public Object call(Class<?> type) {
        Supplier<?> supplier = suppliers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered for " + type.getName());
        }
        return supplier.get();
    }
}
