package org.ketamineguide.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ketamineguide.decision.Factor;
import org.ketamineguide.decision.Importance;
import org.ketamineguide.decision.ui.DecisionModel;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.planner.PlanField;
import org.ketamineguide.planner.ui.CostPlannerModel;
import org.ketamineguide.screening.ui.ScreeningWizardModel;
import org.ketamineguide.testing.AppUiTest;
import org.ketamineguide.testing.LayoutChecks;

/**
 * "English | Español": on home and in the footer, switching in place on every screen keeps what
 * the person did (answers, both plans, ratings, the topic open) and changes the words; a laptop
 * remembers the choice; at 200% text the Spanish screens cut nothing off.
 */
class LanguageSwitchUiTest extends AppUiTest {
    private static final Messages ES = Language.ES.messages();
    private static final Messages EN = Language.EN.messages();

    @TempDir
    Path dir;

    private void switchInFooterTo(Language language) {
        clickOn(lookup(".footer-bar #language-" + language.code()).<Button>query());
        settle();
    }

    private String breadcrumb() {
        return this.<Label>node("#breadcrumbScreen").getText();
    }

    private List<Button> switchButtons() {
        return lookup(".language-button").queryAllAs(Button.class).stream()
                .filter(b -> b.isVisible() && b.getScene() != null).toList();
    }

    @Test
    void homeAndFooterOfferEachLanguageInItselfLargeEnoughToTap() {
        settle();
        List<Button> buttons = switchButtons();
        assertEquals(4, buttons.size(), "English and Español on home and in the footer");
        for (Button b : buttons) {
            assertTrue(b.getHeight() >= 48 && b.getWidth() >= 48, b.getId() + " " + b.getWidth() + "x" + b.getHeight());
            String code = b.getId().substring("language-".length());
            Language l = Language.ofCode(code).orElseThrow();
            assertEquals(l.nativeName(), b.getText());
            assertEquals(l.nativeName(), b.getAccessibleText());
        }
        assertEquals("Ver la aplicación en español", lookup(".footer-bar #language-es").<Button>query().getAccessibleHelp());
        clickOn(lookup(".home #language-es").<Button>query());
        settle();
        assertTrue(texts().contains(ES.get("home.title")), "home in Spanish");
        assertEquals(ES.get("shell.about"), lookup("#aboutButton").<Button>query().getText());
        assertEquals(ES.get("shell.helpNow"), lookup("#helpNowButton").<Button>query().getText());
        assertEquals("es", settings.language("en"), "a laptop remembers the choice");
        assertEquals("Show the app in English", lookup(".footer-bar #language-en").<Button>query().getAccessibleHelp());
        switchInFooterTo(Language.EN);
        assertTrue(texts().contains(EN.get("home.title")), "back in English");
        assertEquals("en", settings.language("es"));
    }

    @Test
    void theSwitchWorksFromTheKeyboardAndFocusRingsStayOn() {
        Button es = lookup(".footer-bar #language-es").query();
        fx(es::requestFocus);
        type(javafx.scene.input.KeyCode.TAB); // the first key only turns focus rings on
        assertTrue(es.isFocused());
        type(javafx.scene.input.KeyCode.SPACE);
        settle();
        assertEquals(Language.ES, app.languageProperty().get());
        assertTrue(org.ketamineguide.ui.KeyboardMode.isOn(node("#appRoot").getScene()), "focus rings still show");
    }

    @Test
    void switchingMidScreeningKeepsTheAnswersAndThePage() {
        fx(() -> {
            app.navigator().goTo(Screen.SCREENING);
            app.screening().next();
            app.screening().answer("age", "18_64");
            app.screening().answer("insurance", "medicaid");
            app.screening().next();
        });
        ScreeningWizardModel before = app.screening();
        Map<String, String> answers = Map.copyOf(before.answers());
        int step = before.stepIndexProperty().get();
        String englishTitle = before.stepTitle().get();
        switchInFooterTo(Language.ES);
        ScreeningWizardModel after = app.screening();
        assertNotSame(before, after);
        assertEquals(answers, Map.copyOf(after.answers()));
        assertEquals(step, after.stepIndexProperty().get());
        assertEquals(Screen.SCREENING, app.navigator().current());
        assertEquals(ES.get("screen.screening"), breadcrumb());
        assertTrue(!englishTitle.equals(after.stepTitle().get()), "the step title is in Spanish: " + after.stepTitle().get());
        assertTrue(texts().contains(after.stepTitle().get()) || texts().contains(after.progressText().get()),
                "the wizard shows Spanish: " + texts());
        assertEquals("medicaid", app.visit().insuranceAnswerProperty().get());
    }

    @Test
    void switchingInThePlannerKeepsBothPlans() {
        fx(() -> {
            app.navigator().goTo(Screen.PLANNER);
            app.planner().planA().textProperty(PlanField.PRICE_PER_SESSION).set("123");
            app.planner().startComparing();
            app.planner().edit(CostPlannerModel.Which.B);
            app.planner().planB().textProperty(PlanField.PRICE_PER_SESSION).set("9x9");
        });
        String planBTreatment = String.valueOf(app.planner().planB().treatment());
        switchInFooterTo(Language.ES);
        CostPlannerModel after = app.planner();
        assertEquals("123", after.planA().textProperty(PlanField.PRICE_PER_SESSION).get());
        assertEquals("9x9", after.planB().textProperty(PlanField.PRICE_PER_SESSION).get(), "even a number not yet valid");
        assertTrue(after.isComparing());
        assertEquals(CostPlannerModel.Which.B, after.editingProperty().get());
        assertEquals(planBTreatment, String.valueOf(after.planB().treatment()));
        assertEquals(ES.get("screen.planner"), breadcrumb());
        assertTrue(texts().contains(ES.get("planner.title")), "planner in Spanish: " + texts());
    }

    @Test
    void switchingInTheDecisionAidKeepsTheRatingsAndTheStep() {
        fx(() -> {
            app.navigator().goTo(Screen.DECISION);
            app.decision().rate(Factor.values()[0], Importance.VERY);
            app.decision().goTo(DecisionModel.Step.VALUES);
        });
        switchInFooterTo(Language.ES);
        assertEquals(Importance.VERY, app.decision().ratings().get(Factor.values()[0]));
        assertEquals(DecisionModel.Step.VALUES, app.decision().step());
        assertEquals(ES.get("decision.step.values"), this.<Label>node("#breadcrumbDetail").getText());
    }

    @Test
    void aSwitchLetsTheOldLanguageGo() throws InterruptedException {
        for (Screen screen : List.of(Screen.SCREENING, Screen.TOPICS, Screen.PLANNER, Screen.DECISION, Screen.HOME)) {
            fx(() -> app.navigator().goTo(screen));
            settle();
        }
        List<java.lang.ref.WeakReference<Object>> before = new ArrayList<>();
        fx(() -> {
            before.add(new java.lang.ref.WeakReference<>(app.topics().orElseThrow()));
            before.add(new java.lang.ref.WeakReference<>(app.screening()));
            before.add(new java.lang.ref.WeakReference<>(app.planner()));
            before.add(new java.lang.ref.WeakReference<>(app.planner().planA()));
            before.add(new java.lang.ref.WeakReference<>(app.planner().planB()));
            before.add(new java.lang.ref.WeakReference<>(app.decision()));
        });
        for (Language l : List.of(Language.ES, Language.EN, Language.ES, Language.EN)) {
            switchInFooterTo(l);
        }
        // the first English models (with their content and search index): nothing shared may keep them
        for (int i = 0; i < 50 && before.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(100);
            settle();
        }
        List<String> kept = new ArrayList<>();
        for (java.lang.ref.WeakReference<Object> r : before) {
            Object o = r.get();
            if (o != null) {
                kept.add(o.getClass().getSimpleName());
            }
        }
        assertEquals(List.of(), kept, "still reachable after four switches");
    }

    @Test
    void switchingOnATopicKeepsItOpenInTheOtherLanguage() {
        String id = app.content().orElseThrow().categories().get(0).topicIds().get(0);
        fx(() -> app.topics().orElseThrow().openTopic(id));
        String englishTitle = app.topics().orElseThrow().topicProperty().get().title();
        switchInFooterTo(Language.ES);
        assertEquals(id, app.topics().orElseThrow().place().topicId());
        String spanishTitle = app.topics().orElseThrow().topicProperty().get().title();
        assertTrue(!englishTitle.equals(spanishTitle), spanishTitle);
        assertEquals(spanishTitle, this.<Label>node("#breadcrumbDetail").getText());
        assertTrue(texts().contains(spanishTitle), "the page shows the Spanish title");
    }

    @Test
    void aScreeningSavedInEnglishOpensInSpanish() throws Exception {
        Path file = dir.resolve("mine.json");
        fx(() -> {
            app.screening().answer("age", "18_64");
            app.screening().answer("insurance", "medicaid");
        });
        Map<String, String> answers = Map.copyOf(app.screening().answers());
        files.willSaveTo(file);
        fx(() -> app.screening().saveAnswers());
        fx(() -> app.dialogs().closeAll());
        fx(() -> app.visit().endVisit());
        switchInFooterTo(Language.ES);
        files.willOpen(file);
        fx(() -> app.screening().openAnswers());
        assertEquals(answers, Map.copyOf(app.screening().answers()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Screen.class, names = {"HOME", "SCREENING", "TOPICS", "PLANNER", "DECISION"})
    void spanishAt200PercentCutsNothingOff(Screen screen) {
        switchInFooterTo(Language.ES);
        fx(() -> {
            app.display().setTextScale(200);
            switch (screen) {
                case SCREENING -> {
                    app.navigator().goTo(Screen.SCREENING);
                    app.screening().next();
                }
                case TOPICS -> app.topics().orElseThrow().openTopic(
                        app.content().orElseThrow().categories().get(0).topicIds().get(0));
                default -> app.navigator().goTo(screen);
            }
        });
        settle();
        Scene scene = node("#appRoot").getScene();
        List<String> problems = new ArrayList<>();
        problems.addAll(LayoutChecks.horizontalScrollBars(scene));
        problems.addAll(LayoutChecks.cutOffText(scene));
        assertTrue(problems.isEmpty(), screen + " in Spanish at 200%: " + problems);
        assertEquals(Screen.HOME == screen ? "" : ES.get(screen.titleKey()), breadcrumb());
    }

    private List<String> texts() {
        List<String> out = new ArrayList<>();
        for (Node n : LayoutChecks.visibleNodes(node("#appRoot").getScene())) {
            if (n instanceof Labeled l && l.getText() != null) {
                out.add(l.getText());
            }
        }
        return out;
    }
}
