package org.ketamineguide.decision.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.ketamineguide.content.Source;
import org.ketamineguide.decision.DecisionContent;
import org.ketamineguide.decision.DecisionFile;
import org.ketamineguide.decision.DecisionGuide;
import org.ketamineguide.decision.DecisionRecord;
import org.ketamineguide.decision.Factor;
import org.ketamineguide.decision.Importance;
import org.ketamineguide.decision.OutcomeText;
import org.ketamineguide.decision.SureQuestion;
import org.ketamineguide.decision.ValuesTable;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.session.MyQuestions;
import org.ketamineguide.session.Resettable;
import org.ketamineguide.ui.DialogService;
import org.ketamineguide.ui.PrintService;

/**
 * State of "Weigh my options": which step shows, how much each factor matters to the person, what
 * else matters in their words, the option they lean towards, their SURE answers and their
 * questions; commands to move between steps, print, export, save and open. Holds no {@code Node};
 * views bind to its properties. Wiped at the end of a kiosk visit. JavaFX thread only.
 */
public final class DecisionModel implements Resettable {
    private static final Logger LOG = Logger.getLogger(DecisionModel.class.getName());

    /** The steps, in order. */
    public enum Step { DECISION, OPTIONS, VALUES, STAND, GUIDE }

    private final DecisionContent content;
    private final Messages messages;
    private final Navigator navigator;
    /** Keeps the breadcrumb up to date; removed by {@link #leave()}. */
    private javafx.beans.value.ChangeListener<Screen> followsScreen;
    private final MyQuestions myQuestions;
    private final DialogService dialogs;
    private final PrintService printing;
    private final OutcomeText outcomeText;
    private final DecisionGuide guide;
    private final Function<String, Optional<Source>> sources;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.DECISION);
    private final ObservableMap<Factor, Importance> ratings = FXCollections.observableMap(new EnumMap<>(Factor.class));
    private final StringProperty otherFactor = new SimpleStringProperty(this, "otherFactor", "");
    private final ReadOnlyObjectWrapper<String> leaning = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<SureQuestion, Boolean> sure = FXCollections.observableMap(new EnumMap<>(SureQuestion.class));
    private final ObservableList<String> questions = FXCollections.observableArrayList();
    // one read-only view of each, kept for the model's life: views listen to these
    private final ObservableMap<Factor, Importance> ratingsView = FXCollections.unmodifiableObservableMap(ratings);
    private final ObservableMap<SureQuestion, Boolean> sureView = FXCollections.unmodifiableObservableMap(sure);
    private final ObservableList<String> questionsView = FXCollections.unmodifiableObservableList(questions);
    private final StringProperty questionDraft = new SimpleStringProperty(this, "questionDraft", "");
    private final ReadOnlyBooleanWrapper fromScreening = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper howToReadDismissed = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canGoBack = Bindings.createBooleanBinding(() -> step.get() != Step.DECISION, step);
    private final BooleanBinding canGoNext = Bindings.createBooleanBinding(() -> step.get() != Step.GUIDE, step);

    public DecisionModel(DecisionContent content, Function<String, Optional<Source>> sources, Messages messages,
                         Navigator navigator, MyQuestions myQuestions, DialogService dialogs, PrintService printing) {
        this.content = content;
        this.messages = messages;
        this.navigator = navigator;
        this.myQuestions = myQuestions;
        this.dialogs = dialogs;
        this.printing = printing;
        this.outcomeText = new OutcomeText(messages, content);
        this.guide = new DecisionGuide(messages, content, sources);
        this.sources = sources;
        followsScreen = (obs, old, screen) -> refreshDetail();
        navigator.currentProperty().addListener(followsScreen);
        step.addListener((obs, old, now) -> refreshDetail());
    }

    /**
     * Stops following the navigator: a model in another language has taken this one's place, and
     * a model left listening would keep its whole language (content, search index) alive.
     */
    public void leave() {
        navigator.currentProperty().removeListener(followsScreen);
    }

    // ---------- read-only state ----------

    public DecisionContent content() {
        return content;
    }

    public OutcomeText outcomeText() {
        return outcomeText;
    }

    public DecisionGuide guide() {
        return guide;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step step() {
        return step.get();
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    /** How much each factor matters (absent = not rated yet). Change it with {@link #rate}. */
    public ObservableMap<Factor, Importance> ratings() {
        return ratingsView;
    }

    /** Something else that matters, in the person's words; the view binds it both ways. */
    public StringProperty otherFactorProperty() {
        return otherFactor;
    }

    /** An option id, {@link DecisionRecord#UNSURE}, or null when not chosen. */
    public ReadOnlyObjectProperty<String> leaningProperty() {
        return leaning.getReadOnlyProperty();
    }

    public ObservableMap<SureQuestion, Boolean> sureAnswers() {
        return sureView;
    }

    /** The questions written on this screen. */
    public ObservableList<String> questions() {
        return questionsView;
    }

    /** The questions collected on other screens ("My questions"); they join the guide. */
    public ObservableList<String> myQuestions() {
        return myQuestions.questions();
    }

    /** The question being typed; the view binds it both ways. */
    public StringProperty questionDraftProperty() {
        return questionDraft;
    }

    /** True when the person came here from a screening result. */
    public ReadOnlyBooleanProperty fromScreeningProperty() {
        return fromScreening.getReadOnlyProperty();
    }

    /** True once the person closed the one-line "how to read the pictures" note. */
    public ReadOnlyBooleanProperty howToReadDismissedProperty() {
        return howToReadDismissed.getReadOnlyProperty();
    }

    /** How each option stands on what the person marked (words only; options in fixed sequence). */
    public ValuesTable valuesTable() {
        return ValuesTable.of(content, ratings);
    }

    /** A source's one-line citation, or its id when it is unknown. */
    public String citation(String sourceId) {
        return sources.apply(sourceId).map(Source::citation).orElse(sourceId);
    }

    /** False on a kiosk, where nothing is saved or opened. */
    public boolean canSave() {
        return printing.canSave();
    }

    /** Everything the person said, as ids plus their own words. */
    public DecisionRecord record() {
        return new DecisionRecord(ratings, otherFactor.get(), Optional.ofNullable(leaning.get()), sure,
                List.copyOf(questions));
    }

    // ---------- commands ----------

    public void goTo(Step target) {
        step.set(target);
    }

    public void next() {
        if (canGoNext.get()) {
            step.set(Step.values()[step.get().ordinal() + 1]);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            step.set(Step.values()[step.get().ordinal() - 1]);
        }
    }

    public void rate(Factor factor, Importance importance) {
        ratings.put(factor, importance);
    }

    /** Chooses the option the person leans towards ({@link DecisionRecord#UNSURE} for "not sure yet"). */
    public void lean(String optionOrUnsure) {
        if (!DecisionRecord.UNSURE.equals(optionOrUnsure) && content.option(optionOrUnsure).isEmpty()) {
            throw new IllegalArgumentException("unknown option " + optionOrUnsure);
        }
        leaning.set(optionOrUnsure);
    }

    public void answerSure(SureQuestion question, boolean yes) {
        sure.put(question, yes);
    }

    /** Adds the typed question (or the given text) unless it is blank, too long or already there. */
    public boolean addQuestion() {
        String q = questionDraft.get() == null ? "" : questionDraft.get().strip();
        if (q.isEmpty() || q.length() > DecisionFile.MAX_TEXT || questions.contains(q)
                || questions.size() >= DecisionFile.MAX_QUESTIONS) {
            return false;
        }
        questions.add(q);
        questionDraft.set("");
        return true;
    }

    public void removeQuestion(String question) {
        questions.remove(question);
    }

    public void dismissHowToRead() {
        howToReadDismissed.set(true);
    }

    /** Opens the cost planner (the cost rows link there). */
    public void openPlanner() {
        navigator.goTo(Screen.PLANNER);
    }

    /** Opens this screen at its first step; the screening result's "weigh my options" calls this. */
    public void open(boolean cameFromScreening) {
        fromScreening.set(cameFromScreening);
        step.set(Step.DECISION);
        navigator.goTo(Screen.DECISION);
        refreshDetail();
    }

    public void print() {
        printing.print(document());
    }

    public void exportPdf() {
        printing.exportPdf(document(), messages.get("decision.print.fileName"));
    }

    /** The guide for printing and PDF. */
    public PrintDocument document() {
        return guide.document(printing.document(messages.get("decision.print.title")), record(),
                List.copyOf(myQuestions.questions()));
    }

    /** Asks where to save and writes the answers (laptop only). */
    public void save() {
        if (!canSave()) {
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile(messages.get("decision.save.choose"),
                messages.get("decision.save.fileName"), DialogService.FileKind.JSON);
        if (file.isEmpty()) {
            return;
        }
        try {
            DecisionFile.write(file.get(), record());
            dialogs.info(messages.get("decision.save.done.title"),
                    messages.format("decision.save.done.text", file.get().getFileName()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Saving the decision guide failed", e);
            dialogs.error(messages.get("decision.save.failed.title"), messages.get("decision.save.failed.text"));
        }
    }

    /** Asks for a saved file and loads it; a damaged file is refused whole and changes nothing. */
    public void openSaved() {
        if (!canSave()) {
            return;
        }
        if (record().isEmpty()) {
            chooseAndLoad();
        } else {
            dialogs.confirm(messages.get("decision.open.replace.title"), messages.get("decision.open.replace.text"),
                    messages.get("decision.open.replace.confirm"), this::chooseAndLoad);
        }
    }

    private void chooseAndLoad() {
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("decision.open.choose"), DialogService.FileKind.JSON);
        if (file.isEmpty()) {
            return;
        }
        try {
            load(DecisionFile.read(file.get()));
        } catch (DecisionFile.Refused e) {
            LOG.info("Refused saved decision guide " + file.get() + ": " + e.detail());
            dialogs.error(messages.get("decision.open.refused.title"),
                    messages.format("decision.open.refused.text", e.detail()));
        }
    }

    /** Takes over another model's ratings, answers, draft and step, for the same person in another language. */
    public void continueFrom(DecisionModel other) {
        load(other.record());
        questionDraft.set(other.questionDraft.get());
        fromScreening.set(other.fromScreening.get());
        howToReadDismissed.set(other.howToReadDismissed.get());
        step.set(other.step.get());
    }

    /** Replaces everything the person said with a saved record. */
    public void load(DecisionRecord saved) {
        ratings.clear();
        ratings.putAll(saved.ratings());
        otherFactor.set(saved.otherFactor());
        leaning.set(saved.leaning().orElse(null));
        sure.clear();
        sure.putAll(saved.sure());
        questions.setAll(new ArrayList<>(saved.questions()));
    }

    @Override
    public void reset() {
        load(DecisionRecord.empty());
        questionDraft.set("");
        fromScreening.set(false);
        howToReadDismissed.set(false);
        step.set(Step.DECISION);
    }

    /** Names the step in the breadcrumb while this screen shows (the view calls it when it is built). */
    public void refreshDetail() {
        if (navigator.current() == Screen.DECISION) {
            navigator.setDetail(messages.get("decision.step." + step.get().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** The steps and their titles, for the step bar. */
    public Map<Step, String> stepTitles() {
        Map<Step, String> out = new EnumMap<>(Step.class);
        for (Step s : Step.values()) {
            out.put(s, messages.get("decision.step." + s.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }
}
