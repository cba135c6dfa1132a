package org.ketamineguide;

import java.util.Optional;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.i18n.Language;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.safety.ui.CrisisHelp;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.shell.ClinicNotice;
import org.ketamineguide.shell.CrisisPanelModel;
import org.ketamineguide.ui.ControllerFactory;
import org.ketamineguide.ui.ErrorHandler;
import org.ketamineguide.ui.FilePicker;
import org.ketamineguide.ui.FxPrintService;
import org.ketamineguide.ui.OverlayDialogs;
import org.ketamineguide.ui.PrintService;
import org.ketamineguide.ui.ViewLoader;

/**
 * Part of the composition root: everything written in one language, which a language switch
 * builds again while the rest of the app (navigation, crisis panel state, the visit, display
 * settings, the kiosk timers) lives on. The messages and content of the language, the dialogs
 * and print service that write in it, the feature models (which take over the previous
 * language's answers and plans), and the view loader that builds views with its bundle. Only
 * {@link KetamineGuideApp} builds it; JavaFX thread only.
 */
record LanguageScope(Language language, Messages messages, OverlayDialogs dialogs, PrintService printing,
                     FeatureModels features, ErrorHandler errors, CrisisHelp crisisHelp, ViewLoader views,
                     String staffSentence, String clinicOffer, String kioskNote) {

    /** What every language's scope is built from; all of it lives for the whole run. */
    record Shared(Stage stage, ClinicConfig config, boolean kiosk, boolean configUsed, Navigator navigator,
                  CrisisPanelModel crisis, StackPane dialogLayer, VisitSession visit, AppEnvironment env,
                  ControllerFactory controllers) {
    }

    static LanguageScope build(Language language, Shared s) {
        Messages messages = language.messages();
        ClinicConfig config = s.config();
        // a kiosk never opens a file chooser, whatever a feature asks for
        OverlayDialogs dialogs = new OverlayDialogs(s.dialogLayer(), messages, s::stage,
                s.kiosk() ? FilePicker.closed() : s.env().files());
        FeatureModels[] loaded = new FeatureModels[1];
        PrintService printing = new FxPrintService(dialogs, messages, s::stage, !s.kiosk(), s.env().wallClock(),
                config.optionalKioskPrinter(), s.env().printer(),
                () -> loaded[0] == null ? Optional.empty() : loaded[0].contentReviewed());
        FeatureModels features = new FeatureModels(
                new FeatureModels.Wiring(s.navigator(), s.crisis(), s.visit(), messages, dialogs, printing,
                        s.env().wallClock()), config,
                messages.format("planner.default.clinic",
                        config.optionalClinicName().orElse(messages.get("planner.default.thisClinic"))),
                s.env().content().inLanguage(language.code()), KetamineGuideApp::startLoaderThread);
        loaded[0] = features;
        features.onFailure(problem -> javafx.application.Platform.runLater(
                () -> s.navigator().useHome(org.ketamineguide.nav.Screen.CONTENT_ERROR)));
        ErrorHandler errors = new ErrorHandler(() -> dialogs, messages);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        String staffSentence = config.staffHelpSentence(language).orElse(null);
        CrisisHelp crisisHelp = new CrisisHelp(messages, s.kiosk(), staffSentence, s.crisis()::open);
        String clinicOffer = ClinicNotice.text(config, s.configUsed(), s.kiosk(), messages);
        String kioskNote = s.kiosk() ? messages.format("home.kiosk.privacy", config.idleTimeoutSeconds()) : null;
        return new LanguageScope(language, messages, dialogs, printing, features, errors, crisisHelp,
                new ViewLoader(messages, s.controllers()), staffSentence, clinicOffer, kioskNote);
    }
}
