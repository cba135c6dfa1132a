package org.ketamineguide.planner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.testing.AppUiTest;

/**
 * One keystroke in a planner field makes one snapshot of the plan ({@link PlanModel.Outcome}), and
 * the results are rebuilt once from it: not once per property the change touches.
 */
class PlannerKeystrokeUiTest extends AppUiTest {
    private final List<PlanModel.Outcome> snapshots = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int rebuilds;

    @BeforeEach
    void openPlannerAndCount() {
        clickOn("#plannerTile");
        fx(() -> {
            for (PlanModel plan : List.of(app.planner().planA(), app.planner().planB())) {
                plan.outcomeProperty().addListener((obs, was, now) -> snapshots.add(now));
                plan.problemProperty(PlanField.PRICE_PER_SESSION)
                        .addListener((obs, was, now) -> problems.add(String.valueOf(now)));
            }
            // the results view replaces the notes on every rebuild: one list change each time
            this.<Pane>node("#notesBox").getChildren()
                    .addListener((ListChangeListener<Node>) c -> rebuilds++);
        });
        focusPriceField();
    }

    /** Puts the caret at the end of the price field and forgets what happened until then. */
    private void focusPriceField() {
        TextField price = node("#pricePerSessionField");
        clickOn(price);
        push(KeyCode.END);
        settle();
        fx(() -> {
            snapshots.clear();
            problems.clear();
            rebuilds = 0;
        });
    }

    @Test
    void oneKeyMakesOneSnapshotAndOneRebuild() {
        String before = this.<TextField>node("#pricePerSessionField").getText();
        write("5");
        settle();
        assertEquals(before + "5", this.<TextField>node("#pricePerSessionField").getText());
        assertEquals(1, snapshots.size(), "snapshots for one typed digit");
        assertEquals(1, rebuilds, "results rebuilds for one typed digit");

        push(KeyCode.BACK_SPACE);
        settle();
        assertEquals(2, snapshots.size(), "snapshots after one more key (backspace)");
        assertEquals(2, rebuilds, "results rebuilds after one more key (backspace)");
        assertEquals(before, this.<TextField>node("#pricePerSessionField").getText());
    }

    @Test
    void aKeyThatBreaksTheFieldStillMakesOneSnapshot() {
        write("x");
        settle();
        assertEquals(1, snapshots.size(), "snapshots for one bad character");
        assertEquals(1, rebuilds, "results rebuilds for one bad character");
        assertFalse(snapshots.get(0).result().problems().isEmpty(), "the snapshot carries the problem");
        assertEquals(1, problems.size(), "the field's problem changes once, from the same snapshot");
    }

    @Test
    void oneKeyInPlanBWhileComparingMakesOneSnapshotAndOneRebuild() {
        fx(() -> {
            app.planner().startComparing();
            app.planner().edit(CostPlannerModel.Which.B);
        });
        focusPriceField();
        write("7");
        settle();
        assertEquals(1, snapshots.size(), "snapshots for one digit typed into plan B");
        assertEquals(1, rebuilds, "results rebuilds for one digit typed into plan B");
    }
}
