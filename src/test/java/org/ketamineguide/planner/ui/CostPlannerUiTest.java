package org.ketamineguide.planner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.ketamineguide.testing.PdfText;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ketamineguide.planner.CostPlan;
import org.ketamineguide.planner.PlanFile;
import org.ketamineguide.testing.LayoutChecks;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.KeyboardWalk;

class CostPlannerUiTest extends AppUiTest {

    @TempDir
    Path dir;

    @BeforeEach
    void openPlanner() {
        clickOn("#plannerTile");
    }

    // ---- helpers ----

    /** Scrolls the column that holds a node until the node is in view, so a click lands on it. */
    private void reveal(Node node) {
        fx(() -> {
            Node n = node;
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (extra > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / extra)));
                }
            }
        });
    }

    private void click(String selector) {
        Node node = node(selector);
        reveal(node);
        clickOn(node);
    }

    private void type(String fieldSelector, String text) {
        TextField field = node(fieldSelector);
        reveal(field);
        clickOn(field);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            write(text);
        }
    }

    private String text(String selector) {
        return this.<Labeled>node(selector).getText();
    }

    private void closeDialog() {
        clickOn("#dialog-ok");
    }

    private String allText(Parent root) {
        return root.lookupAll(".label").stream().filter(Node::isVisible).map(n -> ((Label) n).getText())
                .collect(Collectors.joining("\n"));
    }

    // ---- tests ----

    @Test
    void theStartingPlanAnswersSixInfusionsAndMonthlyBoosters() {
        assertEquals("$11,150.00", text("#youPayValue"));
        assertEquals("18", text("#sessionsValue"));
        assertEquals("$0.00", text("#insurerValue"));
        assertTrue(this.<RadioButton>node("#ivButton").isSelected());
        assertTrue(this.<RadioButton>node("#selfPayButton").isSelected());
        assertEquals("If your plan does not pay, you pay about $11,150 in 52 weeks.", text("#headline"));
        assertEquals("18", text("#sessionsValue"));
        assertEquals("27", text("#hoursValue"), "18 visits of 1.5 hours");
        String ranges = allText(node("#priceRanges"));
        assertTrue(ranges.contains("$400 to $800") && ranges.contains("$300 to $1,500"), ranges);
        assertTrue(allText(node("#plannerScreen")).contains("Real prices come from your clinic and your insurer"));
    }

    @Test
    void changingThePriceUpdatesTheTotals() {
        type("#pricePerSessionField", "700");
        assertEquals("$12,950.00", text("#youPayValue")); // 18 x 700 + 350
        type("#pricePerSessionField", "$1,500.00");
        assertEquals("$27,350.00", text("#youPayValue"));
        assertFalse(showing("#pricePerSessionError"));
    }

    @Test
    void pastedCellsOrLinesNeverRunTogetherIntoOneNumber() {
        TextField price = node("#pricePerSessionField");
        reveal(price);
        fx(() -> {
            price.selectAll();
            price.replaceSelection("900\t25"); // two cells of a spreadsheet row
        });
        assertEquals("900 25", price.getText());
        assertTrue(text("#pricePerSessionError").contains("Use numbers only"), text("#pricePerSessionError"));
        fx(() -> {
            price.selectAll();
            price.replaceSelection("1,500\r\n"); // one cell, with the line break a copy brings along
        });
        assertFalse(showing("#pricePerSessionError"));
        assertEquals("$27,350.00", text("#youPayValue"));
        fx(() -> {
            price.selectAll();
            price.replaceSelection("1.500"); // a thousand five hundred where a dot groups thousands
        });
        assertTrue(text("#pricePerSessionError").contains("write 1500 or 1,500"), text("#pricePerSessionError"));
    }

    @Test
    void garbageShowsTheInlineProblemAndNoTotal() {
        type("#pricePerSessionField", "6OO");
        assertTrue(showing("#pricePerSessionError"));
        assertTrue(text("#pricePerSessionError").contains("Use numbers only"), text("#pricePerSessionError"));
        assertTrue(this.<TextField>node("#pricePerSessionField").getAccessibleText().contains("Use numbers only"));
        assertFalse(showing("#singleTotals"), "no total while a field is bad");
        assertFalse(showing("#costChart"));
        assertTrue(showing("#fixBox"));
        assertTrue(allText(node("#fixList")).contains("Price of one infusion"));

        type("#pricePerSessionField", "-5");
        assertTrue(text("#pricePerSessionError").contains("less than $0"), text("#pricePerSessionError"));
        type("#horizonWeeksField", "60");
        assertTrue(text("#horizonWeeksError").contains("from 1 to 52"), text("#horizonWeeksError"));
        type("#pricePerSessionField", "600");
        type("#horizonWeeksField", "");
        assertTrue(text("#horizonWeeksError").contains("fill this in"));
        type("#horizonWeeksField", "52");
        assertTrue(showing("#singleTotals"));
        assertEquals("$11,150.00", text("#youPayValue"));
        assertEquals(0, app.errors().handledCount(), "nothing threw");
    }

    @Test
    void steppersChangeTheScheduleWithoutTyping() {
        click("#inductionSessionsMore");
        assertEquals("7", this.<TextField>node("#inductionSessionsField").getText());
        assertEquals("19", text("#sessionsValue"));
        click("#maintenanceIntervalWeeksLess");
        click("#maintenanceIntervalWeeksLess");
        click("#maintenanceIntervalWeeksLess");
        click("#maintenanceIntervalWeeksLess");
        assertEquals("0", this.<TextField>node("#maintenanceIntervalWeeksField").getText());
        assertEquals("7", text("#sessionsValue"), "no boosters");
    }

    @Test
    void spravatoFollowsTheLabelSchedule() {
        click("#spravatoButton");
        assertFalse(shown("#inductionSessionsField"));
        assertTrue(showing("#biweeklyButton"));
        assertEquals("1356.08", this.<TextField>node("#pricePerSessionField").getText());
        assertTrue(allText(node("#priceRanges")).contains("$590 to $885"));
        assertTrue(text("#priceParts").contains("medicine") && text("#priceParts").contains("Medicare pays one price"),
                text("#priceParts"));
        assertEquals("34", text("#sessionsValue"));
        assertEquals("85", text("#hoursValue"), "34 visits of 2.5 hours");
        click("#weeklyButton");
        assertEquals("56", text("#sessionsValue"));
    }

    @Test
    void ivAfterInsuranceFromAJobStartsAsNotPaidAndTheHeadlineSaysSo() {
        fx(() -> app.visit().insuranceAnswerProperty().set("commercial"));
        assertTrue(text("#fromScreening").contains("insurance through work"));
        assertTrue(this.<RadioButton>node("#commercialButton").isSelected());
        assertTrue(this.<RadioButton>node("#selfPayButton").isSelected(), "IV ketamine starts at 'No'");
        assertFalse(shown("#insuranceBox"));
        assertEquals("$0.00", text("#insurerValue"));
        assertEquals("If your plan does not pay, you pay about $11,150 in 52 weeks.", text("#headline"));
        assertTrue(text("#coveredDefault").contains("often does not pay"), text("#coveredDefault"));
        click("#spravatoButton");
        assertTrue(this.<RadioButton>node("#insuredButton").isSelected(), "Spravato follows the screening's answer");
        assertTrue(text("#headline").startsWith("If your plan pays its part"), text("#headline"));
    }

    @Test
    void aPersonWithoutInsuranceSkipsItInOneClick() {
        fx(() -> app.visit().insuranceAnswerProperty().set("commercial"));
        click("#spravatoButton");
        assertTrue(showing("#insuranceBox"));
        click("#noInsuranceButton");
        assertFalse(shown("#insuranceBox"));
        assertFalse(shown("#coverageBox"), "no coverage question without insurance");
        assertEquals("$0.00", text("#insurerValue"));
        assertTrue(text("#headline").startsWith("With no health plan"), text("#headline"));
    }

    @Test
    void iDontKnowShowsBothEstimatesSideBySideWithWhatToAsk() {
        click("#unsureButton");
        assertTrue(showing("#unsureBox"));
        String both = allText(node("#coverageGrid"));
        assertTrue(both.contains("If your plan pays") && both.contains("If it does not pay"), both);
        assertTrue(both.contains("$3,710.00") && both.contains("$11,150.00"), both);
        assertEquals("If your plan pays, you pay about $3,710 in 52 weeks. If it does not pay, you pay about $11,150.",
                text("#headline"));
        assertTrue(text("#askInsurer").contains("Do I need an OK before I start?"));
        assertFalse(shown("#youPayValue"), "one 'you pay' would hide the other case");
        LineChart<?, ?> chart = node("#costChart");
        assertEquals(2, chart.getData().size(), "a line for each case");
        assertFalse(lookup("#note-ask-insurer").tryQuery().isPresent(), "said once, beside the two estimates");
    }

    @Test
    void medicareStartsWithItsOwnNumbersAndNoCap() {
        click("#spravatoButton");
        click("#medicareButton");
        assertEquals("283", this.<TextField>node("#deductibleRemainingField").getText());
        assertFalse(this.<javafx.scene.control.CheckBox>node("#capCheck").isSelected());
        assertTrue(shown("#noCapNote"));
        assertTrue(allText(node("#planEditor")).contains("Original Medicare has no yearly limit"));
        assertTrue(lookup("#note-medicare-no-cap").tryQuery().isPresent());
        assertTrue(lookup("#note-withme-government").tryQuery().isPresent());
        assertFalse(lookup("#note-withme").tryQuery().isPresent(), "the maker's savings exclude Medicare");
    }

    @Test
    void insuranceSharesTheCost() {
        click("#insuredButton");
        assertTrue(shown("#deductibleRemainingField"));
        // 18 x 600: deductible 1500 then 20% of the rest = 1500 + 0.2 x 9300 = 3360, + 350 fees
        assertEquals("$3,710.00", text("#youPayValue"));
        click("#copayButton");
        assertFalse(shown("#deductibleRemainingField"));
        assertEquals("$710.00", text("#youPayValue")); // 18 x 20 + 350
    }

    @Test
    void comparesTwoPlansSideBySide() {
        click("#compareButton");
        assertTrue(showing("#compareTotals"));
        assertTrue(this.<RadioButton>node("#spravatoButton").isSelected(), "the form shows plan B");
        String grid = allText(node("#compareGrid"));
        assertTrue(grid.contains("$11,150.00") && grid.contains("B minus A"), grid);
        assertTrue(text("#compareSentence").startsWith("Plan "), text("#compareSentence"));
        LineChart<?, ?> chart = node("#costChart");
        assertEquals(2, chart.getData().size());
        assertTrue(chart.getAccessibleText().contains("Plan A") && chart.getAccessibleText().contains("Plan B"));
        assertTrue(text("#legendNote").contains("dashed"));

        click("#selfPayButton");
        assertTrue(allText(node("#compareGrid")).contains("$46,106.72"), "plan B now not paid: 34 x 1,356.08");
        assertTrue(allText(node("#compareHeadlines")).contains("Plan B: If your plan does not pay"));
        click("#editAButton");
        assertTrue(this.<RadioButton>node("#ivButton").isSelected());
        click("#compareButton");
        assertFalse(showing("#compareTotals"));
        assertTrue(showing("#singleTotals"));
    }

    @Test
    void savesAndReopensAPlan() throws IOException {
        Path file = dir.resolve("my-plan.json");
        type("#pricePerSessionField", "650");
        files.willSaveTo(file);
        click("#saveButton");
        String saved = allText(node(".dialog-card"));
        assertTrue(saved.contains(dir.toAbsolutePath().toString()), "the message says where the file went: " + saved);
        clickOn("#dialog-show-folder");
        assertEquals(List.of(file.toAbsolutePath().getParent()), files.shownFolders());
        assertEquals(new BigDecimal("650.00"),
                PlanFile.fromJson(Files.readString(file)).plans().get(0).setup().plan().pricePerSession());

        type("#pricePerSessionField", "900");
        click("#spravatoButton");
        files.willOpen(file);
        click("#openButton");
        closeDialog();
        assertTrue(this.<RadioButton>node("#ivButton").isSelected());
        assertEquals("650", this.<TextField>node("#pricePerSessionField").getText());
        assertEquals("$12,050.00", text("#youPayValue")); // 18 x 650 + 350
    }

    @Test
    void aBadFileIsRefusedByNameAndThePlanStays() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, CostPlan.fromJson(PlanSamplesForUi.SPEC_EXAMPLE).toJson()
                .replace("\"treatment\": \"spravato\"", "\"treatment\": \"lozenge\""));
        type("#pricePerSessionField", "610");
        files.willOpen(file);
        click("#openButton");
        String message = allText(node(".dialog-card"));
        assertTrue(message.contains("could not be opened") && message.contains("treatment"), message);
        closeDialog();
        assertEquals("610", this.<TextField>node("#pricePerSessionField").getText());
        assertTrue(this.<RadioButton>node("#ivButton").isSelected());
    }

    @Test
    void exportsAPdfWithTheTotals() throws IOException {
        Path file = dir.resolve("plan.pdf");
        files.willSaveTo(file);
        click("#exportButton");
        closeDialog();
        assertTrue(Files.exists(file));
        String all = PdfText.of(file);
        for (String expected : List.of("My cost plan", "You pay: $11,150.00", "Sessions: 18", "Month 1",
                "Publication 502", "988", "If your plan does not pay, you pay about $11,150 in 52 weeks.",
                "Page 1 of", "Appendix: each session", "Hours of your time: 27")) {
            assertTrue(all.contains(expected), () -> "missing '" + expected + "' in " + all);
        }
    }

    @Test
    void endingTheVisitResetsEverything() {
        type("#pricePerSessionField", "abc");
        click("#compareButton");
        fx(() -> app.visit().endVisit());
        assertFalse(showing("#compareTotals"));
        assertFalse(showing("#planSwitch"));
        assertEquals("600", this.<TextField>node("#pricePerSessionField").getText());
        assertEquals("$11,150.00", text("#youPayValue"));
    }

    @Test
    void keyboardAloneReachesEveryControl() {
        var scene = node("#plannerScreen").getScene();
        // Tab stops at the chosen option of a group of round buttons; the arrow keys move inside it.
        List<Node> expected = KeyboardWalk.reachableControls(scene).stream()
                .filter(n -> !(n instanceof ScrollPane))
                .filter(n -> !(n instanceof RadioButton r) || r.getToggleGroup() == null || r.isSelected())
                .toList();
        Set<Node> seen = KeyboardWalk.tabThrough(this, scene, expected.size() * 2 + 10);
        Set<String> missed = expected.stream().filter(n -> !seen.contains(n))
                .map(n -> n.getId() + " " + n.getClass().getSimpleName()).collect(Collectors.toSet());
        assertTrue(missed.isEmpty(), "Tab never reached: " + missed);
    }

    @Test
    void arrowKeysMoveBetweenChoices() {
        fx(() -> node("#ivButton").requestFocus());
        push(KeyCode.RIGHT);
        assertTrue(this.<RadioButton>node("#spravatoButton").isFocused());
        push(KeyCode.SPACE);
        assertTrue(this.<RadioButton>node("#spravatoButton").isSelected());
        assertEquals("1356.08", this.<TextField>node("#pricePerSessionField").getText());
    }

    @Test
    void typingWithTheKeyboardOnlyGivesATotal() {
        fx(() -> node("#pricePerSessionField").requestFocus());
        push(KeyCode.CONTROL, KeyCode.A);
        write("500");
        push(KeyCode.TAB);
        assertEquals("$9,350.00", text("#youPayValue")); // 18 x 500 + 350
        fx(() -> node("#inductionSessionsMore").requestFocus());
        push(KeyCode.SPACE);
        assertEquals("7", this.<TextField>node("#inductionSessionsField").getText());
    }

    @Test
    void everyTargetIsAtLeast48PixelsAndNothingIsCutOff() {
        click("#compareButton");
        click("#insuredButton");
        for (String size : List.of("1280x800", "1024x640")) {
            String[] wh = size.split("x");
            fx(() -> {
                var stage = (javafx.stage.Stage) node("#plannerScreen").getScene().getWindow();
                stage.setWidth(Double.parseDouble(wh[0]));
                stage.setHeight(Double.parseDouble(wh[1]));
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            Parent screen = node("#plannerScreen");
            assertEquals(Double.parseDouble(wh[0]), screen.getScene().getWidth(), 1.0, "the window was resized");
            for (Node n : screen.lookupAll(".button, .radio-button, .text-field, .check-box")) {
                if (n.isVisible() && n.getScene() != null && isShown(n)) {
                    Bounds b = n.getLayoutBounds();
                    assertTrue(b.getHeight() >= 48 - 0.5, size + ": " + n.getId() + " is " + b.getHeight() + " px high");
                    if (n instanceof ButtonBase) {
                        assertTrue(b.getWidth() >= 48 - 0.5, size + ": " + n.getId() + " is " + b.getWidth() + " px wide");
                    }
                }
            }
            for (Node n : screen.lookupAll(".labeled, .label, .button, .radio-button, .check-box")) {
                if (n instanceof Labeled l && isShown(n)) {
                    Optional<Text> shown = l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text)
                            .map(c -> (Text) c).findFirst();
                    shown.ifPresent(t -> assertEquals(l.getText(), t.getText(), size + ": cut off: " + l.getText()));
                }
            }
            for (String scroll : List.of("#plannerFormScroll", "#plannerResultsScroll")) {
                ScrollPane sp = node(scroll);
                if (!sp.isVisible()) {
                    continue; // one column: the results scroll with the form
                }
                double content = sp.getContent().getLayoutBounds().getWidth();
                assertTrue(content <= sp.getViewportBounds().getWidth() + 0.5,
                        size + ": " + scroll + " needs a sideways scroll (" + content + " > "
                                + sp.getViewportBounds().getWidth() + ")");
            }
        }
        fx(() -> {
            var stage = (javafx.stage.Stage) node("#plannerScreen").getScene().getWindow();
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    @Test
    void largeTextAndNarrowWindowsGiveOneColumnWithNothingCutOffOrSideways() {
        click("#spravatoButton");
        click("#unsureButton");
        record Case(int text, double width, double height, boolean oneColumn) {
        }
        List<Case> cases = List.of(new Case(200, 1280, 800, true), new Case(150, 1280, 800, true),
                new Case(100, 1024, 640, true), new Case(200, 1024, 640, true), new Case(100, 1280, 800, false));
        for (int i = 0; i < cases.size() * 2; i++) {
            Case c = cases.get(i % cases.size());
            if (i == cases.size()) {
                click("#compareButton"); // the same again with two plans side by side
            }
            String label = c.text() + "% at " + (int) c.width() + "x" + (int) c.height() + (i >= cases.size()
                    ? ", comparing" : "");
            fx(() -> {
                app.display().setTextScale(c.text());
                var stage = (javafx.stage.Stage) node("#plannerScreen").getScene().getWindow();
                stage.setWidth(c.width());
                stage.setHeight(c.height());
            });
            settle();
            Parent screen = node("#plannerScreen");
            ScrollPane form = node("#plannerFormScroll");
            assertEquals(c.oneColumn(), !node("#plannerResultsScroll").isVisible(), label + ": one column?");
            if (c.oneColumn()) {
                assertTrue(form.getContent().lookup("#plannerResultsColumn") != null, label + ": results follow the form");
            }
            double content = form.getContent().getLayoutBounds().getWidth();
            assertTrue(content <= form.getViewportBounds().getWidth() + 0.5,
                    label + ": sideways scrolling (" + content + " > " + form.getViewportBounds().getWidth() + ")");
            assertTrue(form.getHbarPolicy() == ScrollPane.ScrollBarPolicy.NEVER || content <= form.getWidth(), label);
            List<String> inPlanner = LayoutChecks.cutOffText(screen);
            assertTrue(inPlanner.isEmpty(), label + ": cut off: " + inPlanner);
        }
        fx(() -> app.display().setTextScale(100));
    }

    /** True when the node and every parent are visible (showing() looks at the node alone). */
    private boolean shown(String selector) {
        return lookup(selector).tryQuery().map(n -> n.getScene() != null && isShown(n)).orElse(false);
    }

    private static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
