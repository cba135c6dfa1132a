package org.ketamineguide.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.ui.Derived;
import org.ketamineguide.ui.Focus;
import org.ketamineguide.ui.Shown;

/**
 * The main window: the app bar (home, breadcrumb, About, "Need help now?"), the screen area, the
 * dialog layer and the crisis panel on top of everything. It follows {@link Navigator#currentProperty()}
 * and loads each screen's view once, on first visit. JavaFX thread only.
 */
public final class MainWindowController {
    private final Navigator navigator;
    private final CrisisPanelModel crisis;
    private final Messages messages;
    private final Function<Screen, Parent> viewFactory;
    private final StackPane dialogLayer;
    private final DisplaySettings display;
    private final StaffExitModel staffExit;
    private final ShellOptions shell;
    private final ShellViews shellViews;
    private Parent crisisPanel;
    private Parent kioskOverlay;
    private final Map<Screen, Parent> views = new EnumMap<>(Screen.class);
    private final javafx.beans.value.ChangeListener<Boolean> crisisOpened = (obs, was, open) -> {
        if (open) {
            prepareCrisisPanel();
        }
    };
    private final javafx.beans.value.ChangeListener<Screen> screenChanged = (obs, old, screen) -> show(screen);
    private final javafx.beans.InvalidationListener displayChanged = obs -> applyDisplay();

    @FXML
    private StackPane appRoot;
    @FXML
    private javafx.scene.layout.BorderPane frame;
    @FXML
    private Label clinicLabel;
    @FXML
    private javafx.scene.image.ImageView clinicLogo;
    @FXML
    private Button staffButton;
    @FXML
    private javafx.scene.layout.HBox configWarningBar;
    @FXML
    private Label configWarningLabel;

    @FXML
    private StackPane contentArea;
    @FXML
    private StackPane screenArea;
    @FXML
    private Button homeButton;
    @FXML
    private Label breadcrumbScreen;
    @FXML
    private Label breadcrumbDetail;
    @FXML
    private Label breadcrumbDetailSeparator;
    @FXML
    private Label breadcrumbSeparator;
    @FXML
    private Button aboutButton;
    @FXML
    private Button helpNowButton;

    public MainWindowController(Navigator navigator, CrisisPanelModel crisis, Messages messages, ShellViews views,
                                StackPane dialogLayer, DisplaySettings display, StaffExitModel staffExit,
                                ShellOptions shell) {
        this.shellViews = views;
        this.viewFactory = views.screens();
        this.display = display;
        this.staffExit = staffExit;
        this.shell = shell;
        this.navigator = navigator;
        this.crisis = crisis;
        this.messages = messages;
        this.dialogLayer = dialogLayer;
    }

    @FXML
    private void initialize() {
        contentArea.getChildren().add(dialogLayer);
        if (shellViews.kioskOverlay() != null) {
            // only a kiosk pays for its overlays; the crisis panel, added later, goes above them,
            // except for "Are you still there?", which goes above everything while it shows
            kioskOverlay = shellViews.kioskOverlay().get();
            appRoot.getChildren().add(kioskOverlay);
        }
        crisis.openProperty().addListener(crisisOpened);
        navigator.currentProperty().addListener(screenChanged);
        // ui.Derived rather than Bindings, not() and isEqualTo(): this view is in the first frame
        BooleanBinding home = Derived.when(() -> isHome(navigator.current()), navigator.currentProperty());
        BooleanBinding away = Derived.when(() -> !isHome(navigator.current()), navigator.currentProperty());
        Shown.when(breadcrumbScreen, away);
        Shown.when(breadcrumbSeparator, away);
        homeButton.disableProperty().bind(home);
        aboutButton.disableProperty().bind(Derived.when(() -> navigator.current() == Screen.ABOUT,
                navigator.currentProperty()));
        breadcrumbDetail.textProperty().bind(navigator.detailProperty());
        Shown.when(breadcrumbDetail, Derived.when(() -> !navigator.detailProperty().get().isEmpty(),
                navigator.detailProperty()));
        Shown.when(breadcrumbDetailSeparator, breadcrumbDetail.visibleProperty());
        frame.disableProperty().bind(crisis.openProperty());
        applyDisplay();
        display.textScaleProperty().addListener(displayChanged);
        display.highContrastProperty().addListener(displayChanged);
        showClinic();
        show(navigator.current());
    }

    private void showClinic() {
        String clinic = shell.clinicLine(messages);
        Shown.set(clinicLabel, clinic != null);
        clinicLabel.setText(clinic);
        boolean logo = shell.logo() != null;
        if (logo) {
            clinicLogo.setImage(new javafx.scene.image.Image(shell.logo().toUri().toString(), 0, 40, true, true, true));
            clinicLogo.setAccessibleText(shell.clinicName());
        }
        Shown.set(clinicLogo, logo);
        Shown.set(staffButton, shell.kiosk());
        String warning = shell.staffWarning(messages);
        Shown.set(configWarningBar, warning != null);
        configWarningLabel.setText(warning);
    }

    private void applyDisplay() {
        appRoot.getStyleClass().removeIf(c -> c.startsWith("text-"));
        appRoot.getStyleClass().add("text-" + display.textScaleProperty().get());
        appRoot.getStyleClass().remove("high-contrast");
        if (display.highContrastProperty().get()) {
            appRoot.getStyleClass().add("high-contrast");
        }
    }

    @FXML
    private void dismissConfigWarning() {
        Shown.set(configWarningBar, false);
    }

    @FXML
    private void openStaffExit() {
        staffExit.open();
    }

    @FXML
    private void goHome() {
        navigator.home();
    }

    @FXML
    private void openAbout() {
        navigator.goTo(Screen.ABOUT);
    }

    @FXML
    private void openCrisisPanel() {
        crisis.open();
    }

    /**
     * Builds the crisis panel if it is not built yet and puts it above everything. It is built
     * just after the first frame, or at once if help is asked for before that.
     */
    public void prepareCrisisPanel() {
        if (crisisPanel == null) {
            crisisPanel = shellViews.crisisPanel().get();
            appRoot.getChildren().add(crisisPanel);
        }
        crisisPanel.toFront();
        javafx.scene.Node idleWarning = kioskOverlay == null ? null : kioskOverlay.lookup("#idleWarning");
        if (idleWarning != null && idleWarning.isVisible()) {
            // only "Are you still there?" may cover help (the staff panel never does)
            kioskOverlay.toFront();
        }
    }

    /**
     * Stops following the shared models, for a window that is replaced (a language switch builds
     * the window again in the new language); the models it followed live on.
     */
    public void dispose() {
        crisis.openProperty().removeListener(crisisOpened);
        navigator.currentProperty().removeListener(screenChanged);
        display.textScaleProperty().removeListener(displayChanged);
        display.highContrastProperty().removeListener(displayChanged);
        breadcrumbDetail.textProperty().unbind();
        frame.disableProperty().unbind();
        views.clear();
    }

    /** Drops every loaded screen so the next visit starts from fresh views (kiosk reset). */
    public void discardViews() {
        views.clear();
        show(navigator.current());
    }

    private static boolean isHome(Screen screen) {
        return screen == Screen.HOME || screen == Screen.CONTENT_ERROR;
    }

    private void show(Screen screen) {
        Parent view = views.computeIfAbsent(screen, viewFactory);
        screenArea.getChildren().setAll(view);
        breadcrumbScreen.setText(isHome(screen) ? "" : messages.get(screen.titleKey()));
        javafx.application.Platform.runLater(() -> Focus.first(view));
    }
}
