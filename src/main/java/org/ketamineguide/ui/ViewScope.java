package org.ketamineguide.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The one way a view follows a model. Models outlive their views (the main window drops and
 * rebuilds views; a kiosk visit discards them all), so a view listens only while it is in a scene:
 * the scope adds its listeners when the view enters a scene and removes them when it leaves. A view
 * thrown away is therefore never kept alive by a model, and while it lives the scope (held by the
 * view) keeps its controller alive. When the view comes back, it catches up once with whatever
 * changed while it was away, and with nothing else.
 *
 * <p>How to use it, in a controller's {@code initialize()}: draw the view once from the model, then
 * <pre>{@code
 * ViewScope scope = new ViewScope(root);
 * scope.follow(this::refresh, model.resultsProperty(), model.myQuestions());
 * scope.onChange(model.placeProperty(), this::show);   // show(before, now)
 * Shown.when(fixBox, model.hasProblems());              // show/hide rules are bindings
 * }</pre>
 * Plain bindings of a view property to a model value ({@code bind}, {@code bindBidirectional},
 * {@link Shown#when}) need no scope: JavaFX holds the view side of a binding weakly. Listeners on the
 * view's own nodes (width, font, focus) need none either. JavaFX thread only.
 */
public final class ViewScope {
    private final Node view;
    private final List<Watch> watches = new ArrayList<>();
    private boolean attached;

    /** A scope for the view whose root is {@code view}; it follows the root into and out of scenes. */
    public ViewScope(Node view) {
        this.view = view;
        view.sceneProperty().addListener((obs, was, now) -> sceneChanged(now));
        attached = view.getScene() != null;
    }

    /** True while the view is in a scene (and so listening). */
    public boolean isAttached() {
        return attached;
    }

    /**
     * Runs {@code render} whenever a source changes while the view is in a scene, and once when the
     * view comes back if any source changed while it was away. A source is a value, a list, a set or
     * a map (compared by content on return); any other kind of observable counts as changed on every
     * return. Does not run it now: draw the view first, then follow.
     *
     * @return a handle that stops this one (for a view that switches to another model object)
     */
    public Watch follow(Runnable render, Observable... sources) {
        return add(new Follow(render, sources.clone()));
    }

    /**
     * Calls {@code action(before, now)} whenever the source takes a new value while the view is in a
     * scene, and once when the view comes back if the value differs from the last one the view saw
     * ({@code before} is always that last value). Does not call it now.
     *
     * @return a handle that stops this one
     */
    public <T> Watch onChange(ObservableValue<T> source, BiConsumer<? super T, ? super T> action) {
        return add(new OnChange<>(source, action));
    }

    private Watch add(Watch watch) {
        watches.add(watch);
        if (attached) {
            watch.listen();
        }
        return watch;
    }

    private void sceneChanged(Scene now) {
        if (now != null && !attached) {
            attached = true;
            // each catches up before it listens, so a catch-up that changes what a later watch
            // follows is seen once, by that watch's own catch-up
            for (Watch w : List.copyOf(watches)) {
                w.catchUp();
                w.listen();
            }
        } else if (now == null && attached) {
            attached = false;
            watches.forEach(Watch::stopListening);
        }
    }

    /** One thing a view follows. */
    public abstract class Watch {
        abstract void listen();

        abstract void stopListening();

        /** Brings the view up to date after it was away (only when something it follows changed). */
        abstract void catchUp();

        /** Stops following for good (the view switched to another model object). */
        public void cancel() {
            if (watches.remove(this) && attached) {
                stopListening();
            }
        }
    }

    private final class Follow extends Watch {
        private final Runnable render;
        private final Observable[] sources;
        private final InvalidationListener onInvalid;
        private final ChangeListener<Object> onChange;
        private Object[] seen;

        Follow(Runnable render, Observable[] sources) {
            this.render = render;
            this.sources = sources;
            // values get a change listener (an invalidation listener would miss changes to a value
            // nobody read); lists, sets and maps report every change through invalidation
            this.onInvalid = o -> render.run();
            this.onChange = (o, was, now) -> render.run();
            this.seen = snapshot();
        }

        @Override
        @SuppressWarnings("unchecked")
        void listen() {
            for (Observable o : sources) {
                if (isValue(o)) {
                    ((ObservableValue<Object>) o).addListener(onChange);
                } else {
                    o.addListener(onInvalid);
                }
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        void stopListening() {
            for (Observable o : sources) {
                if (isValue(o)) {
                    ((ObservableValue<Object>) o).removeListener(onChange);
                } else {
                    o.removeListener(onInvalid);
                }
            }
            seen = snapshot();
        }

        @Override
        void catchUp() {
            Object[] now = snapshot();
            boolean changed = false;
            for (int i = 0; i < now.length; i++) {
                changed |= now[i] == Unknown.VALUE || !Objects.equals(seen[i], now[i]);
            }
            seen = null;
            if (changed) {
                render.run();
            }
        }

        private Object[] snapshot() {
            Object[] out = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                Observable o = sources[i];
                if (o instanceof ObservableList<?> l) {
                    out[i] = new ArrayList<>(l);
                } else if (o instanceof ObservableSet<?> s) {
                    out[i] = new HashSet<>(s);
                } else if (o instanceof ObservableMap<?, ?> m) {
                    out[i] = new HashMap<>(m);
                } else if (o instanceof ObservableValue<?> v) {
                    out[i] = v.getValue();
                } else {
                    out[i] = Unknown.VALUE;
                }
            }
            return out;
        }
    }

    /** A single value (compared by equality), as opposed to a collection (compared by content). */
    private static boolean isValue(Observable o) {
        return o instanceof ObservableValue<?>
                && !(o instanceof ObservableList<?> || o instanceof ObservableSet<?> || o instanceof ObservableMap<?, ?>);
    }

    /** Stands for the state of an observable the scope cannot compare. */
    private enum Unknown { VALUE }

    private final class OnChange<T> extends Watch {
        private final ObservableValue<T> source;
        private final BiConsumer<? super T, ? super T> action;
        private final ChangeListener<T> listener;
        private T seen;

        OnChange(ObservableValue<T> source, BiConsumer<? super T, ? super T> action) {
            this.source = source;
            this.action = action;
            this.seen = source.getValue();
            this.listener = (o, was, now) -> deliver(now);
        }

        private void deliver(T now) {
            T before = seen;
            seen = now;
            action.accept(before, now);
        }

        @Override
        void listen() {
            source.addListener(listener);
        }

        @Override
        void stopListening() {
            source.removeListener(listener);
        }

        @Override
        void catchUp() {
            T now = source.getValue();
            if (!Objects.equals(seen, now)) {
                deliver(now);
            }
        }
    }
}
