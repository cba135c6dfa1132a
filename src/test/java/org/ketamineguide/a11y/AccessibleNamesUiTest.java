package org.ketamineguide.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketamineguide.testing.AppUiTest;

/**
 * The accessible-name walk on a laptop: every screen and state of {@link ScreenTour#laptop()},
 * every control a screen reader meets has a name and a role.
 */
class AccessibleNamesUiTest extends AppUiTest {

    static Stream<ScreenTour.Stop> stops() {
        return ScreenTour.laptop().stream();
    }

    /** The walk is no rubber stamp: a planted screen with every kind of gap fails it, each gap named. */
    @Test
    void theWalkFindsEveryKindOfGap() {
        List<String> problems = new java.util.ArrayList<>();
        fx(() -> {
            Button iconOnly = new Button("✕");
            iconOnly.setId("plantedIcon");
            TextField field = new TextField();
            field.setId("plantedField");
            Label orphan = new Label("Your age");
            ToggleButton yes1 = new ToggleButton("Yes");
            ToggleButton yes2 = new ToggleButton("Yes");
            Button ok = new Button("Close the window");
            Button mute = new Button("Go on");
            mute.setAccessibleRole(AccessibleRole.TEXT);
            VBox card = new VBox(new Label("A card you click"));
            card.setId("plantedCard");
            card.setOnMouseClicked(e -> { });
            Hyperlink toA = new Hyperlink("Read more");
            toA.setUserData("topic-a");
            Hyperlink toB = new Hyperlink("Read more");
            toB.setUserData("topic-b");
            VBox root = new VBox(iconOnly, orphan, field, yes1, yes2, ok, mute, card, toA, toB);
            problems.addAll(AccessibleNames.walk("planted", new Scene(root)).problems());
        });
        String all = String.join("\n", problems);
        assertTrue(all.contains("#plantedIcon") && all.contains("#plantedField") && all.contains("'Yes'")
                && all.contains("role TEXT") && all.contains("#plantedCard") && all.contains("different places"), all);
        assertEquals(6, problems.size(), all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void everyControlHasANameAndARole(ScreenTour.Stop stop) {
        fx(() -> stop.enter().accept(app));
        settle();
        Scene scene = node("#appRoot").getScene();
        AccessibleNames.Walk walk = AccessibleNames.walk(stop.name(), scene);
        assertTrue(walk.checked() >= 5, stop + ": only " + walk.checked() + " controls found; did the stop show?");
        List<String> problems = walk.problems();
        assertTrue(problems.isEmpty(), problems.size() + " nodes without a name or role:\n" + String.join("\n", problems));
    }
}
