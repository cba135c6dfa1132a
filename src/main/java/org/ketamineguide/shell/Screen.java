package org.ketamineguide.shell;

/** The app's top-level screens, each with its FXML view and the message key of its title. */
public enum Screen {
    HOME("shell/Home.fxml", "screen.home"),
    SCREENING("screening/ui/ScreeningWizard.fxml", "screen.screening"),
    TOPICS("topics/ui/TopicBrowser.fxml", "screen.topics"),
    PLANNER("planner/ui/CostPlanner.fxml", "screen.planner"),
    DECISION("decision/ui/Decision.fxml", "screen.decision"),
    ABOUT("shell/About.fxml", "screen.about"),
    CONTENT_ERROR("shell/ContentError.fxml", "screen.contentError");

    private final String fxml;
    private final String titleKey;

    Screen(String fxml, String titleKey) {
        this.fxml = fxml;
        this.titleKey = titleKey;
    }

    public String fxml() {
        return fxml;
    }

    public String titleKey() {
        return titleKey;
    }

    /** True for the screens built from the bundled content (all but home and the error screen). */
    public boolean needsContent() {
        return this != HOME && this != CONTENT_ERROR;
    }
}
