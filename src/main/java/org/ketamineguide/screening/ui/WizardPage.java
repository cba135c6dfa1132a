package org.ketamineguide.screening.ui;

import javafx.scene.Node;

/** One drawn page of the wizard. JavaFX thread only. */
interface WizardPage {

    Node node();

    /** Where keyboard focus goes when the page opens, or null for the Next button. */
    Node focusTarget();
}
