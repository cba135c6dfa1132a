package org.ketamineguide.safety.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.safety.CrisisLanguage;
import org.ketamineguide.ui.CrisisCard;
import org.ketamineguide.ui.Shown;

/**
 * The crisis card that any screen shows where a person types words of danger: the ways to get help
 * now (on a kiosk, "tell a staff member" first, in the clinic's own words), and a button that opens
 * the full crisis panel. Built once by the composition root; every free-text field can use it, so
 * the check and the card are the same everywhere. JavaFX thread only.
 */
public final class CrisisHelp implements CrisisCard {
    /** The CSS id of every card, so tests and screen readers can find it. */
    public static final String CARD_ID = "crisisHelpCard";

    private final Messages messages;
    private final boolean kiosk;
    private final String staffSentence;
    private final Runnable openPanel;

    /**
     * @param staffSentence the clinic's "tell a staff member" sentence for a kiosk, or null for the default
     * @param openPanel     opens the full crisis panel
     */
    public CrisisHelp(Messages messages, boolean kiosk, String staffSentence, Runnable openPanel) {
        this.messages = messages;
        this.kiosk = kiosk;
        this.staffSentence = staffSentence == null || staffSentence.isBlank() ? null : staffSentence;
        this.openPanel = openPanel;
    }

    /** True when the text holds words of danger (see {@link CrisisLanguage}). */
    public boolean concerns(String text) {
        return CrisisLanguage.matches(text);
    }

    /** A new card. */
    public VBox card() {
        VBox card = new VBox();
        card.setId(CARD_ID);
        card.getStyleClass().add("safety-card");
        card.setAccessibleRole(AccessibleRole.PARENT);
        card.setAccessibleText(messages.get("safety.card.title"));
        card.getChildren().add(line(messages.get("safety.card.title"), "safety-card-title"));
        if (kiosk) {
            Label staff = line(staffSentence != null ? staffSentence : messages.get("safety.card.staff"),
                    "safety-card-staff");
            staff.setId("crisisHelpStaff");
            card.getChildren().add(staff);
        }
        card.getChildren().addAll(line(messages.get("safety.card.danger"), "safety-card-emergency"),
                line(messages.get(kiosk ? "safety.card.988.kiosk" : "safety.card.988"), "safety-card-line"));
        Button more = new Button(messages.get("safety.card.open"));
        more.setId("crisisHelpOpen");
        more.getStyleClass().add("help-now-button");
        more.setMnemonicParsing(false);
        more.setOnAction(e -> openPanel.run());
        card.getChildren().add(more);
        return card;
    }

    /**
     * Keeps a card in {@code slot} while {@code text} holds words of danger, and none otherwise.
     * The slot shows nothing and takes no room when empty. Returns the listener, which the caller
     * keeps for as long as the slot lives (so a long-lived text can hold it weakly).
     */
    public ChangeListener<String> follow(ObservableValue<String> text, Pane slot) {
        ChangeListener<String> listener = (obs, was, now) -> show(slot, concerns(now));
        text.addListener(listener);
        show(slot, concerns(text.getValue()));
        return listener;
    }

    @Override
    public void show(Pane slot, boolean danger) {
        boolean showing = !slot.getChildren().isEmpty();
        if (danger && !showing) {
            slot.getChildren().setAll(card());
        } else if (!danger && showing) {
            slot.getChildren().clear();
        }
        Shown.set(slot, danger);
    }

    private static Label line(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
