package org.ketamineguide.shell;

import javafx.fxml.FXML;

/** The home screen: three large entry points. JavaFX thread only. */
public final class HomeController {
    private final Navigator navigator;
    private final String kioskNote;

    @FXML
    private javafx.scene.control.Label kioskPrivacyNote;

    /** @param kioskNote the privacy note shown on a kiosk, or null elsewhere */
    public HomeController(Navigator navigator, String kioskNote) {
        this.navigator = navigator;
        this.kioskNote = kioskNote;
    }

    @FXML
    private void initialize() {
        boolean kiosk = kioskNote != null;
        kioskPrivacyNote.setVisible(kiosk);
        kioskPrivacyNote.setManaged(kiosk);
        if (kiosk) {
            kioskPrivacyNote.setText(kioskNote);
        }
    }

    @FXML
    private void openScreening() {
        navigator.goTo(Screen.SCREENING);
    }

    @FXML
    private void openTopics() {
        navigator.goTo(Screen.TOPICS);
    }

    @FXML
    private void openPlanner() {
        navigator.goTo(Screen.PLANNER);
    }

    @FXML
    private void openAbout() {
        navigator.goTo(Screen.ABOUT);
    }
}
