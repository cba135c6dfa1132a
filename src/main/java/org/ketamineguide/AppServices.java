package org.ketamineguide;

import java.util.Optional;
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
    private final Messages messages;
    private final Navigator navigator;
    private final CrisisPanelModel crisis;
    private final DialogService dialogs;
    private final PrintService printing;
    private final VisitSession visit;
    private final DisplaySettings display;
    private final KioskSession kiosk;
    private final StaffExitModel staffExit;
    private final ErrorHandler errors;
    private final MainWindowController mainWindow;
    private final FeatureModels features;
    private final ObjectProperty<Language> language;

    AppServices(AppOptions options, ClinicConfig config, Messages messages, Navigator navigator,
                CrisisPanelModel crisis, DialogService dialogs, PrintService printing, VisitSession visit,
                DisplaySettings display, KioskSession kiosk, StaffExitModel staffExit, ErrorHandler errors,
                MainWindowController mainWindow, FeatureModels features, ObjectProperty<Language> language) {
        this.language = language;
        this.options = options;
        this.config = config;
        this.messages = messages;
        this.navigator = navigator;
        this.crisis = crisis;
        this.dialogs = dialogs;
        this.printing = printing;
        this.visit = visit;
        this.display = display;
        this.kiosk = kiosk;
        this.staffExit = staffExit;
        this.errors = errors;
        this.mainWindow = mainWindow;
        this.features = features;
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

    public Messages messages() {
        return messages;
    }

    /** The bundled content (waiting for it to finish loading), or empty when it failed to load. */
    public Optional<ContentRepository> content() {
        return features.content();
    }

    public Navigator navigator() {
        return navigator;
    }

    public CrisisPanelModel crisis() {
        return crisis;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public PrintService printing() {
        return printing;
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
        return errors;
    }

    public MainWindowController mainWindow() {
        return mainWindow;
    }

    /** The Learn screen's model, or empty when the content failed to load. */
    public Optional<TopicBrowserModel> topics() {
        return features.topics();
    }

    /** The screening wizard's model, or null when the content failed to load. */
    public ScreeningWizardModel screening() {
        return features.screening().orElse(null);
    }

    /** The cost planner's model, or null when the content failed to load. */
    public CostPlannerModel planner() {
        return features.planner().orElse(null);
    }

    /** The "Weigh my options" model, or null when the content failed to load. */
    public DecisionModel decision() {
        return features.decision().orElse(null);
    }
}
