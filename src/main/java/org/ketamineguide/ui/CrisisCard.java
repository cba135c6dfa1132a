package org.ketamineguide.ui;

import javafx.scene.layout.Pane;

/**
 * Crisis help that a feature shows inside its own screen where a person types words of danger.
 * The safety feature makes it (the ways to get help now and a button to the full crisis panel);
 * the composition root hands it to the features that need it, so they never import the safety
 * feature. JavaFX thread only.
 */
public interface CrisisCard {
    /** Shows the card in the slot, or empties it; an empty slot shows nothing and takes no room. */
    void show(Pane slot, boolean danger);
}
