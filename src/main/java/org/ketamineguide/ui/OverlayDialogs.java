package org.ketamineguide.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ketamineguide.i18n.Messages;

/**
 * Dialogs drawn inside the main window, over the screen content but under the app bar, so that the
 * "Need help now?" button is never blocked by a dialog. File choosers go through a {@link FilePicker}.
 * Runs on the JavaFX thread.
 */
public final class OverlayDialogs implements DialogService {
    private final StackPane layer;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final FilePicker files;
    private final Deque<VBox> queue = new ArrayDeque<>();

    public OverlayDialogs(StackPane layer, Messages messages, Supplier<Window> owner, FilePicker files) {
        this.layer = layer;
        this.messages = messages;
        this.owner = owner;
        this.files = files;
        Shown.set(layer, false);
        layer.getStyleClass().add("dialog-layer");
    }

    @Override
    public void info(String title, String message) {
        show(card(title, message, "dialog-info", null, null));
    }

    @Override
    public void error(String title, String message) {
        show(card(title, message, "dialog-error", null, null));
    }

    @Override
    public void fileSaved(String title, String message, Path file) {
        VBox card = card(title, message, "dialog-info", null, null);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && files.canShowFolder()) {
            Button showFolder = button(messages.get("dialog.showFolder"), "dialog-show-folder");
            showFolder.setOnAction(e -> {
                dismiss(card);
                files.showFolder(folder);
            });
            buttons(card).getChildren().add(0, showFolder);
        }
        show(card);
    }

    @Override
    public void confirm(String title, String message, String confirmText, Runnable onConfirm) {
        show(card(title, message, "dialog-confirm", confirmText, onConfirm));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, FileKind kind) {
        return files.save(owner.get(), title, suggestedName, kind);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, FileKind kind) {
        return files.open(owner.get(), title, kind);
    }

    @Override
    public void closeAll() {
        queue.clear();
        layer.getChildren().clear();
        Shown.set(layer, false);
    }

    /** True while a dialog is showing. */
    public boolean isShowing() {
        return !layer.getChildren().isEmpty();
    }

    private VBox card(String title, String message, String kindClass, String confirmText, Runnable onConfirm) {
        Label heading = new Label(title);
        heading.getStyleClass().add("dialog-title");
        heading.setAccessibleRole(AccessibleRole.TEXT);
        heading.setWrapText(true);
        Label body = new Label(message);
        body.getStyleClass().add("dialog-message");
        body.setWrapText(true);

        HBox buttons = new HBox();
        buttons.getStyleClass().add("dialog-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // a short window shrinks the words (they scroll), never the buttons
        buttons.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the words scroll inside the card when large text makes them taller than the window;
        // the buttons stay in view below them
        VBox words = new VBox(heading, body);
        words.getStyleClass().add("dialog-words");
        ScrollPane scroll = new ScrollPane(words);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dialog-scroll");
        VBox.setVgrow(scroll, Priority.SOMETIMES);
        // as tall as the words wrapped at the card's width (a scroll pane asks only for their one-line
        // height, which left a long message one line high with a scroll bar); less only when the window is short
        scroll.prefViewportHeightProperty().bind(words.heightProperty());
        VBox card = new VBox(scroll, buttons);
        card.getStyleClass().addAll("dialog-card", kindClass);
        card.setMaxWidth(640);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setAccessibleRole(AccessibleRole.PARENT);
        card.setAccessibleText(title);

        if (onConfirm == null) {
            Button ok = button(messages.get("dialog.ok"), "dialog-ok");
            ok.getStyleClass().add("primary");
            ok.setDefaultButton(true);
            ok.setOnAction(e -> dismiss(card));
            buttons.getChildren().add(ok);
        } else {
            // the safe choice comes first, takes focus and answers Enter; confirming needs a deliberate click
            Button cancel = button(messages.get("dialog.cancel"), "dialog-cancel");
            cancel.setCancelButton(true);
            cancel.setDefaultButton(true);
            cancel.setOnAction(e -> dismiss(card));
            Button yes = button(confirmText, "dialog-confirm-button");
            yes.getStyleClass().add("primary");
            yes.setOnAction(e -> {
                dismiss(card);
                onConfirm.run();
            });
            buttons.getChildren().addAll(cancel, yes);
        }
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                dismiss(card);
                e.consume();
            }
        });
        return card;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("dialog-button");
        return b;
    }

    private void show(VBox card) {
        if (isShowing()) {
            queue.add(card);
            return;
        }
        layer.getChildren().setAll(card);
        StackPane.setAlignment(card, Pos.CENTER);
        Shown.set(layer, true);
        // the first button is the safe one: OK, or Cancel when the dialog asks to confirm
        buttons(card).getChildren().get(0).requestFocus();
    }

    private static HBox buttons(VBox card) {
        return (HBox) card.getChildren().get(card.getChildren().size() - 1);
    }

    private void dismiss(VBox card) {
        layer.getChildren().remove(card);
        if (!queue.isEmpty()) {
            VBox next = queue.poll();
            layer.getChildren().clear();
            show(next);
        } else {
            Shown.set(layer, false);
        }
    }
}
