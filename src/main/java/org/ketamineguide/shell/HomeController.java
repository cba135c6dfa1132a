package org.ketamineguide.shell;

import javafx.fxml.FXML;
import org.ketamineguide.nav.Navigator;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.ui.Shown;

/** The home screen: four large entry points. JavaFX thread only. */
public final class HomeController {
    private final Navigator navigator;
    private final String kioskNote;
    private final String clinicOffer;

    @FXML
    private javafx.scene.control.Label kioskPrivacyNote;
    @FXML
    private javafx.scene.control.Label clinicOfferNote;

    /**
     * @param kioskNote   the privacy note shown on a kiosk, or null elsewhere
     * @param clinicOffer which treatments the clinic running the app offers, or null without a clinic
     */
    public HomeController(Navigator navigator, String kioskNote, String clinicOffer) {
        this.navigator = navigator;
        this.kioskNote = kioskNote;
        this.clinicOffer = clinicOffer;
    }

    @FXML
    private void initialize() {
        boolean kiosk = kioskNote != null;
        Shown.set(kioskPrivacyNote, kiosk);
        if (kiosk) {
            kioskPrivacyNote.setText(kioskNote);
        }
        Shown.set(clinicOfferNote, clinicOffer != null);
        clinicOfferNote.setText(clinicOffer);
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
    private void openDecision() {
        navigator.goTo(Screen.DECISION);
    }

    @FXML
    private void openAbout() {
        navigator.goTo(Screen.ABOUT);
    }
}
