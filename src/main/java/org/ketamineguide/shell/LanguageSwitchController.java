package org.ketamineguide.shell;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.ketamineguide.i18n.Language;
import org.ketamineguide.ui.Shown;

/**
 * "English | Español" on the home screen and in the footer: one button per language offered, each
 * labelled and described in its own language, so a reader finds theirs whatever is showing. A tap
 * sets the composition root's language property; the window is then rebuilt in that language,
 * so this view never needs to follow the property. JavaFX thread only.
 */
public final class LanguageSwitchController {
    private final List<Language> offered;
    private final ObjectProperty<Language> language;

    @FXML
    private HBox languageSwitch;

    /**
     * @param offered  the languages the clinic offers (one: the switch hides itself)
     * @param language the language shown, owned by the composition root
     */
    public LanguageSwitchController(List<Language> offered, ObjectProperty<Language> language) {
        this.offered = List.copyOf(offered);
        this.language = language;
    }

    @FXML
    private void initialize() {
        boolean shown = offered.size() > 1;
        Shown.set(languageSwitch, shown);
        if (!shown) {
            return;
        }
        Language current = language.get();
        for (Language l : offered) {
            if (!languageSwitch.getChildren().isEmpty()) {
                Label bar = new Label("|");
                bar.getStyleClass().add("language-separator");
                languageSwitch.getChildren().add(bar);
            }
            Button b = new Button(l.nativeName());
            b.setId("language-" + l.code());
            b.getStyleClass().addAll("quiet", "language-button");
            b.setMnemonicParsing(false);
            b.setMinWidth(Button.USE_PREF_SIZE);
            // the label says the language's name in itself; its description says what it does, in itself too
            b.setAccessibleText(l.nativeName());
            b.setAccessibleHelp(l.switchHelp(l == current));
            if (l == current) {
                b.getStyleClass().add("language-current");
            }
            b.setOnAction(e -> language.set(l));
            languageSwitch.getChildren().add(b);
        }
    }
}
