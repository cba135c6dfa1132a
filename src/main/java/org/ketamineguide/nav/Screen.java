package org.ketamineguide.nav;

/**
 * The app's top-level screens, as ids that features name when they ask to go somewhere, each with
 * the message key of its title. Which view shows a screen is the shell's business (the composition
 * root registers one per screen), so this knows no feature's view.
 */
public enum Screen {
    HOME("screen.home"),
    SCREENING("screen.screening"),
    TOPICS("screen.topics"),
    PLANNER("screen.planner"),
    DECISION("screen.decision"),
    ABOUT("screen.about"),
    CONTENT_ERROR("screen.contentError");

    private final String titleKey;

    Screen(String titleKey) {
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }
}
