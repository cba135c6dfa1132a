package org.ketamineguide.a11y;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ketamineguide.AppServices;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.decision.ui.DecisionModel;
import org.ketamineguide.nav.Screen;

/**
 * Every screen and state of the app as named stops: a test composes a fresh app, runs one stop's
 * action on the JavaFX thread, and checks what shows. Laptop stops run on a laptop app, kiosk stops
 * on a kiosk app (see {@link KioskScreens}).
 */
final class ScreenTour {

    /** One state of the app and how to get there from a fresh start. */
    record Stop(String name, Consumer<AppServices> enter) {
        @Override
        public String toString() {
            return name;
        }
    }

    private ScreenTour() {
    }

    static List<Stop> laptop() {
        return List.of(
                new Stop("home", a -> a.navigator().home()),
                new Stop("learn", a -> a.navigator().goTo(Screen.TOPICS)),
                new Stop("topic page", a -> topics(a).openTopic(firstTopic(a))),
                new Stop("search results", a -> topics(a).searchTextProperty().set("dose")),
                new Stop("word list", a -> topics(a).showGlossary(null)),
                new Stop("my questions", a -> topics(a).showMyQuestions()),
                new Stop("comparison", a -> topics(a).showComparison()),
                new Stop("screening start", a -> a.navigator().goTo(Screen.SCREENING)),
                new Stop("screening question", a -> {
                    a.navigator().goTo(Screen.SCREENING);
                    a.screening().next();
                }),
                new Stop("screening review", a -> screening(a, false, false)),
                new Stop("screening result", a -> screening(a, true, false)),
                new Stop("screening result, urgent", a -> screening(a, true, true)),
                new Stop("counselor view", a -> {
                    screening(a, true, false);
                    a.screening().counselorViewProperty().set(true);
                }),
                new Stop("planner, one plan", a -> {
                    a.navigator().goTo(Screen.PLANNER);
                    a.planner().reset();
                    a.planner().planA().chooseSelfPay();
                }),
                new Stop("planner, two plans", a -> {
                    a.navigator().goTo(Screen.PLANNER);
                    a.planner().reset();
                    a.planner().planA().chooseSelfPay();
                    a.planner().startComparing();
                    a.planner().planB().selectTreatment(Treatment.SPRAVATO);
                    a.planner().planB().chooseInsurance();
                }),
                decision(DecisionModel.Step.DECISION),
                decision(DecisionModel.Step.OPTIONS),
                decision(DecisionModel.Step.VALUES),
                decision(DecisionModel.Step.STAND),
                decision(DecisionModel.Step.GUIDE),
                new Stop("about", a -> a.navigator().goTo(Screen.ABOUT)),
                new Stop("crisis panel", a -> a.crisis().open()),
                new Stop("confirm dialog", a -> a.dialogs().confirm(a.messages().get("planner.reset.confirm.title"),
                        a.messages().get("planner.reset.confirm.text"),
                        a.messages().get("planner.reset.confirm.button"), () -> { })),
                new Stop("saved dialog", a -> a.dialogs().fileSaved("Saved", "Saved in your Documents folder.",
                        Path.of(System.getProperty("java.io.tmpdir"), "plan.json"))),
                new Stop("error dialog", a -> a.dialogs().error("Could not open", "That file is not a plan.")));
    }

    static List<Stop> kiosk() {
        return List.of(
                new Stop("kiosk home", a -> a.navigator().home()),
                new Stop("kiosk PIN pad", a -> a.staffExit().open()),
                new Stop("kiosk crisis panel", a -> a.crisis().open()),
                new Stop("kiosk screening question", a -> {
                    a.navigator().goTo(Screen.SCREENING);
                    a.screening().next();
                }),
                new Stop("kiosk planner", a -> a.navigator().goTo(Screen.PLANNER)),
                new Stop("kiosk comparison", a -> topics(a).showComparison()),
                new Stop("kiosk print confirmation", a -> {
                    topics(a).showComparison();
                    topics(a).printComparison();
                }));
    }

    private static Stop decision(DecisionModel.Step step) {
        return new Stop("decision aid, " + step.name().toLowerCase(java.util.Locale.ROOT), a -> {
            a.decision().open(false);
            a.decision().goTo(step);
        });
    }

    private static org.ketamineguide.topics.ui.TopicBrowserModel topics(AppServices a) {
        a.navigator().goTo(Screen.TOPICS);
        return a.topics().orElseThrow();
    }

    private static String firstTopic(AppServices a) {
        return topics(a).categories().get(0).topicIds().get(0);
    }

    /** Fills in a whole screening (as the screenshot tool does) and stops on the review or the result. */
    private static void screening(AppServices a, boolean result, boolean urgent) {
        a.navigator().goTo(Screen.SCREENING);
        Map<String, String> answers = org.ketamineguide.testing.SampleScreening.answers(urgent);
        a.screening().load(answers);
        a.crisis().close();
        if (result) {
            a.screening().next();
        }
    }
}
