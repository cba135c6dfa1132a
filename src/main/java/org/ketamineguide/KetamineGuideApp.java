package org.ketamineguide;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ketamineguide.content.ContentException;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.screening.ScreeningRules;
import org.ketamineguide.screening.ui.ScreeningReport;
import org.ketamineguide.screening.ui.ScreeningWizardController;
import org.ketamineguide.screening.ui.ScreeningWizardModel;
import org.ketamineguide.shell.AboutController;
import org.ketamineguide.shell.AboutModel;
import org.ketamineguide.shell.ContentErrorController;
import org.ketamineguide.shell.CrisisPanelController;
import org.ketamineguide.shell.CrisisPanelModel;
import org.ketamineguide.shell.HomeController;
import org.ketamineguide.shell.MainWindowController;
import org.ketamineguide.shell.Navigator;
import org.ketamineguide.shell.Screen;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.ui.ControllerFactory;
import org.ketamineguide.ui.ErrorHandler;
import org.ketamineguide.ui.FilePicker;
import org.ketamineguide.ui.FxPrintService;
import org.ketamineguide.ui.PrintService;
import org.ketamineguide.ui.Messages;
import org.ketamineguide.ui.OverlayDialogs;
import org.ketamineguide.ui.Resources;
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

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.parse(getParameters().getRaw());
        options.ignored().forEach(arg -> LOG.warning("Ignoring unknown argument: " + arg));
        compose(stage, options, FilePicker.system());
        if (options.smoke()) {
            reportFirstFrame();
        }
    }

    /**
     * Builds the whole app into the given stage and shows it. Tests call this directly, with a
     * file picker that answers without a native dialog.
     *
     * @return the services built, for tests to inspect
     */
    public static AppServices compose(Stage stage, AppOptions options, FilePicker files) {
        Messages messages = Messages.english();
        Optional<ContentRepository> content;
        Optional<ScreeningRules> screeningRules = Optional.empty();
        String contentProblem = "";
        try {
            content = Optional.of(ContentRepository.bundled());
            screeningRules = Optional.of(ScreeningRules.bundled());
        } catch (ContentException e) {
            LOG.log(Level.SEVERE, "Bundled content failed to load: " + e.getMessage());
            content = Optional.empty();
            contentProblem = e.getMessage();
        }
        Navigator navigator = new Navigator(content.isPresent() ? Screen.HOME : Screen.CONTENT_ERROR);
        CrisisPanelModel crisis = new CrisisPanelModel();
        StackPane dialogLayer = new StackPane();
        OverlayDialogs dialogs = new OverlayDialogs(dialogLayer, messages, () -> stage, files);
        PrintService printing = new FxPrintService(dialogs, messages, () -> stage, !options.kiosk(),
                Clock.systemDefaultZone());
        VisitSession visit = new VisitSession();
        ErrorHandler errors = new ErrorHandler(() -> dialogs, messages);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);

        ControllerFactory controllers = new ControllerFactory();
        ViewLoader views = new ViewLoader(messages, controllers);
        AppInfo info = AppInfo.bundled();
        Optional<ContentRepository> loaded = content;
        String problem = contentProblem;
        ScreeningWizardModel screening = screeningRules.map(rules -> new ScreeningWizardModel(rules,
                new ScreeningReport(rules, messages, loaded), messages, visit, navigator, crisis::openForAnswer,
                topicId -> navigator.goTo(Screen.TOPICS), dialogs, printing)).orElse(null);
        if (screening != null) {
            visit.register(screening);
        }
        controllers
                .register(MainWindowController.class, () -> new MainWindowController(navigator, crisis, messages,
                        screen -> views.<Object>load(screen.fxml()).root(), dialogLayer))
                .register(CrisisPanelController.class,
                        () -> new CrisisPanelController(crisis, options.kiosk(), null))
                .register(HomeController.class, () -> new HomeController(navigator))
                .register(AboutController.class, () -> new AboutController(
                        new AboutModel(loaded.orElseThrow(), info.version()), messages))
                .register(ContentErrorController.class, () -> new ContentErrorController(problem))
                .register(ScreeningWizardController.class, () -> new ScreeningWizardController(
                        java.util.Objects.requireNonNull(screening), messages, options.kiosk(), crisis::open,
                        visit.myQuestions()));

        ViewLoader.View<MainWindowController> main = views.load("shell/MainWindow.fxml");
        Parent root = main.root();
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(Resources.external("styles/app.css"));
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        return new AppServices(options, messages, content, navigator, crisis, dialogs, printing, visit, errors,
                main.controller(), screening);
    }

    /**
     * Waits for the second pulse (by then the first frame has been rendered), prints the time since
     * the JVM started and exits.
     */
    private static void reportFirstFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }
}
