package org.ketamineguide;

import java.util.Optional;
import java.util.function.Supplier;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.decision.ui.DecisionModel;
import javafx.beans.property.ObjectProperty;
import org.ketamineguide.i18n.Language;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.planner.ui.CostPlannerModel;
import org.ketamineguide.screening.ui.ScreeningWizardModel;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.shell.CrisisPanelModel;
import org.ketamineguide.shell.DisplaySettings;
import org.ketamineguide.shell.KioskSession;
import org.ketamineguide.shell.MainWindowController;
import org.ketamineguide.shell.StaffExitModel;
import org.ketamineguide.topics.ui.TopicBrowserModel;
import org.ketamineguide.ui.DialogService;
import org.ketamineguide.ui.ErrorHandler;
import org.ketamineguide.ui.PrintService;

/**
 * The services and models the composition root built for one run of the app. Tests use it to
 * reach the models; production code receives only what it needs through the controller factory.
 * The feature models are built on first use (asking for one here builds it). JavaFX thread only.
 */
public final class AppServices {
    private final AppOptions options;
    private final ClinicConfig config;
    private final Navigator navigator;
    private final CrisisPanelModel crisis;
    private final VisitSession visit;
    private final DisplaySettings display;
    private final KioskSession kiosk;
    private final StaffExitModel staffExit;
    private final Supplier<MainWindowController> mainWindow;
    private final Supplier<LanguageScope> scope;
    private final ObjectProperty<Language> language;

    AppServices(AppOptions options, ClinicConfig config, Navigator navigator, CrisisPanelModel crisis,
                VisitSession visit, DisplaySettings display, KioskSession kiosk, StaffExitModel staffExit,
                Supplier<MainWindowController> mainWindow, Supplier<LanguageScope> scope,
                ObjectProperty<Language> language) {
        this.options = options;
        this.config = config;
        this.navigator = navigator;
        this.crisis = crisis;
        this.visit = visit;
        this.display = display;
        this.kiosk = kiosk;
        this.staffExit = staffExit;
        this.mainWindow = mainWindow;
        this.scope = scope;
        this.language = language;
    }

    /** The command-line options. */
    public AppOptions options() {
        return options;
    }

    /** The clinic configuration in use (the defaults when none was given or it was refused). */
    public ClinicConfig config() {
        return config;
    }

    /** The language the app is shown in: setting it switches every screen in place. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The messages of the language shown now (a switch replaces them). */
    public Messages messages() {
        return scope.get().messages();
    }

    /** The bundled content in the language shown now (waiting for it to load), or empty when it failed to load. */
    public Optional<ContentRepository> content() {
        return features().content();
    }

    public Navigator navigator() {
        return navigator;
    }

    public CrisisPanelModel crisis() {
        return crisis;
    }

    /** The dialogs of the language shown now. */
    public DialogService dialogs() {
        return scope.get().dialogs();
    }

    /** The print service of the language shown now. */
    public PrintService printing() {
        return scope.get().printing();
    }

    /** What one person's visit leaves behind (wiped on a kiosk). */
    public VisitSession visit() {
        return visit;
    }

    public DisplaySettings display() {
        return display;
    }

    /** The kiosk idle timer, or null when not a kiosk. */
    public KioskSession kiosk() {
        return kiosk;
    }

    public StaffExitModel staffExit() {
        return staffExit;
    }

    public ErrorHandler errors() {
        return scope.get().errors();
    }

    /** The main window shown now (a language switch builds it again). */
    public MainWindowController mainWindow() {
        return mainWindow.get();
    }

    private FeatureModels features() {
        return scope.get().features();
    }

    /** The Learn screen's model, or empty when the content failed to load. */
    public Optional<TopicBrowserModel> topics() {
        return features().topics();
    }

    /** The screening wizard's model, or null when the content failed to load. */
    public ScreeningWizardModel screening() {
        return features().screening().orElse(null);
    }

    /** The cost planner's model, or null when the content failed to load. */
    public CostPlannerModel planner() {
        return features().planner().orElse(null);
    }

    /** The "Weigh my options" model, or null when the content failed to load. */
    public DecisionModel decision() {
        return features().decision().orElse(null);
    }
}
