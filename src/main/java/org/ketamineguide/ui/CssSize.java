package org.ketamineguide.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.scene.Parent;

/**
 * A size a layout pane takes from CSS (in em or px, e.g. {@code -kg-card-gap: 1.25em}): the
 * property's CSS metadata, and {@link #property} makes the owner's property, which requests a
 * layout of its owner when it changes. One per size, held in a static field of the pane:
 * <pre>{@code
 * private static final CssSize<CardGrid> GAP = new CssSize<>("-kg-card-gap", 20, grid -> grid.gap);
 * private final StyleableDoubleProperty gap = GAP.property(this, "gap");
 * }</pre>
 * JavaFX thread only.
 */
public final class CssSize<S extends Parent> extends CssMetaData<S, Number> {
    private final Function<S, StyleableDoubleProperty> property;

    /** A size named {@code cssName} in the stylesheet, {@code initial} px until CSS says otherwise, held in the owner's {@code property}. */
    public CssSize(String cssName, double initial, Function<S, StyleableDoubleProperty> property) {
        super(cssName, SizeConverter.getInstance(), initial);
        this.property = property;
    }

    /** The owner's property for this size, named {@code name}, at the initial size; a change requests a layout of {@code owner}. */
    public StyleableDoubleProperty property(S owner, String name) {
        return new StyleableDoubleProperty(getInitialValue(owner).doubleValue()) {
            @Override
            public Object getBean() {
                return owner;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public CssMetaData<S, Number> getCssMetaData() {
                return CssSize.this;
            }

            @Override
            protected void invalidated() {
                owner.requestLayout();
            }
        };
    }

    @Override
    public boolean isSettable(S owner) {
        return !property.apply(owner).isBound();
    }

    @Override
    public StyleableProperty<Number> getStyleableProperty(S owner) {
        return property.apply(owner);
    }

    /** The CSS metadata of a pane: its parent class's ({@code inherited}) and its own sizes. */
    public static List<CssMetaData<? extends Styleable, ?>> withSizes(List<CssMetaData<? extends Styleable, ?>> inherited,
            CssSize<?>... sizes) {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(inherited);
        all.addAll(List.of(sizes));
        return List.copyOf(all);
    }
}
