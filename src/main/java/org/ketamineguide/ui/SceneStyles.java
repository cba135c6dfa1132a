package org.ketamineguide.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scene's stylesheets, loaded as screens need them and always kept in one cascade order, so the
 * app looks exactly as if every sheet were one. The first frame matches its nodes against the sheets
 * every screen needs only; a feature's sheet joins the scene when a screen that uses it is first built
 * (for the real app, right after the first frame, when the screens are built ahead). Sheets are named
 * by their path below {@code /org/ketamineguide/}. JavaFX thread only.
 */
public final class SceneStyles {
    private final List<String> order;
    private final Set<String> wanted = new LinkedHashSet<>();
    private List<String> target = new ArrayList<>();

    /**
     * @param order  every sheet the app has, in cascade order (later ones win)
     * @param always the ones every screen needs, loaded at once
     */
    public SceneStyles(List<String> order, Collection<String> always) {
        this.order = List.copyOf(order);
        need(always);
    }

    /** From now on the sheets go into this list (a scene's stylesheets), starting with those needed so far. */
    public void attach(List<String> sceneStylesheets) {
        List<String> before = target;
        target = sceneStylesheets;
        target.clear();
        target.addAll(before);
    }

    /** Loads the sheets (if they are not loaded yet), each in its place in the cascade order. */
    public void need(Collection<String> sheets) {
        for (String sheet : sheets) {
            if (!order.contains(sheet)) {
                throw new IllegalArgumentException("Unknown stylesheet " + sheet + "; the app has " + order);
            }
            if (wanted.add(sheet)) {
                String url = Resources.external(sheet);
                int before = order.indexOf(sheet);
                int at = 0;
                while (at < target.size() && indexOf(target.get(at)) < before) {
                    at++;
                }
                target.add(at, url);
            }
        }
    }

    /** The sheets loaded so far, in the order the scene has them. */
    public List<String> loaded() {
        return order.stream().filter(wanted::contains).toList();
    }

    private int indexOf(String url) {
        for (int i = 0; i < order.size(); i++) {
            if (url.endsWith(Resources.ROOT + order.get(i))) {
                return i;
            }
        }
        return order.size();
    }
}
