package org.ketamineguide;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.config.ClinicConfigLoader;
import org.ketamineguide.decision.ui.DecisionController;
import org.ketamineguide.i18n.Language;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.planner.ui.CostPlannerController;
import org.ketamineguide.planner.ui.CostPlannerModel;
import org.ketamineguide.planner.ui.PlanEditorController;
import org.ketamineguide.planner.ui.PlanResultsController;
import org.ketamineguide.safety.ui.CrisisHelp;
import org.ketamineguide.screening.ui.ScreeningWizardController;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.shell.AboutController;
import org.ketamineguide.shell.AboutModel;
import org.ketamineguide.shell.ClinicNotice;
import org.ketamineguide.shell.ContentErrorController;
import org.ketamineguide.shell.CrisisPanelController;
import org.ketamineguide.shell.CrisisPanelModel;
import org.ketamineguide.shell.DisplayControlsController;
import org.ketamineguide.shell.DisplaySettings;
import org.ketamineguide.shell.HomeController;
import org.ketamineguide.shell.KioskLockdown;
import org.ketamineguide.shell.KioskOverlayController;
import org.ketamineguide.shell.KioskSession;
import org.ketamineguide.shell.LanguageSwitchController;
import org.ketamineguide.shell.MainWindowController;
import org.ketamineguide.shell.ScreenRegistry;
import org.ketamineguide.shell.SettingsStore;
import org.ketamineguide.shell.ShellOptions;
import org.ketamineguide.shell.ShellViews;
import org.ketamineguide.shell.StaffExitModel;
import org.ketamineguide.topics.ui.ComparisonController;
import org.ketamineguide.topics.ui.GlossaryController;
import org.ketamineguide.topics.ui.MyQuestionsController;
import org.ketamineguide.topics.ui.SearchResultsController;
import org.ketamineguide.topics.ui.TopicBrowserController;
import org.ketamineguide.topics.ui.TopicBrowserModel;
import org.ketamineguide.topics.ui.TopicListController;
import org.ketamineguide.topics.ui.TopicPageController;
import org.ketamineguide.ui.ControllerFactory;
import org.ketamineguide.ui.ErrorHandler;
import org.ketamineguide.ui.FxPrintService;
import org.ketamineguide.ui.OverlayDialogs;
import org.ketamineguide.ui.PrintService;
import org.ketamineguide.ui.SceneStyles;
import org.ketamineguide.ui.ViewLoader;

/**
 * The one composition root: loads the content, builds every service and model once and hands them
 * to controllers through the FXML controller factory. No other class creates services.
 */
public final class KetamineGuideApp extends Application {
    private static final Logger LOG = Logger.getLogger(KetamineGuideApp.class.getName());
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 800;
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;
    /** The stylesheets, in cascade order: app.css and app-end.css always, each feature's between them. */
    private static final String APP_CSS = "styles/app.css";
    private static final String PLANNER_CSS = "styles/planner.css";
    private static final String LEARN_CSS = "styles/learn.css";
    private static final String SCREENING_CSS = "styles/screening.css";
    private static final String DECISION_CSS = "styles/decision.css";
    private static final String APP_END_CSS = "styles/app-end.css";

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        options.ignored().forEach(arg -> LOG.warning("Ignoring unknown argument: " + arg));
        // the real app builds the feature screens ahead once the first frame is drawn (tests build them on visit)
        compose(stage, options, AppEnvironment.system(), true);
        if (options.smoke()) {
            afterFirstFrame(KetamineGuideApp::reportStartupAndExit);
        }
    }

    /**
     * Runs an action once the first frame has been rendered: it waits for the second pulse, and
     * a pulse only starts when the previous frame has been drawn.
     */
    static void afterFirstFrame(Runnable action) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /**
     * Builds the whole app into the given stage and shows it. Tests call this directly with their
     * own environment (scripted file choosers, in-memory settings, a manual clock).
     *
     * @return the services built, for tests to inspect
     */
    public static AppServices compose(Stage stage, AppOptions options, AppEnvironment env) {
        return compose(stage, options, env, false);
    }

    /**
     * Builds the whole app as {@link #compose(Stage, AppOptions, AppEnvironment)} does; with
     * {@code preloadScreens}, the feature screens' views are also built ahead in idle moments
     * once the first frame is drawn and the content has loaded (the real app and the benchmarks
     * do; tests that drive screens build each view on first visit).
     */
    public static AppServices compose(Stage stage, AppOptions options, AppEnvironment env, boolean preloadScreens) {
        ClinicConfig config = ClinicConfig.defaults();
        String configWarning = null;
        if (options.config().isPresent()) {
            // Never fails; a refused file that asked for a kiosk (or cannot be read) still starts one.
            ClinicConfigLoader.Outcome outcome = ClinicConfigLoader.start(options.config().get());
            config = outcome.config();
            configWarning = outcome.warning().orElse(null);
            outcome.warning().ifPresent(w -> LOG.warning("Clinic configuration refused: " + w));
        }
        boolean kiosk = options.kiosk() || config.kiosk();
        // a kiosk never opens the settings store: the Java preferences would write under the home folder
        SettingsStore store = kiosk ? SettingsStore.none() : SettingsStore.readAhead(env.settings());
        // the language everything is shown in: the clinic's default, or on a laptop the one last chosen
        ClinicConfig clinic = config;
        ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ofCode(
                store.language(config.defaultLanguage().code())).filter(clinic.languages()::contains)
                .orElse(config.defaultLanguage()));
        Navigator navigator = new Navigator(Screen.HOME);
        CrisisPanelModel crisis = new CrisisPanelModel();
        StackPane dialogLayer = new StackPane();
        VisitSession visit = new VisitSession();
        DisplaySettings display = new DisplaySettings(store);
        boolean[] staffClosing = {false};
        StaffExitModel staffExit = new StaffExitModel(config.optionalStaffPin(), env.nanoClock(), () -> {
            staffClosing[0] = true;
            stage.close();
        });
        ControllerFactory controllers = new ControllerFactory();
        boolean configUsed = options.config().isPresent() && configWarning == null;
        // everything written in a language; a switch builds it again and the models carry over
        // a kiosk prints a few things a visit, so one visitor cannot empty the clinic's printer
        org.ketamineguide.ui.KioskPrintLimit printLimit = new org.ketamineguide.ui.KioskPrintLimit(env.printer());
        AppEnvironment scopeEnv = !kiosk ? env : new AppEnvironment(env.files(), env.settings(), env.nanoClock(),
                env.content(), printLimit, env.wallClock());
        LanguageScope.Shared shared = new LanguageScope.Shared(stage, config, kiosk, configUsed, navigator, crisis,
                dialogLayer, visit, scopeEnv, controllers);
        LanguageScope[] scope = {LanguageScope.build(language.get(), shared)};
        if (kiosk) {
            visit.register(display);
            visit.register(staffExit);
            visit.register(printLimit);
        }
        ShellOptions shell = new ShellOptions(kiosk, config.clinicName(), config.logo(), config.phone(), configWarning,
                kiosk && staffExit.pinIsShort());
        MainWindowController[] mainWindow = new MainWindowController[1];
        @SuppressWarnings({"unchecked", "rawtypes"})
        ScreenPreloader<Parent>[] preloads = new ScreenPreloader[1];
        KioskLockdown lockdown = kiosk ? new KioskLockdown(stage) : null;
        Runnable endVisit = () -> {
            lockdown.wipe();
            scope[0].dialogs().closeAll();
            visit.endVisit();
            crisis.forgetReason();
            navigator.reset();
            preloads[0].clear();
            if (language.get() != clinic.defaultLanguage()) {
                language.set(clinic.defaultLanguage()); // builds every view again, in the clinic's language
            } else {
                mainWindow[0].discardViews();
            }
        };
        KioskSession kioskSession = kiosk ? new KioskSession(Duration.ofSeconds(config.idleTimeoutSeconds()),
                Duration.ofSeconds(config.warningSeconds()), env.nanoClock(), endVisit) : null;

        Supplier<TopicBrowserModel> topics = () -> scope[0].features().topics().orElseThrow();
        Supplier<CostPlannerModel> planner = () -> scope[0].features().planner().orElseThrow();
        ScreenRegistry screens = new ScreenRegistry()
                .frame(Screen.HOME, "shell/Home.fxml")
                .frame(Screen.CONTENT_ERROR, "shell/ContentError.fxml")
                .feature(Screen.ABOUT, "shell/About.fxml")
                .feature(Screen.SCREENING, "screening/ui/ScreeningWizard.fxml", SCREENING_CSS)
                .feature(Screen.TOPICS, "topics/ui/TopicBrowser.fxml", LEARN_CSS)
                .feature(Screen.PLANNER, "planner/ui/CostPlanner.fxml", PLANNER_CSS)
                .feature(Screen.DECISION, "decision/ui/Decision.fxml", LEARN_CSS, SCREENING_CSS, DECISION_CSS);
        // the first frame matches its nodes against the sheets every screen needs only
        SceneStyles styles = new SceneStyles(List.of(APP_CSS, PLANNER_CSS, LEARN_CSS, SCREENING_CSS, DECISION_CSS,
                APP_END_CSS), List.of(APP_CSS, APP_END_CSS));
        Function<Screen, Parent> screenView = screen -> {
            styles.need(screens.stylesheets(screen));
            return scope[0].views().<Object>load(
                    screens.fxml(screen, () -> scope[0].features().failure().isPresent())).root();
        };
        // a view built ahead also gets its CSS and layout where it will show (where a first visit spends most)
        preloads[0] = new ScreenPreloader<>(screenView, screen -> ViewLoader.warmUp(screenView.apply(screen),
                (javafx.scene.layout.Pane) stage.getScene().lookup("#screenArea")),
                step -> afterFirstFrame(() -> Platform.runLater(step)));
        controllers
                .register(MainWindowController.class, () -> new MainWindowController(navigator, crisis,
                        scope[0].messages(), new ShellViews(preloads[0]::view,
                                () -> scope[0].views().<Object>load("shell/CrisisPanel.fxml").root(),
                                kiosk ? () -> scope[0].views().<Object>load("shell/KioskOverlay.fxml").root() : null),
                        dialogLayer, display, staffExit, shell))
                .register(CrisisPanelController.class, () -> new CrisisPanelController(crisis, kiosk,
                        scope[0].staffSentence()))
                .register(DisplayControlsController.class,
                        () -> new DisplayControlsController(display, scope[0].messages()))
                .register(LanguageSwitchController.class,
                        () -> new LanguageSwitchController(clinic.languages(), language))
                .register(KioskOverlayController.class,
                        () -> new KioskOverlayController(kioskSession, staffExit, crisis, scope[0].messages()))
                .register(HomeController.class, () -> new HomeController(navigator, scope[0].kioskNote(),
                        scope[0].clinicOffer()))
                .register(AboutController.class, () -> new AboutController(new AboutModel(
                        scope[0].features().content().orElseThrow(), AppInfo.bundled().version()), scope[0].messages()))
                .register(ContentErrorController.class,
                        () -> new ContentErrorController(scope[0].features().failure().orElse("")))
                .register(CostPlannerController.class,
                        () -> new CostPlannerController(planner.get(), scope[0].dialogs()))
                .register(PlanEditorController.class, () -> new PlanEditorController(planner.get()))
                .register(PlanResultsController.class, () -> new PlanResultsController(planner.get()))
                .register(TopicBrowserController.class,
                        () -> new TopicBrowserController(topics.get(), scope[0].messages()))
                .register(TopicListController.class, () -> new TopicListController(topics.get()))
                .register(TopicPageController.class, () -> new TopicPageController(topics.get(), scope[0].messages()))
                .register(SearchResultsController.class,
                        () -> new SearchResultsController(topics.get(), scope[0].messages(), scope[0].crisisHelp()))
                .register(ComparisonController.class, () -> new ComparisonController(topics.get(), scope[0].messages()))
                .register(GlossaryController.class, () -> new GlossaryController(topics.get(), scope[0].messages()))
                .register(MyQuestionsController.class,
                        () -> new MyQuestionsController(topics.get(), scope[0].messages()))
                .register(DecisionController.class, () -> new DecisionController(
                        scope[0].features().decision().orElseThrow(), scope[0].messages(), scope[0].crisisHelp(),
                        scope[0].crisisHelp()::concerns))
                .register(ScreeningWizardController.class, () -> new ScreeningWizardController(
                        scope[0].features().screening().orElseThrow(), scope[0].messages(), kiosk, crisis::open,
                        visit.myQuestions()));

        ViewLoader.View<MainWindowController> main = scope[0].views().load("shell/MainWindow.fxml");
        mainWindow[0] = main.controller();
        Scene scene = new Scene(main.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        styles.attach(scene.getStylesheets());
        org.ketamineguide.ui.KeyboardMode.install(scene);
        stage.setScene(scene);
        stage.setTitle(scope[0].messages().get("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        if (kiosk) {
            lockdown.install(kioskSession, staffExit, () -> staffClosing[0]);
        }
        display.restore();
        language.addListener((obs, old, now) -> {
            // switching in place: the models carry the person's work over, the window is built again
            LanguageScope before = scope[0];
            before.dialogs().closeAll();
            preloads[0].clear(); // views built ahead are in the old language
            scope[0] = LanguageScope.build(now, shared);
            scope[0].features().startLoading();
            scope[0].features().continueFrom(before.features());
            mainWindow[0].dispose();
            ViewLoader.View<MainWindowController> rebuilt = scope[0].views().load("shell/MainWindow.fxml");
            mainWindow[0] = rebuilt.controller();
            scene.setRoot(rebuilt.root());
            stage.setTitle(scope[0].messages().get("app.title"));
            mainWindow[0].prepareCrisisPanel();
            if (!kiosk) {
                store.saveLanguage(now.code());
            }
        });
        if (!kiosk) {
            placeWindow(stage);
        }
        stage.show();
        if (kiosk) {
            stage.setFullScreen(true);
        }
        afterFirstFrame(() -> Platform.runLater(() -> {
            scope[0].features().startLoading();
            mainWindow[0].prepareCrisisPanel();
        }));
        if (preloadScreens) {
            // the screens a visitor may open next, most likely first; each is built after a frame is drawn
            List<Screen> ahead = List.of(Screen.SCREENING, Screen.TOPICS, Screen.PLANNER, Screen.DECISION, Screen.ABOUT);
            scope[0].features().onLoaded(() -> Platform.runLater(() -> {
                // every sheet those screens use joins the scene first, in one go: a view given its CSS
                // before another sheet joined would need its CSS again on its first visit
                ahead.forEach(screen -> styles.need(screens.stylesheets(screen)));
                preloads[0].start(ahead);
            }));
        }
        return new AppServices(options, config, navigator, crisis, visit, display, kioskSession, staffExit,
                () -> mainWindow[0], () -> scope[0], language);
    }

    /** Opens the laptop window inside the primary screen's visual bounds (see {@link WindowPlacement}). */
    private static void placeWindow(Stage stage) {
        javafx.geometry.Rectangle2D bounds = WindowPlacement.place(javafx.stage.Screen.getPrimary().getVisualBounds(),
                new WindowPlacement.Dimension(DEFAULT_WIDTH, DEFAULT_HEIGHT),
                new WindowPlacement.Dimension(MIN_WIDTH, MIN_HEIGHT));
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** The content loads on its own daemon thread, so it never keeps the app alive. */
    static void startLoaderThread(Runnable task) {
        Thread t = new Thread(task, "content-loader");
        t.setDaemon(true);
        t.start();
    }

    /** Prints the time from JVM start to the first rendered frame and exits (the --smoke flag). */
    private static void reportStartupAndExit() {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first-frame-ms=" + ms);
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }
}
