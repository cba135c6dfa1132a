package org.ketamineguide;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ketamineguide.nav.Screen;

/**
 * Part of the composition root: builds the views of the screens a visitor is likely to open, one
 * screen at a time in idle moments after the first frame (and after the content has loaded), so
 * that a first visit only has to show a view that already exists. The main window asks
 * {@link #view} for every view it shows: a view built ahead is handed out once, any other is built
 * then, as before. A screen already shown is never built ahead again, and {@link #clear} (a kiosk
 * visit ends) drops every view built ahead and stops, so nothing built during one visit is shown
 * in the next. Only {@link KetamineGuideApp} creates this. JavaFX thread only.
 *
 * @param <V> the view type (a JavaFX {@code Parent} in the app)
 */
final class ScreenPreloader<V> {
    private static final Logger LOG = Logger.getLogger(ScreenPreloader.class.getName());
    private final Function<Screen, V> build;
    private final Function<Screen, V> buildAhead;
    private final Consumer<Runnable> later;
    private final Map<Screen, V> ready = new EnumMap<>(Screen.class);
    private final Set<Screen> shown = EnumSet.noneOf(Screen.class);
    private final Deque<Screen> queue = new ArrayDeque<>();
    private boolean stopped;

    /**
     * @param build      builds a screen's view when it is opened
     * @param buildAhead builds a screen's view ahead (in the app: the same view, warmed up off screen)
     * @param later      runs a step at a later, idle moment (in the app: after the next rendered frame)
     */
    ScreenPreloader(Function<Screen, V> build, Function<Screen, V> buildAhead, Consumer<Runnable> later) {
        this.build = build;
        this.buildAhead = buildAhead;
        this.later = later;
    }

    /** The view to show for the screen: the one built ahead if there is one, else a new one. */
    V view(Screen screen) {
        shown.add(screen);
        V view = ready.remove(screen);
        return view != null ? view : build.apply(screen);
    }

    /** Starts building the given screens' views ahead, in this order, one per idle moment. */
    void start(List<Screen> order) {
        if (stopped) {
            return;
        }
        boolean idle = queue.isEmpty();
        queue.addAll(order);
        if (idle) {
            later.accept(this::step);
        }
    }

    /** Drops every view built ahead and builds no more (a kiosk visit ends). */
    void clear() {
        stopped = true;
        queue.clear();
        ready.clear();
    }

    /** How many views are built ahead and waiting (for tests). */
    int waiting() {
        return ready.size();
    }

    private void step() {
        Screen next = queue.poll();
        if (stopped || next == null) {
            return;
        }
        if (!shown.contains(next) && !ready.containsKey(next)) {
            try {
                ready.put(next, buildAhead.apply(next));
            } catch (RuntimeException e) {
                // never an error in front of anyone for a screen they did not open: the visit builds it again
                LOG.log(Level.WARNING, "Could not build the " + next + " screen ahead", e);
            }
        }
        if (!queue.isEmpty()) {
            later.accept(this::step);
        }
    }
}
