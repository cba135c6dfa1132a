package org.ketamineguide.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.ContrastCheck;
import org.ketamineguide.ui.Chips;
import org.ketamineguide.ui.Icon;

/**
 * Every button role, chip kind and callout of the visual language, shown in the app's own window
 * and stylesheet, in both themes: text at 4.5:1 on what is painted behind it, and the icons of
 * buttons and chips in the colour of their text.
 */
class StyleRolesUiTest extends AppUiTest {

    private final List<Labeled> samples = new ArrayList<>();

    private VBox showSamples() {
        VBox box = new VBox();
        box.getStyleClass().add("page");
        for (String role : new String[] {"", "primary", "secondary", "quiet", "danger"}) {
            Button b = new Button("Role " + role, new Icon("arrow-right"));
            if (!role.isEmpty()) {
                b.getStyleClass().add(role);
            }
            samples.add(b);
        }
        for (Chips.Kind kind : Chips.Kind.values()) {
            samples.add(Chips.chip("Chip " + kind, kind));
        }
        for (String kind : new String[] {"callout-info", "callout-warning"}) {
            Label callout = new Label("A short note", new Icon("info"));
            callout.getStyleClass().addAll("callout", kind);
            samples.add(callout);
        }
        Label muted = new Label("Muted text on a card");
        muted.getStyleClass().add("text-muted");
        VBox card = new VBox(muted);
        card.getStyleClass().add("card");
        box.getChildren().addAll(samples);
        box.getChildren().add(card);
        fx(() -> ((StackPane) node("#screenArea")).getChildren().setAll(box));
        return box;
    }

    @ParameterizedTest(name = "high contrast {0}")
    @ValueSource(booleans = {false, true})
    void everyRoleKeepsItsTextReadableAndItsIconInTheTextColour(boolean highContrast) {
        showSamples();
        fx(() -> app.display().setHighContrast(highContrast));
        settle();
        List<String> problems = ContrastCheck.lowContrastText(node("#appRoot").getScene());
        assertTrue(problems.isEmpty(), (highContrast ? "high contrast: " : "default: ") + problems);
        for (Labeled sample : samples) {
            // buttons and chips draw their icon in their text colour; callouts may tint theirs
            if (sample.getGraphic() instanceof Icon icon && !sample.getStyleClass().contains("callout")) {
                SVGPath stroke = (SVGPath) icon.lookup(".icon-stroke");
                assertEquals(sample.getTextFill(), stroke.getStroke(), sample.getText() + ": icon and text differ");
            }
        }
    }

    @ParameterizedTest(name = "high contrast {0}")
    @ValueSource(booleans = {false, true})
    void statusChipsSayTheirStatusInWordsAndDifferInColourAndIcon(boolean highContrast) {
        showSamples();
        fx(() -> app.display().setHighContrast(highContrast));
        settle();
        List<Label> status = samples.stream().filter(s -> s instanceof Label l && l.getStyleClass().contains("chip"))
                .map(Label.class::cast).limit(4).toList();
        assertEquals(List.of("chip-possible", "chip-discuss", "chip-not-yet", "chip-not-advised"),
                status.stream().map(l -> l.getStyleClass().get(l.getStyleClass().size() - 1)).toList());
        for (int i = 0; i < status.size(); i++) {
            Label a = status.get(i);
            assertTrue(a.getGraphic() instanceof Icon, a.getText() + " has no icon");
            for (int j = i + 1; j < status.size(); j++) {
                Label b = status.get(j);
                assertNotEquals(a.getTextFill(), b.getTextFill(), a.getText() + " and " + b.getText() + " share a colour");
                assertNotEquals(((Icon) a.getGraphic()).getName(), ((Icon) b.getGraphic()).getName());
            }
        }
    }
}
