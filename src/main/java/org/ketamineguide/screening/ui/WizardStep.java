package org.ketamineguide.screening.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ketamineguide.screening.Question;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.Section;

/**
 * One page of the wizard: the welcome, some questions of one section, the review or the result.
 * Immutable.
 *
 * @param kind        what the page is
 * @param sectionId   the section of a question page, or empty
 * @param questionIds the questions a question page asks, in order (empty for other pages)
 */
public record WizardStep(Kind kind, String sectionId, List<String> questionIds) {

    /** The kinds of page, in wizard order. */
    public enum Kind { WELCOME, QUESTIONS, REVIEW, RESULT }

    static final WizardStep WELCOME = new WizardStep(Kind.WELCOME, "", List.of());
    static final WizardStep REVIEW = new WizardStep(Kind.REVIEW, "", List.of());
    static final WizardStep RESULT = new WizardStep(Kind.RESULT, "", List.of());

    public WizardStep {
        Objects.requireNonNull(kind);
        questionIds = List.copyOf(questionIds);
    }

    /**
     * The pages for the questions shown now. With {@code onePerPage}, each question is its own
     * page (kiosk, narrow window); otherwise a page holds a section's questions, split where the
     * shared stem changes (so the PHQ-9 items, which share a stem, get a page of their own).
     */
    static List<WizardStep> plan(ScreeningRules rules, Map<String, String> answers, Set<String> openedSections,
                                 boolean onePerPage) {
        List<WizardStep> steps = new ArrayList<>();
        steps.add(WELCOME);
        for (Section section : rules.sections()) {
            List<String> page = new ArrayList<>();
            Object pageStem = null;
            for (Question q : section.questions()) {
                if (!rules.isShown(q.id(), answers, openedSections)) {
                    continue;
                }
                Object stem = q.stem().orElse(null);
                if (!page.isEmpty() && (onePerPage || !Objects.equals(stem, pageStem))) {
                    steps.add(new WizardStep(Kind.QUESTIONS, section.id(), page));
                    page = new ArrayList<>();
                }
                pageStem = stem;
                page.add(q.id());
            }
            if (!page.isEmpty()) {
                steps.add(new WizardStep(Kind.QUESTIONS, section.id(), page));
            }
        }
        steps.add(REVIEW);
        steps.add(RESULT);
        return steps;
    }

    /**
     * Where a page the user was on sits in a new plan: the same page, or the page that now holds
     * its first question, or the same kind of page.
     */
    static int find(List<WizardStep> plan, WizardStep current) {
        int same = plan.indexOf(current);
        if (same >= 0) {
            return same;
        }
        for (int i = 0; i < plan.size(); i++) {
            WizardStep s = plan.get(i);
            if (current.kind() == Kind.QUESTIONS && s.kind() == Kind.QUESTIONS
                    && s.questionIds().stream().anyMatch(current.questionIds()::contains)) {
                return i;
            }
            if (current.kind() != Kind.QUESTIONS && s.kind() == current.kind()) {
                return i;
            }
        }
        return -1;
    }

    /** True when every question on this page has an answer. */
    boolean answered(Map<String, String> answers) {
        return questionIds.stream().allMatch(answers::containsKey);
    }
}
