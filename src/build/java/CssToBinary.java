import java.io.File;
import javafx.css.Stylesheet;

/**
 * Build step: converts the app's stylesheet to JavaFX's binary form (app.bss) next to app.css in
 * target/classes. JavaFX loads the .bss instead of parsing the .css when both exist, which saves
 * the CSS parser's start-up time. Run by the exec plugin in the process-classes phase.
 */
public final class CssToBinary {
    private CssToBinary() {
    }

    public static void main(String[] args) throws Exception {
        for (String css : args) {
            File source = new File(css);
            File target = new File(css.substring(0, css.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(source, target);
        }
    }
}
