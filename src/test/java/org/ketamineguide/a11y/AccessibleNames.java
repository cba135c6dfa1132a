package org.ketamineguide.a11y;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;

/**
 * What a screen reader meets on a screen: every focusable node and every control a user works
 * must have a name (its accessible text, its own words, or a label that is {@code labelFor} it)
 * and a role that says what it is. A text of fewer than two letters ("✕", "A−", "+") is an icon,
 * not a name.
 */
final class AccessibleNames {
    /** The role each kind of control must announce; checked most specific first. */
    private static final Map<Class<?>, List<AccessibleRole>> ROLES = new java.util.LinkedHashMap<>();

    static {
        ROLES.put(RadioButton.class, List.of(AccessibleRole.RADIO_BUTTON));
        ROLES.put(CheckBox.class, List.of(AccessibleRole.CHECK_BOX));
        // a toggle in a group of choices may announce itself as a radio button
        ROLES.put(ToggleButton.class, List.of(AccessibleRole.TOGGLE_BUTTON, AccessibleRole.RADIO_BUTTON));
        ROLES.put(Hyperlink.class, List.of(AccessibleRole.HYPERLINK));
        ROLES.put(Button.class, List.of(AccessibleRole.BUTTON));
        ROLES.put(ComboBox.class, List.of(AccessibleRole.COMBO_BOX));
        ROLES.put(TextArea.class, List.of(AccessibleRole.TEXT_AREA));
        ROLES.put(TextField.class, List.of(AccessibleRole.TEXT_FIELD, AccessibleRole.PASSWORD_FIELD));
        ROLES.put(Slider.class, List.of(AccessibleRole.SLIDER));
        ROLES.put(ListView.class, List.of(AccessibleRole.LIST_VIEW));
        ROLES.put(TableView.class, List.of(AccessibleRole.TABLE_VIEW));
        ROLES.put(Spinner.class, List.of(AccessibleRole.SPINNER));
    }

    /** Roles that say nothing about what a focusable node does. */
    private static final List<AccessibleRole> MUTE = List.of(AccessibleRole.NODE, AccessibleRole.PARENT,
            AccessibleRole.IMAGE_VIEW);

    private AccessibleNames() {
    }

    /** One line per node without a name or a proper role, prefixed with the stop's name. */
    static List<String> problems(String stop, Scene scene) {
        return walk(stop, scene).problems();
    }

    /** What the walk found: how many nodes it checked and what is wrong with them. */
    record Walk(int checked, List<String> problems) {
    }

    static Walk walk(String stop, Scene scene) {
        List<Label> labels = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        collect(scene.getRoot(), nodes, labels);
        List<String> out = new ArrayList<>();
        int checked = 0;
        for (Node n : nodes) {
            if (!mustBeNamed(n)) {
                continue;
            }
            checked++;
            List<String> missing = new ArrayList<>();
            if (!hasName(n, labels)) {
                missing.add("no accessible name");
            }
            String role = roleProblem(n);
            if (role != null) {
                missing.add(role);
            }
            if (!missing.isEmpty()) {
                out.add(stop + ": " + describe(n) + ": " + String.join(", ", missing));
            }
        }
        for (Node n : nodes) {
            // a card that answers a click is fine when a control inside it (its radio button) does the same
            if (n.getOnMouseClicked() != null && !(n instanceof Control) && !n.isFocusTraversable()
                    && !(n instanceof Parent p && p.lookupAll("*").stream()
                            .anyMatch(c -> c != n && c.isFocusTraversable() && c instanceof Control))) {
                out.add(stop + ": " + describe(n) + ": answers a click but a keyboard or screen reader never meets it");
            }
        }
        // A choice ("Yes", "Very important") must say which question it answers: by its own name,
        // its help, or a named group around it. Buttons may share words when they do the same thing.
        Map<String, List<Node>> byName = new java.util.LinkedHashMap<>();
        for (Node n : nodes) {
            String name = isChoice(n) ? name(n, labels) : null;
            if (name != null) {
                byName.computeIfAbsent(name.strip() + "\u0000" + context(n), k -> new ArrayList<>()).add(n);
            }
        }
        byName.forEach((key, same) -> {
            if (same.size() > 1) {
                out.add(stop + ": " + same.size() + " choices all called '" + key.substring(0, key.indexOf('\u0000'))
                        + "' with nothing to tell them apart: " + same.stream().map(AccessibleNames::describe).toList());
            }
        });
        // Links may share words only when they lead to the same place (the id they carry).
        Map<String, List<Node>> links = new java.util.LinkedHashMap<>();
        for (Node n : nodes) {
            if (n instanceof Hyperlink && name(n, labels) != null) {
                links.computeIfAbsent(name(n, labels).strip(), k -> new ArrayList<>()).add(n);
            }
        }
        links.forEach((name, same) -> {
            if (same.stream().map(Node::getUserData).distinct().count() > 1) {
                out.add(stop + ": " + same.size() + " links all called '" + name + "' lead to different places: "
                        + same.stream().map(n -> describe(n) + " -> " + n.getUserData()).toList());
            }
        });
        return new Walk(checked, out);
    }

    private static boolean isChoice(Node n) {
        return n instanceof ToggleButton || n instanceof CheckBox;
    }

    /** What a screen reader says around a name: the node's help, else the nearest named group. */
    private static String context(Node n) {
        if (n.getAccessibleHelp() != null && !n.getAccessibleHelp().isBlank()) {
            return n.getAccessibleHelp();
        }
        for (Node up = n.getParent(); up != null; up = up.getParent()) {
            if (up.getAccessibleText() != null && !up.getAccessibleText().isBlank()) {
                return up.getAccessibleText();
            }
        }
        return "";
    }

    static boolean mustBeNamed(Node n) {
        if (n instanceof ScrollBar || n instanceof IndexedCell<?>) {
            return false;
        }
        return n.isFocusTraversable() || ROLES.keySet().stream().anyMatch(c -> c.isInstance(n));
    }

    static boolean hasName(Node n, List<Label> labels) {
        if (spoken(n.getAccessibleText())) {
            return true;
        }
        if (n instanceof Labeled l && spoken(l.getText())) {
            return true;
        }
        return labels.stream().anyMatch(l -> l.getLabelFor() == n && spoken(l.getText()));
    }

    private static String roleProblem(Node n) {
        AccessibleRole role = n.getAccessibleRole();
        for (Map.Entry<Class<?>, List<AccessibleRole>> e : ROLES.entrySet()) {
            if (e.getKey().isInstance(n)) {
                return e.getValue().contains(role) ? null : "role " + role + ", expected " + e.getValue().get(0);
            }
        }
        if (n instanceof ButtonBase) {
            return null;
        }
        return MUTE.contains(role) ? "role " + role + " says nothing about what it does" : null;
    }

    /** Words a screen reader can say: at least two letters, or a number (a PIN key). */
    private static boolean spoken(String text) {
        return text != null && (text.codePoints().filter(Character::isLetter).count() >= 2
                || text.strip().matches("\\d+"));
    }

    /** The name a screen reader says for a node, as {@link #hasName} finds it; null when it has none. */
    static String name(Node n, List<Label> labels) {
        if (spoken(n.getAccessibleText())) {
            return n.getAccessibleText();
        }
        if (n instanceof Labeled l && spoken(l.getText())) {
            return l.getText();
        }
        return labels.stream().filter(l -> l.getLabelFor() == n && spoken(l.getText())).map(Labeled::getText)
                .findFirst().orElse(null);
    }

    /** Visible nodes, not going inside the parts a control draws for itself (a field's text, a box's list). */
    private static void collect(Node node, List<Node> out, List<Label> labels) {
        if (!node.isVisible()) {
            return;
        }
        out.add(node);
        if (node instanceof Label l) {
            labels.add(l);
        }
        if (node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>
                || node instanceof Slider || node instanceof ScrollBar || (node instanceof Labeled && !(node instanceof IndexedCell<?>))) {
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out, labels);
            }
        }
    }

    static String describe(Node n) {
        StringBuilder s = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) {
            s.append('#').append(n.getId());
        }
        List<String> classes = n.getStyleClass().stream()
                .filter(c -> !(n instanceof Control) || !c.equals(defaultClass(n))).toList();
        if (!classes.isEmpty()) {
            s.append('.').append(String.join(".", classes));
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            s.append(" '").append(l.getText()).append('\'');
        }
        if (n.getId() == null) {
            Node up = n.getParent();
            while (up != null && up.getId() == null) {
                up = up.getParent();
            }
            if (up != null) {
                s.append(" in #").append(up.getId());
            }
        }
        return s.toString();
    }

    private static String defaultClass(Node n) {
        return n.getStyleClass().isEmpty() ? "" : n.getStyleClass().get(0);
    }
}
