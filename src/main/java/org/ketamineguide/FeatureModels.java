package org.ketamineguide;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentFiles;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.decision.DecisionContent;
import org.ketamineguide.decision.OutcomesReader;
import org.ketamineguide.decision.ui.DecisionModel;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.planner.ui.CostPlannerModel;
import org.ketamineguide.safety.CrisisLanguage;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.ui.ScreeningReport;
import org.ketamineguide.screening.ui.ScreeningWizardModel;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.shell.CrisisPanelModel;
import org.ketamineguide.topics.ui.TopicBrowserModel;
import org.ketamineguide.ui.DialogService;
import org.ketamineguide.ui.PrintService;

/**
 * Part of the composition root: the bundled content and the three feature models. The home
 * screen needs none of them, so the content loads on a background thread once the first frame is
 * on screen, and each model is built the first time its screen (or a test) asks for it; every
 * model built joins the visit, so a kiosk reset wipes it. Only {@link KetamineGuideApp} creates this.
 * Models are built on the JavaFX thread.
 */
final class FeatureModels {
    private static final Logger LOG = Logger.getLogger(FeatureModels.class.getName());

    /** Everything read from the bundled JSON files. */
    record Bundled(ContentRepository content, ScreeningRules rules, PlannerDefaults plannerDefaults,
                   DecisionContent decisions) {
    }

    /** What the feature models are built from; all of it exists before the first frame. */
    record Wiring(Navigator navigator, CrisisPanelModel crisis, VisitSession visit, Messages messages,
                  DialogService dialogs, PrintService printing, java.time.Clock clock) {
    }

    private final Wiring wiring;
    private final ClinicConfig config;
    private final String clinicPriceBasis;
    private final ContentFiles files;
    private final Executor executor;
    private final CompletableFuture<Bundled> loading = new CompletableFuture<>();
    private boolean started;
    private TopicBrowserModel topics;
    private ScreeningWizardModel screening;
    private CostPlannerModel planner;
    private DecisionModel decision;

    /** Nothing loads until {@link #startLoading()} or the first request for content. */
    FeatureModels(Wiring wiring, ClinicConfig config, String clinicPriceBasis, ContentFiles files, Executor executor) {
        this.files = files;
        this.wiring = wiring;
        this.config = config;
        this.clinicPriceBasis = clinicPriceBasis;
        this.executor = executor;
    }

    /** Starts loading the bundled content in the background (once). */
    void startLoading() {
        if (!started) {
            started = true;
            executor.execute(() -> {
                try {
                    loading.complete(load(files, config, clinicPriceBasis));
                } catch (RuntimeException e) {
                    loading.completeExceptionally(e);
                }
            });
        }
    }

    static Bundled load(ContentFiles files, ClinicConfig config, String clinicPriceBasis) {
        ContentRepository content = ContentRepository.load(files);
        ScreeningRules rules = ScreeningRules.load(ScreeningRules.FILE, files.read(ScreeningRules.FILE),
                ScreeningRules.sourceIds(files.read("sources.json")));
        PlannerDefaults defaults = PlannerDefaults.load(files.read(PlannerDefaults.FILE), content::source)
                .withClinicPrices(config.defaultPrices(), clinicPriceBasis);
        DecisionContent decisions = OutcomesReader.read(files.read(OutcomesReader.FILE),
                id -> content.source(id).isPresent());
        return new Bundled(content, rules, defaults, decisions);
    }

    /** Runs the action (on the loading thread) once the content has loaded; never when loading fails. */
    void onLoaded(Runnable action) {
        loading.thenRun(action);
    }

    /** Runs the action (on the loading thread) with a plain description of the problem if loading fails. */
    void onFailure(Consumer<String> action) {
        loading.whenComplete((ok, error) -> {
            if (error != null) {
                action.accept(problem(error));
            }
        });
    }

    /** The bundled content, waiting for it if it is still loading; empty when it failed to load. */
    Optional<Bundled> bundled() {
        startLoading();
        try {
            return Optional.of(loading.join());
        } catch (CompletionException e) {
            LOG.log(Level.SEVERE, "Bundled content failed to load: " + problem(e));
            return Optional.empty();
        }
    }

    /** Why the content failed to load (waiting for loading to end), or empty when it loaded. */
    Optional<String> failure() {
        startLoading();
        try {
            loading.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of(problem(e));
        }
    }

    Optional<ContentRepository> content() {
        return bundled().map(Bundled::content);
    }

    /** When the content was last reviewed, once it has loaded (never waits); empty before or on failure. */
    Optional<java.time.LocalDate> contentReviewed() {
        if (!loading.isDone() || loading.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(loading.join().content().info().lastReviewed());
    }

    /** A one-line description of why loading failed (names file, item and field). */
    static String problem(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof ContentException ? cause.getMessage() : String.valueOf(cause);
    }

    /**
     * Builds, in this set's language, every model the other set had built, and has each take over
     * its place: answers, plans, ratings and the page shown stay, only the words change. The old
     * models leave the visit. Waits for this set's content to load.
     */
    void continueFrom(FeatureModels old) {
        if (old.topics != null) {
            wiring.visit().unregister(old.topics);
            old.topics.leave();
            topics().ifPresent(t -> t.continueFrom(old.topics));
        }
        if (old.screening != null) {
            wiring.visit().unregister(old.screening);
            old.screening.leave();
            screening().ifPresent(s -> s.continueFrom(old.screening));
        }
        if (old.planner != null) {
            wiring.visit().unregister(old.planner);
            old.planner.leave();
            planner().ifPresent(p -> p.continueFrom(old.planner));
        }
        if (old.decision != null) {
            wiring.visit().unregister(old.decision);
            old.decision.leave();
            decision().ifPresent(d -> d.continueFrom(old.decision));
        }
    }

    /** The Learn screen's model, built on first use; empty when the content failed to load. */
    Optional<TopicBrowserModel> topics() {
        if (topics == null) {
            topics = bundled().map(b -> new TopicBrowserModel(b.content(), wiring.navigator(),
                    wiring.visit().myQuestions(), wiring.printing(), wiring.messages(), CrisisLanguage::matches,
                    wiring.clock())).orElse(null);
            if (topics != null) {
                wiring.visit().register(topics);
            }
        }
        return Optional.ofNullable(topics);
    }

    /** The screening wizard's model, built on first use; empty when the content failed to load. */
    Optional<ScreeningWizardModel> screening() {
        if (screening == null) {
            screening = bundled().map(b -> new ScreeningWizardModel(b.rules(),
                    new ScreeningReport(b.rules(), wiring.messages(), Optional.of(b.content())), wiring.messages(),
                    wiring.visit(), wiring.navigator(), wiring.crisis()::openForAnswer,
                    topicId -> topics().ifPresent(t -> t.openTopic(topicId)), wiring.dialogs(), wiring.printing()))
                    .orElse(null);
            if (screening != null) {
                screening.setWeighOptions(() -> decision().ifPresent(d -> d.open(true)));
                wiring.visit().register(screening);
            }
        }
        return Optional.ofNullable(screening);
    }

    /** The cost planner's model, built on first use; empty when the content failed to load. */
    Optional<CostPlannerModel> planner() {
        if (planner == null) {
            planner = bundled().map(b -> new CostPlannerModel(b.plannerDefaults(),
                    wiring.visit().insuranceAnswerProperty(), wiring.messages(), wiring.dialogs(), wiring.printing()))
                    .orElse(null);
            if (planner != null) {
                wiring.visit().register(planner);
            }
        }
        return Optional.ofNullable(planner);
    }

    /** The "Weigh my options" model, built on first use; empty when the content failed to load. */
    Optional<DecisionModel> decision() {
        if (decision == null) {
            decision = bundled().map(b -> new DecisionModel(b.decisions(), b.content()::source, wiring.messages(),
                    wiring.navigator(), wiring.visit().myQuestions(), wiring.dialogs(), wiring.printing()))
                    .orElse(null);
            if (decision != null) {
                wiring.visit().register(decision);
            }
        }
        return Optional.ofNullable(decision);
    }
}
