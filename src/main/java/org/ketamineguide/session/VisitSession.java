package org.ketamineguide.session;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Everything one person's visit leaves behind, shared between screens: the questions they
 * collected, the insurance answer from the screening (so the planner does not ask twice), and every
 * feature model that registered to be wiped when the visit ends. JavaFX thread only.
 */
public final class VisitSession {
    private final MyQuestions myQuestions = new MyQuestions();
    private final ObjectProperty<String> insuranceAnswer = new SimpleObjectProperty<>();
    private final List<Resettable> models = new ArrayList<>();

    public MyQuestions myQuestions() {
        return myQuestions;
    }

    /**
     * The option id the person chose for the screening's {@code insurance} question
     * ({@code commercial}, {@code medicare}, {@code medicaid}, {@code none}, {@code unsure}), or null.
     */
    public ObjectProperty<String> insuranceAnswerProperty() {
        return insuranceAnswer;
    }

    /** Registers a model to be reset when the visit ends. */
    public void register(Resettable model) {
        models.add(model);
    }

    /** Forgets a model that is replaced (a language switch builds the models again). */
    public void unregister(Resettable model) {
        models.remove(model);
    }

    /** Wipes every trace of the visit from every registered model. */
    public void endVisit() {
        for (Resettable model : models) {
            model.reset();
        }
        myQuestions.reset();
        insuranceAnswer.set(null);
    }
}
