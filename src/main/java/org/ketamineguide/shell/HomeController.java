package org.ketamineguide.shell;

import javafx.fxml.FXML;

/** The home screen: three large entry points. JavaFX thread only. */
public final class HomeController {
    private final Navigator navigator;

    public HomeController(Navigator navigator) {
        this.navigator = navigator;
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
