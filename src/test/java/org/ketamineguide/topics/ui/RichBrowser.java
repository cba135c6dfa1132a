package org.ketamineguide.topics.ui;

import java.time.Clock;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.safety.CrisisLanguage;
import org.ketamineguide.safety.ui.CrisisHelp;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.testing.ScriptedFilePicker;
import org.ketamineguide.ui.ControllerFactory;
import org.ketamineguide.ui.FxPrintService;
import org.ketamineguide.ui.OverlayDialogs;
import org.ketamineguide.ui.ViewLoader;

/**
 * The Learn screen built on test content, wired the way the composition root wires it, and put
 * into an existing stage in place of the whole app.
 */
final class RichBrowser {
    final Navigator navigator = new Navigator(Screen.HOME);
    final VisitSession visit = new VisitSession();
    final TopicBrowserModel model;
    final Parent root;

    private RichBrowser(Stage stage, ContentRepository content, ScriptedFilePicker files, boolean canSave) {
        Messages messages = Messages.english();
        StackPane dialogLayer = new StackPane();
        OverlayDialogs dialogs = new OverlayDialogs(dialogLayer, messages, () -> stage, files);
        FxPrintService printing = new FxPrintService(dialogs, messages, () -> stage, canSave, Clock.systemDefaultZone());
        model = new TopicBrowserModel(content, navigator, visit.myQuestions(), printing, messages,
                CrisisLanguage::matches);
        visit.register(model);
        ControllerFactory controllers = new ControllerFactory()
                .register(TopicBrowserController.class, () -> new TopicBrowserController(model, messages))
                .register(TopicListController.class, () -> new TopicListController(model))
                .register(TopicPageController.class, () -> new TopicPageController(model, messages))
                .register(SearchResultsController.class, () -> new SearchResultsController(model, messages,
                        new CrisisHelp(messages, !canSave, null, () -> { })))
                .register(ComparisonController.class, () -> new ComparisonController(model, messages))
                .register(GlossaryController.class, () -> new GlossaryController(model, messages))
                .register(MyQuestionsController.class, () -> new MyQuestionsController(model, messages));
        Parent browser = new ViewLoader(messages, controllers).load("topics/ui/TopicBrowser.fxml").root();
        navigator.goTo(Screen.TOPICS);
        root = new StackPane(browser, dialogLayer);
    }

    /** Builds the browser and shows it in the stage. Call on the JavaFX thread. */
    static RichBrowser show(Stage stage, ContentRepository content, ScriptedFilePicker files, boolean canSave) {
        RichBrowser browser = new RichBrowser(stage, content, files, canSave);
        stage.getScene().setRoot(browser.root);
        return browser;
    }
}
