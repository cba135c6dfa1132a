package org.ketamineguide.a11y;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.LayoutChecks;

/**
 * One stop of the {@link ScreenTour} at the sizes that matter (1280x800 and 1024x640, at 100% and
 * 200% text): no sideways scrolling, no cut-off text, the app bar's controls inside the window, and
 * A− / A+ in the same place after a text-size step.
 */
abstract class ScreenLayoutCheck extends AppUiTest {
    private static final String[] FRAME = {"#helpNowButton", "#homeButton", "#textSmallerButton", "#textLargerButton"};
    private static final String[] STEADY = {"#textSmallerButton", "#textScaleLabel", "#textLargerButton"};
    private static final int[][] SIZES = {{1280, 800, 100}, {1024, 640, 100}, {1280, 800, 200}, {1024, 640, 200}};

    private Scene scene() {
        return node("#appRoot").getScene();
    }

    /** Every problem at every size, each line naming the stop, the size and the text scale. */
    protected List<String> problems(ScreenTour.Stop stop) {
        fx(() -> stop.enter().accept(app));
        List<String> out = new ArrayList<>();
        for (int[] size : SIZES) {
            showAt(size[0], size[1], size[2]);
            String where = stop.name() + " at " + size[0] + "x" + size[1] + ", " + size[2] + "% text: ";
            List<String> found = new ArrayList<>();
            found.addAll(LayoutChecks.horizontalScrollBars(scene()));
            found.addAll(LayoutChecks.cutOffText(scene()));
            found.addAll(LayoutChecks.outsideWindow(scene(),
                    java.util.Arrays.stream(FRAME).map(this::node).toArray(Node[]::new)));
            found.addAll(stepKeepsTextButtonsInPlace(size[2]));
            found.forEach(p -> out.add(where + p));
        }
        return out;
    }

    private List<String> stepKeepsTextButtonsInPlace(int scale) {
        Map<String, Bounds> before = bounds();
        int step = scale >= 200 ? scale - 25 : scale + 25;
        fx(() -> app.display().setTextScale(step));
        settle();
        Map<String, Bounds> after = bounds();
        fx(() -> app.display().setTextScale(scale));
        settle();
        List<String> out = new ArrayList<>();
        before.forEach((id, b) -> {
            Bounds a = after.get(id);
            if (Math.abs(a.getMinX() - b.getMinX()) > 0.5 || Math.abs(a.getMinY() - b.getMinY()) > 0.5
                    || Math.abs(a.getWidth() - b.getWidth()) > 0.5 || Math.abs(a.getHeight() - b.getHeight()) > 0.5) {
                out.add(id + " moved from " + b + " to " + a + " after a step to " + step + "%");
            }
        });
        return out;
    }

    private Map<String, Bounds> bounds() {
        Map<String, Bounds> out = new LinkedHashMap<>();
        for (String id : STEADY) {
            Node n = node(id);
            out.put(id, n.localToScene(n.getLayoutBounds()));
        }
        return out;
    }
}
