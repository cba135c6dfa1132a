package org.ketamineguide.screening.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.screening.Question;
import org.ketamineguide.screening.SavedScreening;
import org.ketamineguide.screening.ScreeningResult;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.Section;
import org.ketamineguide.session.Resettable;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.ui.DialogService;
import org.ketamineguide.ui.PrintService;

/**
 * The screening wizard's state and commands: the answers, which page shows, whether Back and Next
 * work, the live result, saving, opening, printing, and where to go after the result. The moment
 * an answer makes the result urgent it opens the crisis panel. Holds no {@code Node}; JavaFX
 * thread only.
 */
public final class ScreeningWizardModel implements Resettable {
    private static final Logger LOG = Logger.getLogger(ScreeningWizardModel.class.getName());
    /** The question whose answer the cost planner reads through the visit session. */
    static final String INSURANCE = "insurance";

    private final ScreeningRules rules;
    private final ScreeningReport report;
    private final Messages messages;
    private final VisitSession visit;
    private final Navigator navigator;
    /** Keeps the breadcrumb up to date; removed by {@link #leave()}. */
    private javafx.beans.value.ChangeListener<Screen> followsScreen;
    private final Runnable openCrisis;
    private final Consumer<String> openTopic;
    private final DialogService dialogs;
    private final PrintService printing;

    private final ObservableMap<String, String> answers = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> answersView = FXCollections.unmodifiableObservableMap(answers);
    private final ObservableSet<String> opened = FXCollections.observableSet(new LinkedHashSet<>());
    private final BooleanProperty onePerPage = new SimpleBooleanProperty(false);
    private final BooleanProperty counselorView = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<WizardStep>> steps = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<WizardStep> step = new ReadOnlyObjectWrapper<>(WizardStep.WELCOME);
    private final ReadOnlyObjectWrapper<ScreeningResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper clearedNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canWeighOptions = new ReadOnlyBooleanWrapper(false);
    private Runnable weighOptions;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private final BooleanBinding onResult;
    private final BooleanBinding canOpenSafety;
    private final StringBinding progress;
    private final IntegerBinding partPosition;
    private final StringBinding title;
    private final StringBinding helpNote;
    private final StringBinding nextText;
    private final StringBinding nextBlocked;
    private String syncedInsurance;

    public ScreeningWizardModel(ScreeningRules rules, ScreeningReport report, Messages messages, VisitSession visit,
                                Navigator navigator, Runnable openCrisis, Consumer<String> openTopic,
                                DialogService dialogs, PrintService printing) {
        this.rules = rules;
        this.report = report;
        this.messages = messages;
        this.visit = visit;
        this.navigator = navigator;
        this.openCrisis = openCrisis;
        this.openTopic = openTopic;
        this.dialogs = dialogs;
        this.printing = printing;
        result.set(rules.evaluate(Map.of()));
        replan(WizardStep.WELCOME);
        canGoNext = Bindings.createBooleanBinding(this::nextAllowed, step, answers, steps);
        canGoBack = index.greaterThan(0);
        onResult = Bindings.createBooleanBinding(() -> step.get().kind() == WizardStep.Kind.RESULT, step);
        canOpenSafety = Bindings.createBooleanBinding(() -> counselorView.get() && !closedSections().isEmpty(),
                counselorView, steps);
        partPosition = Bindings.createIntegerBinding(() -> partPositionOf(step.get()), step);
        progress = Bindings.createStringBinding(this::progressTextNow, step);
        title = Bindings.createStringBinding(() -> titleOf(step.get()), step);
        helpNote = Bindings.createStringBinding(this::helpNoteText, result, step);
        nextText = Bindings.createStringBinding(() -> {
            String key = "screening.next." + step.get().kind().name();
            return messages.get(key);
        }, step);
        nextBlocked = Bindings.createStringBinding(this::nextBlockedText, canGoNext, step);
        onePerPage.addListener((obs, was, now) -> replan(step.get()));
        title.addListener((obs, was, now) -> showDetail());
        followsScreen = (obs, was, now) -> showDetail();
        navigator.currentProperty().addListener(followsScreen);
    }

    /**
     * Stops following the navigator: a model in another language has taken this one's place, and
     * a model left listening would keep its whole language (content, search index) alive.
     */
    public void leave() {
        navigator.currentProperty().removeListener(followsScreen);
    }

    // ---- state, read-only out ----

    /** The answers so far, question id to option id, in the order given. */
    public ObservableMap<String, String> answers() {
        return answersView;
    }

    public ReadOnlyObjectProperty<WizardStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<WizardStep>> stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScreeningResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ScreeningResult result() {
        return result.get();
    }

    /**
     * "Part 2 of 5: Your depression": by {@link WizardPart}, so it stays the same while answers
     * bring questions in or take them out.
     */
    public StringBinding progressText() {
        return progress;
    }

    /**
     * Where the wizard is among the {@link WizardPart}s: 0 on the welcome page, the part's
     * {@link WizardPart#number() number} on its pages, one past the last part on the result.
     */
    public IntegerBinding partPosition() {
        return partPosition;
    }

    /** Why Next cannot be pressed now ("Answer this question to go on"), or empty when it can. */
    public StringBinding nextBlockedReason() {
        return nextBlocked;
    }

    /** What the Next button says on this page ("Start", "Next", "See my results"). */
    public StringBinding nextText() {
        return nextText;
    }

    /** The name of the current page (also shown in the breadcrumb). */
    public StringBinding stepTitle() {
        return title;
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    /** True on the result page, which ends with its own "What next?" instead of a Next button. */
    public BooleanBinding onResultPage() {
        return onResult;
    }

    /** True when a "Weigh my options" screen is wired in; the button hides otherwise. */
    /** True when a counselor may open sections that are not showing now (the safety questions). */
    public BooleanBinding canOpenSafety() {
        return canOpenSafety;
    }

    public ReadOnlyBooleanProperty canWeighOptionsProperty() {
        return canWeighOptions.getReadOnlyProperty();
    }

    /**
     * Where to get help, shown on every page once an answer calls for it (the result page shows it
     * in full instead), so nothing about risk waits for a later step. Empty when no answer does.
     */
    public StringBinding helpNote() {
        return helpNote;
    }

    /** Says which answers were removed because a change made their questions no longer apply. */
    public ReadOnlyStringProperty clearedNoteProperty() {
        return clearedNote.getReadOnlyProperty();
    }

    /** One question per page (kiosk, narrow window) instead of one section per page. */
    public BooleanProperty onePerPageProperty() {
        return onePerPage;
    }

    /** Shows the rule and source behind each finding, and the unanswered questions. */
    public BooleanProperty counselorViewProperty() {
        return counselorView;
    }

    /** False on a kiosk: nothing is saved or opened there. */
    public boolean canSave() {
        return printing.canSave();
    }

    public ScreeningRules rules() {
        return rules;
    }

    public ScreeningReport reporter() {
        return report;
    }

    /** The sections a counselor may open by hand that are not showing now. */
    public List<Section> closedSections() {
        return rules.sections().stream().filter(Section::counselorCanOpen)
                .filter(s -> s.questions().stream().noneMatch(q -> isShown(q.id()))).toList();
    }

    public boolean isShown(String questionId) {
        return rules.isShown(questionId, answers, opened);
    }

    /** What the result page shows for the answers now. */
    public ScreeningReport.Report currentReport() {
        Set<String> shown = new HashSet<>();
        rules.questions().stream().map(Question::id).filter(this::isShown).forEach(shown::add);
        return report.report(result.get(), shown, List.copyOf(visit.myQuestions().questions()));
    }

    // ---- commands ----

    /**
     * Records an answer. Answers to questions that no longer apply are removed and the removal is
     * noted; an answer that makes the result urgent opens the crisis panel at once.
     */
    public void answer(String questionId, String optionId) {
        rules.checkAnswers(Map.of(questionId, optionId));
        boolean wasUrgent = result.get().urgent();
        Map<String, String> next = new LinkedHashMap<>(answers);
        next.put(questionId, optionId);
        apply(next, opened);
        if (result.get().urgent() && (!wasUrgent || rules.isUrgentAnswer(questionId, optionId))) {
            // help comes first: the page stays where it is, under the crisis panel
            openCrisis.run();
        } else if (onePerPage.get() && step.get().kind() == WizardStep.Kind.QUESTIONS
                && step.get().questionIds().equals(List.of(questionId))) {
            // one question per page (kiosk, narrow window): an answer moves on, Back comes back
            go(index.get() + 1);
        }
    }

    public void next() {
        if (canGoNext.get()) {
            go(index.get() + 1);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            go(index.get() - 1);
        }
    }

    /** Shows a section a counselor may open at any time (the safety questions) and goes to it. */
    public void openSection(String sectionId) {
        if (rules.section(sectionId).counselorCanOpen() && opened.add(sectionId)) {
            replan(step.get());
            List<WizardStep> plan = steps.get();
            for (int i = 0; i < plan.size(); i++) {
                if (plan.get(i).sectionId().equals(sectionId)) {
                    go(i);
                    return;
                }
            }
        }
    }

    /** Opens every section a counselor may open that is not showing now. */
    public void openClosedSections() {
        closedSections().forEach(s -> openSection(s.id()));
    }

    public void openTopic(String topicId) {
        openTopic.accept(topicId);
    }

    /**
     * Sets what "Weigh my options" opens (the composition root wires the decision screen here), or
     * null for none, which hides the button.
     */
    public void setWeighOptions(Runnable target) {
        weighOptions = target;
        canWeighOptions.set(target != null);
    }

    /** "What next": the cost planner, with the insurance answer already carried over. */
    public void planCosts() {
        syncInsurance();
        navigator.goTo(Screen.PLANNER);
    }

    /** "What next": the screen that helps weigh the options, when one is wired in. */
    public void weighOptions() {
        if (weighOptions != null) {
            weighOptions.run();
        }
    }

    /** "What next": clears every answer and starts again at the welcome page, after asking. */
    public void startNewScreening() {
        if (answers.isEmpty()) {
            reset();
            return;
        }
        dialogs.confirm(messages.get("screening.new.title"), messages.get(canSave() ? "screening.new.text.laptop"
                : "screening.new.text.kiosk"), messages.get("screening.new.confirm"), this::reset);
    }

    /** "What next": back to the home screen; the answers stay until the visit ends. */
    public void finish() {
        navigator.home();
    }

    @Override
    public void reset() {
        answers.clear();
        opened.clear();
        counselorView.set(false);
        clearedNote.set("");
        result.set(rules.evaluate(Map.of()));
        replan(WizardStep.WELCOME);
        index.set(0);
        step.set(WizardStep.WELCOME);
        syncInsurance();
    }

    /**
     * Replaces every answer with a saved set, or changes nothing when the set does not fit together.
     *
     * @throws IllegalArgumentException naming the problem when an id is unknown or an answer belongs
     *                                  to a question that the other answers skip
     */
    public void load(Map<String, String> saved) {
        rules.checkAnswers(saved);
        Set<String> open = new LinkedHashSet<>();
        for (Section s : rules.sections()) {
            boolean hidden = s.showWhen().map(c -> !c.test(saved)).orElse(false);
            if (s.counselorCanOpen() && hidden && s.questions().stream().anyMatch(q -> saved.containsKey(q.id()))) {
                open.add(s.id());
            }
        }
        Map<String, String> kept = rules.withoutHidden(saved, open);
        List<String> skipped = saved.keySet().stream().filter(id -> !kept.containsKey(id)).toList();
        if (!skipped.isEmpty()) {
            throw new IllegalArgumentException("answers to questions the other answers skip: " + skipped);
        }
        boolean wasUrgent = result.get().urgent();
        opened.clear();
        opened.addAll(open);
        clearedNote.set("");
        apply(saved, open);
        List<WizardStep> plan = steps.get();
        int first = plan.indexOf(WizardStep.REVIEW);
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).kind() == WizardStep.Kind.QUESTIONS && !plan.get(i).answered(answers)) {
                first = i;
                break;
            }
        }
        go(first);
        if (result.get().urgent() && !wasUrgent) {
            openCrisis.run();
        }
    }

    /**
     * Takes over another wizard's place for the same person, in another language: the same
     * answers, opened sections, page and view. Nothing is asked again and, as nothing new was
     * answered, the crisis panel does not open again.
     */
    public void continueFrom(ScreeningWizardModel other) {
        onePerPage.set(other.onePerPage.get());
        counselorView.set(other.counselorView.get());
        opened.clear();
        opened.addAll(other.opened);
        apply(new LinkedHashMap<>(other.answers), new LinkedHashSet<>(other.opened));
        go(other.index.get());
    }

    /** Asks for a file and opens a saved screening; a damaged file is refused whole. */
    public void openAnswers() {
        if (!canSave()) {
            return;
        }
        if (answers.isEmpty()) {
            chooseAndLoad();
        } else {
            dialogs.confirm(messages.get("screening.open.replace.title"), messages.get("screening.open.replace.text"),
                    messages.get("screening.open.replace.confirm"), this::chooseAndLoad);
        }
    }

    private void chooseAndLoad() {
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("screening.open.choose"), DialogService.FileKind.JSON);
        if (file.isEmpty()) {
            return;
        }
        try {
            SavedScreening.Opened saved = SavedScreening.open(file.get(), rules);
            load(saved.answers());
            if (!saved.changed().isEmpty()) {
                String text = String.join(" ", saved.changed().stream().map(this::changedText).toList());
                clearedNote.set(text);
                dialogs.info(messages.get("screening.open.changed.title"), text);
            }
        } catch (IllegalArgumentException e) {
            String detail = e instanceof SavedScreening.Refused r ? r.detail() : e.getMessage();
            LOG.info("Refused saved screening " + file.get() + ": " + detail);
            dialogs.error(messages.get("screening.open.refused.title"),
                    messages.format("screening.open.refused.text", detail));
        }
    }

    /** Says which answer of an older file now reads differently, and what to do if it is wrong. */
    private String changedText(SavedScreening.Changed c) {
        Question q = rules.question(c.questionId());
        String label = q.option(c.newOptionId()).orElseThrow().label();
        String key = "screening.open.changed." + c.questionId() + "." + c.savedOptionId();
        return messages.bundle().containsKey(key) ? messages.format(key, label)
                : messages.format("screening.open.changed.other", q.summary(), label);
    }

    /** Asks where to save and writes the answers as a JSON file (laptop only). */
    public void saveAnswers() {
        if (!canSave()) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("screening.save.choose"),
                messages.get("screening.save.fileName"), DialogService.FileKind.JSON);
        if (file.isEmpty()) {
            return;
        }
        try {
            SavedScreening.write(file.get(), rules, answers);
            dialogs.info(messages.get("screening.save.done.title"),
                    messages.format("screening.save.done.text", file.get().getFileName()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Saving the screening failed", e);
            dialogs.error(messages.get("screening.save.failed.title"), messages.get("screening.save.failed.text"));
        }
    }

    public void print() {
        printing.print(summary());
    }

    public void exportPdf() {
        printing.exportPdf(summary(), messages.get("screening.print.fileName"));
    }

    /** The one- or two-page summary for printing and PDF. */
    public PrintDocument summary() {
        return report.document(printing.document(messages.get("screening.print.title")), currentReport(), answers,
                counselorView.get());
    }

    // ---- internals ----

    private void apply(Map<String, String> next, Set<String> openSections) {
        Map<String, String> kept = rules.withoutHidden(next, openSections);
        List<String> removed = new ArrayList<>();
        for (String id : next.keySet()) {
            if (!kept.containsKey(id)) {
                removed.add(rules.question(id).summary());
            }
        }
        WizardStep current = step.get();
        answers.keySet().retainAll(kept.keySet());
        kept.forEach((q, o) -> {
            if (!o.equals(answers.get(q))) {
                answers.put(q, o);
            }
        });
        if (!removed.isEmpty()) {
            clearedNote.set(messages.format("screening.cleared", String.join("; ", removed)));
        }
        result.set(rules.evaluate(answers));
        replan(current);
        syncInsurance();
    }

    private void replan(WizardStep current) {
        List<WizardStep> plan = WizardStep.plan(rules, answers, opened, onePerPage.get());
        int at = WizardStep.find(plan, current);
        if (at < 0) {
            at = Math.min(index.get(), plan.size() - 1);
        }
        steps.set(plan);
        index.set(at);
        step.set(plan.get(at));
    }

    private void go(int i) {
        List<WizardStep> plan = steps.get();
        int at = Math.max(0, Math.min(i, plan.size() - 1));
        clearedNote.set("");
        index.set(at);
        step.set(plan.get(at));
    }

    private boolean nextAllowed() {
        WizardStep s = step.get();
        return switch (s.kind()) {
            case WELCOME -> true;
            case QUESTIONS -> s.answered(answers);
            case REVIEW -> steps.get().stream().allMatch(p -> p.answered(answers));
            case RESULT -> false;
        };
    }

    private static int partPositionOf(WizardStep s) {
        return s.kind() == WizardStep.Kind.RESULT ? WizardPart.count() + 1
                : WizardPart.of(s).map(WizardPart::number).orElse(0);
    }

    private String progressTextNow() {
        WizardStep s = step.get();
        return switch (s.kind()) {
            case WELCOME -> messages.format("screening.progress.start", WizardPart.count());
            case RESULT -> messages.get("screening.progress.done");
            case QUESTIONS, REVIEW -> {
                WizardPart part = WizardPart.of(s).orElseThrow();
                yield messages.format("screening.progress", part.number(), WizardPart.count(), partName(part));
            }
        };
    }

    /** The name of a part as the progress shows it ("Your depression"). */
    public String partName(WizardPart part) {
        return messages.get("screening.part." + part.name());
    }

    private String nextBlockedText() {
        if (canGoNext.get()) {
            return "";
        }
        WizardStep s = step.get();
        return switch (s.kind()) {
            case QUESTIONS -> messages.get(s.questionIds().size() == 1 ? "screening.next.why.one"
                    : "screening.next.why.many");
            case REVIEW -> messages.get("screening.next.why.review");
            case WELCOME, RESULT -> "";
        };
    }

    private String helpNoteText() {
        if (step.get().kind() == WizardStep.Kind.RESULT) {
            return "";
        }
        ScreeningResult r = result.get();
        return r.urgent() ? messages.get("screening.urgent.note") : r.support() ? messages.get("screening.support.note")
                : "";
    }

    private String titleOf(WizardStep s) {
        return switch (s.kind()) {
            case WELCOME -> messages.get("screening.step.welcome");
            case QUESTIONS -> rules.section(s.sectionId()).title();
            case REVIEW -> messages.get("screening.step.review");
            case RESULT -> messages.get("screening.step.result");
        };
    }

    private void showDetail() {
        if (navigator.current() == Screen.SCREENING) {
            navigator.setDetail(title.get());
        }
    }

    private void syncInsurance() {
        String now = answers.get(INSURANCE);
        if (!Objects.equals(now, syncedInsurance)) {
            syncedInsurance = now;
            visit.insuranceAnswerProperty().set(now);
        }
    }
}
