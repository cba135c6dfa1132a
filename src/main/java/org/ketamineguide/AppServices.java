package org.ketamineguide;

import java.util.Optional;
import org.ketamineguide.config.ClinicConfig;
import org.ketamineguide.content.ContentRepository;
import org.ketamineguide.planner.ui.CostPlannerModel;
import org.ketamineguide.screening.ui.ScreeningWizardModel;
import org.ketamineguide.session.VisitSession;
import org.ketamineguide.shell.CrisisPanelModel;
import org.ketamineguide.shell.DisplaySettings;
import org.ketamineguide.shell.KioskSession;
import org.ketamineguide.shell.StaffExitModel;
import org.ketamineguide.shell.MainWindowController;
import org.ketamineguide.shell.Navigator;
import org.ketamineguide.topics.ui.TopicBrowserModel;
import org.ketamineguide.ui.DialogService;
import org.ketamineguide.ui.ErrorHandler;
import org.ketamineguide.ui.Messages;
import org.ketamineguide.ui.PrintService;

/**
 * The services and models the composition root built for one run of the app. Tests use it to
 * reach the models; production code receives only what it needs through the controller factory.
 *
 * @param options    the command-line options
 * @param config     the clinic configuration in use (the defaults when none was given or it was refused)
 * @param messages   the UI strings
 * @param content    the bundled content, or empty when it failed to load
 * @param navigator  which screen is showing
 * @param crisis     the crisis panel state
 * @param dialogs    the dialog service
 * @param printing   printing and PDF export
 * @param visit      what one person's visit leaves behind (wiped on a kiosk)
 * @param display    text size and contrast
 * @param kiosk      the kiosk idle timer, or null when not a kiosk
 * @param staffExit  the staff PIN exit of a kiosk
 * @param errors     the uncaught-exception handler
 * @param mainWindow the main window controller
 * @param topics     the Learn screen's model (topic browser), or empty when the content failed to load
 * @param screening  the screening wizard's model, or null when the content failed to load
 * @param planner    the cost planner's model, or null when its defaults failed to load
 */
public record AppServices(AppOptions options, ClinicConfig config, Messages messages, Optional<ContentRepository> content,
                          Navigator navigator, CrisisPanelModel crisis, DialogService dialogs,
                          PrintService printing, VisitSession visit, DisplaySettings display,
                          KioskSession kiosk, StaffExitModel staffExit, ErrorHandler errors, MainWindowController mainWindow,
                          Optional<TopicBrowserModel> topics, ScreeningWizardModel screening,
                          CostPlannerModel planner) {
}
