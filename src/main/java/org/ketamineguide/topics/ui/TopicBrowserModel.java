package org.ketamineguide.topics.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ketamineguide.content.Category;
import org.ketamineguide.content.ComparisonTable;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.content.GlossaryTerm;
import org.ketamineguide.content.Source;
import org.ketamineguide.content.Topic;
import org.ketamineguide.content.TopicSection;
import org.ketamineguide.content.Validity;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.session.MyQuestions;
import org.ketamineguide.session.Resettable;
import org.ketamineguide.topics.GlossaryMatcher;
import org.ketamineguide.topics.Printouts;
import org.ketamineguide.topics.SearchIndex;
import org.ketamineguide.topics.SearchLanguage;
import org.ketamineguide.topics.SearchResults;
import org.ketamineguide.topics.SourceList;
import org.ketamineguide.topics.Words;
import org.ketamineguide.ui.PrintService;

/**
 * State of the "Learn" screen: which page shows (the topic list, a topic, search results, the
 * comparison, the glossary or the user's questions), the search text and its results, and the
 * in-screen history that Back walks. Views bind to its read-only properties and call its
 * commands. Wiped at the end of a kiosk visit. JavaFX thread only.
 */
public final class TopicBrowserModel implements Resettable {
    private static final Logger LOG = Logger.getLogger(TopicBrowserModel.class.getName());

    /** The pages of the browser. */
    public enum View { LIST, TOPIC, SEARCH, COMPARISON, GLOSSARY, QUESTIONS }

    /** Where the user is: a page, and for {@link View#TOPIC} which topic. */
    public record Place(View view, String topicId) {
        public static Place of(View view) {
            return new Place(view, null);
        }

        public static Place topic(String id) {
            return new Place(View.TOPIC, id);
        }
    }

    /** A history entry that means "the screen the user came from before the browser". */
    private static final Place OUTSIDE = new Place(null, null);
    private static final Place LIST = Place.of(View.LIST);
    private static final int MAX_HISTORY = 50;

    private final ContentRepository content;
    private final Navigator navigator;
    /** Keeps the breadcrumb up to date; removed by {@link #leave()}. */
    private javafx.beans.value.ChangeListener<Screen> followsScreen;
    private final SearchLanguage language;
    private final Predicate<String> crisisWords;
    private final MyQuestions myQuestions;
    private final PrintService printing;
    private final Messages messages;
    private final Validity validity;
    /** Built on the first search, so that building it never slows the app's start. */
    private SearchIndex index;
    private final GlossaryMatcher glossaryMatcher;
    private final Printouts printouts;
    private final List<GlossaryTerm> glossaryAtoZ;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ReadOnlyObjectWrapper<SearchResults> results = new ReadOnlyObjectWrapper<>(SearchResults.none(""));
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(LIST);
    private final ReadOnlyObjectWrapper<Topic> topic = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper glossaryFocus = new ReadOnlyStringWrapper("");
    /** The pages Back walks, the newest first. */
    private final ObservableList<Place> history = FXCollections.observableArrayList();
    private final BooleanBinding canGoBack = Bindings.isNotEmpty(history);
    private final Map<Place, Double> scrollPositions = new HashMap<>();

    public TopicBrowserModel(ContentRepository content, Navigator navigator, MyQuestions myQuestions,
                             PrintService printing, Messages messages, Predicate<String> crisisWords) {
        this(content, navigator, myQuestions, printing, messages, crisisWords, Clock.systemDefaultZone());
    }

    /**
     * @param crisisWords the one check for words of danger (the safety feature's), so a search for
     *                    them shows crisis help
     * @param clock       the wall clock that decides whether text with an end date has passed it
     *                    (see {@link Validity}); tests pass a fixed one
     */
    public TopicBrowserModel(ContentRepository content, Navigator navigator, MyQuestions myQuestions,
                             PrintService printing, Messages messages, Predicate<String> crisisWords, Clock clock) {
        this.crisisWords = crisisWords;
        this.validity = new Validity(clock);
        this.content = content;
        this.navigator = navigator;
        this.myQuestions = myQuestions;
        this.printing = printing;
        this.messages = messages;
        // the content and the messages are in one language; search and glossary marks follow it
        this.language = SearchLanguage.of(messages.locale());
        this.glossaryMatcher = GlossaryMatcher.of(content.glossary(), language);
        this.printouts = new Printouts(messages, this::source, id -> content.topic(id).map(Topic::title).orElse(id),
                validity);
        this.glossaryAtoZ = content.glossary().stream()
                .sorted(Comparator.comparing((GlossaryTerm g) -> Words.fold(g.term())).thenComparing(GlossaryTerm::id))
                .toList();
        searchText.addListener((obs, old, text) -> onSearchText(text));
        followsScreen = (obs, old, screen) -> {
            if (screen == Screen.TOPICS) {
                updateDetail();
            }
        };
        navigator.currentProperty().addListener(followsScreen);
    }

    /**
     * Stops following the navigator: a model in another language has taken this one's place, and
     * a model left listening would keep its whole language (content, search index) alive.
     */
    public void leave() {
        navigator.currentProperty().removeListener(followsScreen);
    }

    // ---------- read-only state ----------

    /** The search box text; the view binds it both ways. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<SearchResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Place> placeProperty() {
        return place.getReadOnlyProperty();
    }

    public Place place() {
        return place.get();
    }

    /** The topic showing, or null when the page is not a topic. */
    public ReadOnlyObjectProperty<Topic> topicProperty() {
        return topic.getReadOnlyProperty();
    }

    public BooleanExpression canGoBackProperty() {
        return canGoBack;
    }

    /** The glossary term the glossary page should bring into view, or empty. */
    public ReadOnlyStringProperty glossaryFocusProperty() {
        return glossaryFocus.getReadOnlyProperty();
    }

    public List<Category> categories() {
        return content.categories();
    }

    public Optional<Topic> findTopic(String id) {
        return content.topic(id);
    }

    /** The related topics of a topic that exist, in the order listed. */
    public List<Topic> related(Topic of) {
        return of.related().stream().map(content::topic).flatMap(Optional::stream).toList();
    }

    public SourceList sources(Topic of) {
        return SourceList.of(of, this::source);
    }

    public ComparisonTable comparison() {
        return content.comparison();
    }

    public SourceList comparisonSources() {
        return SourceList.of(content.comparison(), this::source);
    }

    /** Every glossary term, A to Z. */
    public List<GlossaryTerm> glossary() {
        return glossaryAtoZ;
    }

    public Optional<GlossaryTerm> glossaryTerm(String id) {
        return content.glossaryTerm(id);
    }

    /** Where glossary terms occur in a group of texts, each term marked once (see {@link GlossaryMatcher}). */
    public List<List<GlossaryMatcher.Match>> glossaryMarks(List<String> texts) {
        return glossaryMatcher.firstOccurrences(texts);
    }

    public Optional<Source> findSource(String id) {
        return content.source(id);
    }

    /** The end date of a section when it has passed (the page then says so), else empty. */
    public Optional<LocalDate> endedOn(TopicSection section) {
        return validity.ended(section);
    }

    /** The end date of a glossary definition when it has passed, else empty. */
    public Optional<LocalDate> endedOn(GlossaryTerm term) {
        return validity.ended(term);
    }

    public ObservableList<String> myQuestions() {
        return myQuestions.questions();
    }

    public boolean isAdded(String question) {
        return myQuestions.contains(question);
    }

    public boolean canSave() {
        return printing.canSave();
    }

    /** The scroll position to restore for a place (0 = top). */
    public double scrollPosition(Place at) {
        return scrollPositions.getOrDefault(at, 0.0);
    }

    public void rememberScroll(Place at, double position) {
        if (at != null && at.view() != null) {
            scrollPositions.put(at, position);
        }
    }

    // ---------- commands ----------

    /**
     * Shows a topic. Other screens call this to link to a topic: the browser opens and its Back
     * returns to the calling screen. Returns false (and shows the topic list) for an unknown id.
     */
    public boolean openTopic(String id) {
        boolean fromOutside = navigator.current() != Screen.TOPICS;
        Optional<Topic> found = content.topic(id);
        if (found.isEmpty()) {
            LOG.warning("No topic with id '" + id + "'; showing the topic list");
        }
        Place target = found.map(t -> Place.topic(t.id())).orElse(LIST);
        if (fromOutside) {
            pushHistory(place.get());
            history.add(0, OUTSIDE);
            scrollPositions.remove(target);
            setPlace(target);
            navigator.goTo(Screen.TOPICS);
        } else {
            go(target);
        }
        return found.isPresent();
    }

    public void showList() {
        go(LIST);
        leaveSearch();
    }

    public void showComparison() {
        go(Place.of(View.COMPARISON));
        leaveSearch();
    }

    public void showMyQuestions() {
        go(Place.of(View.QUESTIONS));
        leaveSearch();
    }

    /** Shows the glossary, brought to one term (or to the top when the id is null or empty). */
    public void showGlossary(String termId) {
        glossaryFocus.set(termId == null ? "" : termId);
        go(Place.of(View.GLOSSARY));
        leaveSearch();
    }

    /**
     * A page of its own (the list, the comparison, my questions, the word list) empties the search
     * box, so an old search never sits above a page it did not lead to; its results leave the way
     * back with it. A topic opened from the results keeps the search, and Back returns to them.
     */
    private void leaveSearch() {
        if (!searchText.get().isEmpty()) {
            history.removeIf(p -> p.view() == View.SEARCH);
            searchText.set("");
        }
    }

    /** Opens "Weigh my options", the decision aid (from the comparison and the other-options topic). */
    public void openDecision() {
        navigator.goTo(Screen.DECISION);
    }

    /** Opens the tool a topic points to: the screening, the cost planner, the comparison or the decision aid. */
    public void openAction(Topic from) {
        switch (from.optionalAction().orElse("")) {
            case "screening" -> navigator.goTo(Screen.SCREENING);
            case "planner" -> navigator.goTo(Screen.PLANNER);
            case "comparison" -> showComparison();
            case "decision" -> openDecision();
            default -> LOG.warning("Topic " + from.id() + " has no action");
        }
    }

    /** Returns to the previous page of the browser, or to the screen that linked here. */
    public void back() {
        if (history.isEmpty()) {
            return;
        }
        Place previous = history.remove(0);
        if (previous == OUTSIDE) {
            navigator.back();
        } else {
            setPlace(previous);
        }
    }

    /**
     * Takes over another browser's place for the same person, in another language: the page shown
     * (the same topic), the search, the glossary term, the way back and the scroll positions.
     */
    public void continueFrom(TopicBrowserModel other) {
        history.clear();
        history.addAll(other.history);
        scrollPositions.clear();
        scrollPositions.putAll(other.scrollPositions);
        glossaryFocus.set(other.glossaryFocus.get());
        searchText.set(other.searchText.get());
        setPlace(other.place.get());
    }

    /** Adds a question to My questions, or takes it out when it is already there. */
    public void toggleQuestion(String question) {
        if (myQuestions.contains(question)) {
            myQuestions.remove(question);
        } else {
            myQuestions.add(question);
        }
    }

    public void removeQuestion(String question) {
        myQuestions.remove(question);
    }

    public void printTopic() {
        currentTopic().ifPresent(t -> printing.print(topicDocument(t)));
    }

    public void exportTopic() {
        currentTopic().ifPresent(t -> printing.exportPdf(topicDocument(t), t.id() + ".pdf"));
    }

    public void printComparison() {
        printing.print(comparisonDocument());
    }

    public void exportComparison() {
        printing.exportPdf(comparisonDocument(), "compare-options.pdf");
    }

    public void printQuestions() {
        printing.print(questionsDocument());
    }

    public void exportQuestions() {
        printing.exportPdf(questionsDocument(), "my-questions.pdf");
    }

    PrintDocument topicDocument(Topic t) {
        return printouts.topic(printing.document(t.title()), t);
    }

    PrintDocument comparisonDocument() {
        return printouts.comparison(printing.document(content.comparison().title()), content.comparison());
    }

    PrintDocument questionsDocument() {
        return printouts.questions(printing.document(messages.get("topics.questions.title")),
                List.copyOf(myQuestions.questions()));
    }

    @Override
    public void reset() {
        history.clear();
        scrollPositions.clear();
        glossaryFocus.set("");
        searchText.set("");
        results.set(SearchResults.none(""));
        setPlace(LIST);
    }

    // ---------- internals ----------

    private Optional<Topic> currentTopic() {
        return Optional.ofNullable(topic.get());
    }

    private void onSearchText(String text) {
        if (index == null) {
            index = SearchIndex.build(content.topics(), content.glossary(), crisisWords, language);
        }
        SearchResults found = index.search(text);
        results.set(found);
        if (found.isBlank()) {
            if (place.get().view() == View.SEARCH) {
                if (LIST.equals(newest())) {
                    history.remove(0);
                }
                setPlace(LIST);
            }
        } else if (place.get().view() != View.SEARCH) {
            go(Place.of(View.SEARCH));
        }
    }

    private void go(Place target) {
        if (target.equals(place.get())) {
            return;
        }
        pushHistory(place.get());
        scrollPositions.remove(target);
        setPlace(target);
    }

    private void pushHistory(Place from) {
        if (!from.equals(newest())) {
            history.add(0, from);
        }
        if (history.size() > MAX_HISTORY) {
            history.remove(MAX_HISTORY, history.size());
        }
    }

    private Place newest() {
        return history.isEmpty() ? null : history.get(0);
    }

    private void setPlace(Place target) {
        topic.set(target.view() == View.TOPIC ? content.topic(target.topicId()).orElse(null) : null);
        place.set(target);
        updateDetail();
    }

    private void updateDetail() {
        if (navigator.current() != Screen.TOPICS) {
            return;
        }
        navigator.setDetail(switch (place.get().view()) {
            case LIST -> "";
            case TOPIC -> topic.get() == null ? "" : topic.get().title();
            case SEARCH -> messages.get("topics.detail.search");
            case COMPARISON -> messages.get("topics.detail.comparison");
            case GLOSSARY -> messages.get("topics.detail.glossary");
            case QUESTIONS -> messages.get("topics.detail.questions");
        });
    }

    private Source source(String id) {
        return content.source(id).orElseThrow(() -> new IllegalStateException("Unknown source " + id));
    }
}
