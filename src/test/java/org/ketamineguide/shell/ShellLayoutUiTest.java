package org.ketamineguide.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.ContrastCheck;
import org.ketamineguide.testing.LayoutChecks;
import org.ketamineguide.ui.KeyboardMode;

/** The frame around every screen (app bar, footer, home, about, crisis panel) at every size that matters. */
class ShellLayoutUiTest extends AppUiTest {
    private static final String[] FRAME = {"#homeButton", "#helpNowButton", "#aboutButton", "#textSmallerButton",
        "#textScaleLabel", "#textLargerButton", "#highContrastToggle"};
    private static final String[] STEADY = {"#textSmallerButton", "#textScaleLabel", "#textLargerButton",
        "#highContrastToggle"};

    private Scene scene() {
        return node("#appRoot").getScene();
    }

    private void size(double width, double height) {
        fx(() -> {
            Window w = scene().getWindow();
            w.setWidth(width);
            w.setHeight(height);
        });
    }

    private Map<String, Bounds> bounds(String... ids) {
        Map<String, Bounds> out = new LinkedHashMap<>();
        for (String id : ids) {
            Node n = node(id);
            out.put(id, n.localToScene(n.getLayoutBounds()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} at {1}x{2}, {3}% text")
    @CsvSource({
        "HOME,  1280, 800, 100", "HOME,  1024, 640, 100", "HOME,  1280, 800, 200", "HOME,  1024, 640, 200",
        "HOME,  1024, 640, 150", "ABOUT, 1280, 800, 100", "ABOUT, 1024, 640, 100", "ABOUT, 1024, 640, 200",
    })
    void screenFitsTheWindowWithNothingCutOffAndTheFrameOnScreen(Screen screen, int width, int height, int scale) {
        size(width, height);
        fx(() -> {
            app.display().setTextScale(scale);
            app.navigator().goTo(screen);
        });
        settle();
        List<String> problems = new ArrayList<>();
        problems.addAll(LayoutChecks.horizontalScrollBars(scene()));
        problems.addAll(LayoutChecks.cutOffText(scene()));
        problems.addAll(LayoutChecks.outsideWindow(scene(), java.util.Arrays.stream(FRAME).map(this::node)
                .toArray(Node[]::new)));
        assertTrue(problems.isEmpty(), screen + " at " + width + "x" + height + ", " + scale + "%: " + problems);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800", "1024, 640"})
    void textSizeControlsKeepTheirPlaceAtEveryStep(int width, int height) {
        size(width, height);
        settle();
        Map<String, Bounds> before = bounds(STEADY);
        for (int step = 0; step < 4; step++) {
            clickOn("#textLargerButton");
            settle();
            assertEquals(before, bounds(STEADY), "after A+ to " + app.display().textScaleProperty().get() + "%");
        }
        assertEquals(200, app.display().textScaleProperty().get());
        for (int step = 0; step < 4; step++) {
            clickOn("#textSmallerButton");
            settle();
            assertEquals(before, bounds(STEADY), "after A- to " + app.display().textScaleProperty().get() + "%");
        }
        assertEquals(100, app.display().textScaleProperty().get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"EN", "ES"})
    void homeShowsEverythingWithoutAScrollBarAtTheDefaultWindowSize(org.ketamineguide.i18n.Language language) {
        // the first screen a person sees: a scroll bar for a few pixels looks unfinished and hides nothing worth it
        size(1280, 800);
        fx(() -> app.languageProperty().set(language));
        settle();
        Node n = node("#homeScreen");
        while (!(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        ScrollPane home = (ScrollPane) n;
        double content = home.getContent().getLayoutBounds().getHeight();
        double viewport = home.getViewportBounds().getHeight();
        assertTrue(content <= viewport, language + ": home is " + content + " px tall in a " + viewport + " px view");
    }

    @Test
    void appBarStopsGrowingFromOneHundredFiftyPercent() {
        Map<Integer, Double> heights = new LinkedHashMap<>();
        for (int scale : new int[] {100, 125, 150, 175, 200}) {
            fx(() -> app.display().setTextScale(scale));
            settle();
            heights.put(scale, lookup(".app-bar").query().getBoundsInParent().getHeight());
        }
        assertEquals(heights.get(150), heights.get(200), 0.5, "heights by text size: " + heights);
        assertEquals(heights.get(150), heights.get(175), 0.5, "heights by text size: " + heights);
        assertTrue(heights.get(200) < heights.get(100) * 1.3, "the bar still grows: " + heights);
    }

    @Test
    void crisisPanelFitsAtTwiceTheTextSizeInTheSmallestWindowAndScrollsInsideItsFrame() {
        size(1024, 640);
        fx(() -> app.display().setTextScale(200));
        clickOn("#helpNowButton");
        settle();
        ScrollPane scroll = node("#crisisPanel .crisis-scroll");
        Bounds frame = scroll.localToScene(scroll.getLayoutBounds());
        assertTrue(LayoutChecks.outsideWindow(scene(), scroll, node("#closeCrisisButton")).isEmpty(),
                "the frame or Close is off screen: " + frame);
        Insets border = scroll.getBorder() == null ? Insets.EMPTY : scroll.getBorder().getInsets();
        assertTrue(border.getRight() >= 4, "the frame has no border of its own: " + border);
        ScrollBar bar = lookup("#crisisPanel .scroll-bar:vertical").queryAs(ScrollBar.class);
        assertTrue(bar.isVisible(), "the text does not fit, so it scrolls");
        Bounds barBounds = bar.localToScene(bar.getLayoutBounds());
        assertTrue(barBounds.getMaxX() <= frame.getMaxX() - border.getRight() + 0.5
                && barBounds.getMinY() >= frame.getMinY() + border.getTop() - 0.5
                && barBounds.getMaxY() <= frame.getMaxY() - border.getBottom() + 0.5,
                "the scroll bar covers the frame: bar " + barBounds + ", frame " + frame);
        fx(() -> scroll.setVvalue(1));
        settle();
        List<Label> lines = lookup("#crisisPanel .crisis-note").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).toList();
        Label last = lines.get(lines.size() - 1);
        Bounds lastBounds = last.localToScene(last.getLayoutBounds());
        assertTrue(lastBounds.getMaxY() <= frame.getMaxY() - border.getBottom() + 0.5,
                "the last line cannot be scrolled into the frame: " + lastBounds);
        assertTrue(LayoutChecks.horizontalScrollBars(scene()).isEmpty());
        assertTrue(LayoutChecks.cutOffText(scene()).isEmpty(), LayoutChecks.cutOffText(scene()).toString());
    }

    @Test
    void hoveredHighContrastToggleStaysReadableInBothStates() {
        clickOn("#highContrastToggle");
        settle();
        assertTrue(app.display().highContrastProperty().get());
        assertTrue(node("#highContrastToggle").isHover(), "the pointer rests on the toggle");
        assertTrue(ContrastCheck.lowContrastText(scene()).isEmpty(), "selected and hovered: "
                + ContrastCheck.lowContrastText(scene()));
        clickOn("#highContrastToggle");
        settle();
        assertFalse(app.display().highContrastProperty().get());
        assertTrue(ContrastCheck.lowContrastText(scene()).isEmpty(), "hovered: " + ContrastCheck.lowContrastText(scene()));
    }

    @Test
    void windowOpensInsideTheScreensVisualBounds() {
        Bounds screen = toBounds(javafx.stage.Screen.getPrimary().getVisualBounds());
        Window w = scene().getWindow();
        assertTrue(w.getX() >= screen.getMinX() && w.getY() >= screen.getMinY()
                && w.getX() + w.getWidth() <= screen.getMaxX() && w.getY() + w.getHeight() <= screen.getMaxY(),
                "window at " + w.getX() + "," + w.getY() + " " + w.getWidth() + "x" + w.getHeight() + " on " + screen);
    }

    private static Bounds toBounds(javafx.geometry.Rectangle2D r) {
        return new javafx.geometry.BoundingBox(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    /** The ring is an outer fill of the button's background, drawn outside it, with a gap of another colour. */
    private static List<BackgroundFill> outsideFills(Region button) {
        if (button.getBackground() == null) {
            return List.of();
        }
        return button.getBackground().getFills().stream()
                .filter(f -> f.getInsets().getTop() < 0 && f.getFill() instanceof Color c && c.getOpacity() > 0)
                .toList();
    }

    @ParameterizedTest(name = "high contrast {0}")
    @CsvSource({"false", "true"})
    void filledButtonsShowAClearFocusRingToKeyboardUsersOnly(boolean highContrast) {
        fx(() -> app.display().setHighContrast(highContrast));
        Region help = node("#helpNowButton");
        Region start = node("#screeningTile");
        fx(help::requestFocus);
        settle();
        assertTrue(outsideFills(help).isEmpty(), "a ring shows before any key was pressed");

        push(KeyCode.SHIFT);
        settle();
        assertTrue(KeyboardMode.isOn(scene()));
        for (Region button : List.of(help, start)) {
            fx(button::requestFocus);
            settle();
            List<BackgroundFill> ring = outsideFills(button);
            assertEquals(2, ring.size(), button.getId() + " has no ring and gap: " + button.getBackground().getFills());
            Color outer = (Color) ring.get(0).getFill();
            Color gap = (Color) ring.get(1).getFill();
            Color page = (Color) ((Region) node("#screenArea")).getBackground().getFills().get(0).getFill();
            assertTrue(ContrastCheck.ratio(outer, gap) >= 3, button.getId() + ": ring " + outer + " on gap " + gap);
            assertTrue(ContrastCheck.ratio(outer, page) >= 3, button.getId() + ": ring " + outer + " on page " + page);
        }

        clickOn("#homeScreen .home-title");
        settle();
        assertFalse(KeyboardMode.isOn(scene()));
        fx(help::requestFocus);
        settle();
        assertTrue(outsideFills(help).isEmpty(), "a ring still shows after a click");
    }

    @Test
    void theTabThatTurnsOnTheKeyboardShowsWhereFocusIsWithoutMovingIt() {
        Node first = scene().getFocusOwner();
        assertNotEquals(null, first);
        push(KeyCode.TAB);
        assertEquals(first, scene().getFocusOwner(), "the first Tab skipped " + first);
        push(KeyCode.TAB);
        assertNotEquals(first, scene().getFocusOwner(), "later Tabs move on");
    }

    @Test
    void clickingThePageLeavesNoRingOnIt() {
        clickOn("#aboutButton");
        clickOn("#aboutScreen .screen-title");
        settle();
        ScrollPane page = (ScrollPane) node("#screenArea").lookup(".screen-scroll");
        assertTrue(page.getBorder() == null || page.getBorder().getStrokes().isEmpty(),
                "the page shows a ring after a click: " + page.getBorder());
    }

    @Test
    void startOverQuestionsPutFocusOnTheSafeChoiceAndEnterKeepsEverything() {
        boolean[] ran = {false};
        fx(() -> app.dialogs().confirm("Start over?", "Your answers will be cleared.", "Start over", () -> ran[0] = true));
        assertEquals("dialog-cancel", scene().getFocusOwner().getId());
        push(KeyCode.ENTER);
        assertFalse(ran[0], "Enter confirmed the destructive choice");
        assertFalse(showing("#dialog-cancel"), "Enter closed the question");
    }

    /** Back may appear before the search box as pages change; Clear, inside it, must not push anything. */
    @Test
    void learnToolbarButtonsDoNotMoveWhenClearAppears() {
        fx(() -> app.navigator().goTo(Screen.TOPICS));
        settle();
        double before = gapFromSearchFieldTo("#allTopicsButton");
        clickOn("#topicSearchField").write("dose");
        settle();
        assertTrue(node("#clearSearchButton").isVisible());
        assertEquals(before, gapFromSearchFieldTo("#allTopicsButton"), 0.5);
    }

    private double gapFromSearchFieldTo(String id) {
        Node field = node("#topicSearchField");
        Node button = node(id);
        return button.localToScene(button.getLayoutBounds()).getMinX()
                - field.localToScene(field.getLayoutBounds()).getMinX();
    }
}
