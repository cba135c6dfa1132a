package org.ketamineguide.planner.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ketamineguide.AppEnvironment;
import org.ketamineguide.AppOptions;
import org.ketamineguide.AppServices;
import org.ketamineguide.KetamineGuideApp;
import org.ketamineguide.nav.Screen;
import org.ketamineguide.ui.FilePicker;

/**
 * A developer tool, not a test: opens the app on the cost planner in a given state so a person can
 * look at it or take a screenshot ({@code import -window root}). Arguments: width, height, and a
 * scenario ({@code plan}, {@code compare}, {@code error}, {@code chart}).
 */
public final class PlannerShowcase {
    private static String[] args = new String[0];

    private PlannerShowcase() {
    }

    public static void main(String[] arguments) {
        args = arguments;
        Application.launch(App.class);
    }

    /** The JavaFX application; a nested class so that the main class is not an Application. */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) {
        double width = args.length > 0 ? Double.parseDouble(args[0]) : 1280;
        double height = args.length > 1 ? Double.parseDouble(args[1]) : 800;
        String scenario = args.length > 2 ? args[2] : "plan";
        AppServices app = KetamineGuideApp.compose(stage, AppOptions.defaults(), new AppEnvironment(FilePicker.system(),
                new org.ketamineguide.testing.MemorySettingsStore(), System::nanoTime));
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        if (args.length > 3) {
            app.visit().insuranceAnswerProperty().set(args[3]);
        }
        app.navigator().goTo(Screen.PLANNER);
        Platform.runLater(() -> {
            var root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            switch (scenario) {
                case "compare" -> root.lookup("#compareButton").fireEvent(new javafx.event.ActionEvent());
                case "error" -> ((javafx.scene.control.TextField) root.lookup("#pricePerSessionField")).setText("6OO");
                case "chart" -> {
                    root.lookup("#compareButton").fireEvent(new javafx.event.ActionEvent());
                    Platform.runLater(() -> {
                        var scroll = (javafx.scene.control.ScrollPane) root.lookup("#plannerResultsScroll");
                        var chart = root.lookup("#compareSentence");
                        var content = scroll.getContent();
                        double y = content.sceneToLocal(chart.localToScene(chart.getBoundsInLocal())).getMinY();
                        double extra = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                        scroll.setVvalue(Math.min(1, y / extra));
                    });
                }
                default -> { }
            }
        });
    }
    }
}
