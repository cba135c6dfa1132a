package org.ketamineguide.session;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The questions for a clinician that the user collected while reading topics. The screening
 * result and every print-out include them. No duplicates; order of adding is kept. JavaFX thread only.
 */
public final class MyQuestions implements Resettable {
    private final ObservableList<String> questions = FXCollections.observableArrayList();
    private final ObservableList<String> readOnly = FXCollections.unmodifiableObservableList(questions);

    public ObservableList<String> questions() {
        return readOnly;
    }

    /** Adds a question unless it is already there; returns true when it was added. */
    public boolean add(String question) {
        if (question == null || question.isBlank() || questions.contains(question.strip())) {
            return false;
        }
        return questions.add(question.strip());
    }

    public boolean contains(String question) {
        return questions.contains(question);
    }

    public void remove(String question) {
        questions.remove(question);
    }

    @Override
    public void reset() {
        questions.clear();
    }
}
