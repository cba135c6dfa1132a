package org.ketamineguide.planner.ui;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.PlanProblem;
import org.ketamineguide.ui.Shown;
import org.ketamineguide.ui.ViewScope;

/**
 * One number field of the planner form: its label, the text field (with minus and plus buttons
 * for counts of weeks and sessions, so nothing needs dragging), the inline problem, what the field
 * means, and its starting value with the source. Built in FXML with {@code field} set; bound to a
 * plan with {@link #show}, and re-bound when the form switches between plan A and plan B. The text
 * field's id is the field name plus "Field", e.g. {@code pricePerSessionField}. JavaFX thread only.
 */
public final class PlanFieldRow extends VBox {
    private final Label label = new Label();
    private final TextField input = new TextField();
    private final Label unitBefore = new Label();
    private final Label unitAfter = new Label();
    private final Label error = new Label();
    private final Label help = new Label();
    private final Label defaultLine = new Label();
    private final Button less = new Button("\u2212");
    private final Button more = new Button("+");
    private final HBox inputLine = new HBox();
    private final ViewScope scope = new ViewScope(this);
    private Runnable unbind = () -> { };
    private PlanField field;
    private boolean stepper;

    public PlanFieldRow() {
        getStyleClass().add("planner-field");
        label.getStyleClass().add("planner-field-label");
        label.setWrapText(true);
        label.setLabelFor(input);
        input.getStyleClass().add("planner-field-input");
        input.setPrefColumnCount(8);
        // pasted cells or lines become spaces, never one run-together number
        org.ketamineguide.ui.PastedText.install(input);
        unitBefore.getStyleClass().add("planner-field-unit");
        unitAfter.getStyleClass().add("planner-field-unit");
        error.getStyleClass().add("planner-field-error");
        error.setWrapText(true);
        error.setAccessibleRole(AccessibleRole.TEXT);
        help.getStyleClass().add("planner-field-help");
        help.setWrapText(true);
        defaultLine.getStyleClass().add("planner-field-default");
        defaultLine.setWrapText(true);
        less.getStyleClass().add("planner-stepper");
        more.getStyleClass().add("planner-stepper");
        inputLine.getStyleClass().add("planner-field-line");
        inputLine.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(label, inputLine, error, help, defaultLine);
        Shown.when(error, error.textProperty().isNotEmpty());
        showError(null);
    }

    public PlanField getField() {
        return field;
    }

    /** Which plan field this row edits (set once, from FXML). */
    public void setField(PlanField field) {
        this.field = field;
        input.setId(field.key() + "Field");
        less.setId(field.key() + "Less");
        more.setId(field.key() + "More");
        error.setId(field.key() + "Error");
        unitBefore.setText(field.kind() == PlanField.Kind.MONEY ? "$" : "");
        layoutLine();
    }

    public boolean isStepper() {
        return stepper;
    }

    /** True for whole numbers that get minus and plus buttons. */
    public void setStepper(boolean stepper) {
        this.stepper = stepper;
        layoutLine();
    }

    public TextField input() {
        return input;
    }

    private void layoutLine() {
        inputLine.getChildren().clear();
        if (stepper) {
            inputLine.getChildren().add(less);
        }
        if (!unitBefore.getText().isEmpty()) {
            inputLine.getChildren().add(unitBefore);
        }
        inputLine.getChildren().add(input);
        if (stepper) {
            inputLine.getChildren().add(more);
        }
        inputLine.getChildren().add(unitAfter);
    }

    /** Binds the row to a plan, undoing any earlier binding. */
    public void show(PlanModel plan, PlannerText text) {
        unbind.run();
        var property = plan.textProperty(field);
        input.textProperty().bindBidirectional(property);
        ViewScope.Watch following = scope.follow(() -> describe(plan, text), plan.problemProperty(field),
                plan.treatmentProperty(), plan.kindProperty());
        unbind = () -> {
            input.textProperty().unbindBidirectional(property);
            following.cancel();
        };
        less.setOnAction(e -> plan.step(field, -1));
        more.setOnAction(e -> plan.step(field, 1));
        describe(plan, text);
    }

    private void describe(PlanModel plan, PlannerText text) {
        Treatment treatment = plan.treatment();
        String name = text.label(field, treatment);
        label.setText(name);
        help.setText(text.help(field, treatment));
        defaultLine.setText(text.defaultLine(treatment, plan.kind(), field));
        unitAfter.setText(unit(text));
        less.setAccessibleText(text.messages().format("planner.stepper.less", name));
        more.setAccessibleText(text.messages().format("planner.stepper.more", name));
        PlanProblem problem = plan.problemProperty(field).get();
        String message = problem == null ? null : text.problem(field, problem);
        showError(message);
        input.setAccessibleText(problem == null ? name
                : name + ". " + text.messages().format("planner.field.error", message));
        input.setAccessibleHelp(help.getText());
    }

    private String unit(PlannerText text) {
        if (field.kind() == PlanField.Kind.PERCENT) {
            return text.messages().get("planner.percent.unit");
        }
        if (field.kind() == PlanField.Kind.HOURS) {
            return text.messages().get("planner.hours.unit");
        }
        if (field == PlanField.HORIZON_WEEKS || field == PlanField.INDUCTION_WEEKS
                || field == PlanField.MAINTENANCE_INTERVAL_WEEKS) {
            return text.messages().get("planner.weeks.unit");
        }
        return "";
    }

    private void showError(String message) {
        boolean bad = message != null;
        error.setText(bad ? "\u26A0 " + message : "");
        if (bad && !input.getStyleClass().contains("planner-field-bad")) {
            input.getStyleClass().add("planner-field-bad");
        } else if (!bad) {
            input.getStyleClass().remove("planner-field-bad");
        }
    }
}
