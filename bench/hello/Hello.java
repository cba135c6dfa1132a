import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The start-up baseline: a minimal FXML window, measured exactly like the app's --smoke flag. */
public class Hello extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        Parent root = FXMLLoader.load(Hello.class.getResource("hello.fxml"));
        stage.setScene(new Scene(root, 1280, 800));
        stage.setTitle("Hello");
        stage.show();
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first-frame-ms=" + ms);
                    System.out.flush();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }

    /** Plain main for the class path, like the app's Launcher. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(Hello.class, args);
        }
    }
}
