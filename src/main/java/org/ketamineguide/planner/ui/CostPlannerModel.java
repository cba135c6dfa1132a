package org.ketamineguide.planner.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.ketamineguide.content.Treatment;
import org.ketamineguide.i18n.Messages;
import org.ketamineguide.planner.Coverage;
import org.ketamineguide.planner.PlanEstimate;
import org.ketamineguide.planner.PlanFile;
import org.ketamineguide.planner.PlanFileException;
import org.ketamineguide.planner.PlanForm;
import org.ketamineguide.planner.PlanNotes;
import org.ketamineguide.planner.PlannerDefaults;
import org.ketamineguide.print.PrintDocument;
import org.ketamineguide.session.Resettable;
import org.ketamineguide.storage.AtomicFiles;
import org.ketamineguide.ui.DialogService;
import org.ketamineguide.ui.PrintService;

/**
 * The cost planner screen's state: plan A (IV ketamine to start), plan B (SPRAVATO to start),
 * whether the two are compared, and which one the form edits; plus the commands to save, open,
 * print and export. {@link #reset()} returns everything to the starting state (kiosk visit end).
 * JavaFX thread only.
 */
public final class CostPlannerModel implements Resettable {
    private static final Logger LOG = Logger.getLogger(CostPlannerModel.class.getName());
    /** Plan files are tiny; anything much bigger is not one. */

    /** Which plan the form shows. */
    public enum Which { A, B }

    private final PlanModel planA;
    private final PlanModel planB;
    private final PlannerText text;
    private final PlanReport report;
    private final DialogService dialogs;
    private final PrintService printing;
    private final ObservableValue<String> insuranceAnswer;
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Which> editing = new ReadOnlyObjectWrapper<>(Which.A);
    private final BooleanBinding ready;
    private final BooleanBinding unsureShown;

    public CostPlannerModel(PlannerDefaults defaults, ObservableValue<String> insuranceAnswer, Messages messages,
                            DialogService dialogs, PrintService printing) {
        this.planA = new PlanModel(defaults, Treatment.IV_KETAMINE, insuranceAnswer);
        this.planB = new PlanModel(defaults, Treatment.SPRAVATO, insuranceAnswer);
        this.text = new PlannerText(messages, defaults);
        this.report = new PlanReport(text);
        this.dialogs = dialogs;
        this.printing = printing;
        this.insuranceAnswer = insuranceAnswer;
        this.ready = Bindings.createBooleanBinding(() -> planA.planEstimate() != null
                && (!comparing.get() || planB.planEstimate() != null),
                planA.outcomeProperty(), planB.outcomeProperty(), comparing);
        this.unsureShown = Bindings.createBooleanBinding(() -> ready.get() && !comparing.get()
                && planA.planEstimate().coverage() == Coverage.UNSURE, ready, planA.outcomeProperty(), comparing);
    }

    public PlanModel planA() {
        return planA;
    }

    public PlanModel planB() {
        return planB;
    }

    public PlanModel plan(Which which) {
        return which == Which.A ? planA : planB;
    }

    /** The plan the form edits now. */
    public PlanModel editedPlan() {
        return plan(editing.get());
    }

    public PlannerText text() {
        return text;
    }

    public PlanReport report() {
        return report;
    }

    /** The screening's insurance answer, or null. */
    public ObservableValue<String> insuranceAnswerProperty() {
        return insuranceAnswer;
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    public boolean isComparing() {
        return comparing.get();
    }

    public ReadOnlyObjectProperty<Which> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** False on a kiosk: Save, Open and Save as PDF are hidden there. */
    public boolean canSave() {
        return printing.canSave();
    }

    /** True when every plan on screen has good numbers: the results show (else what to fix). */
    public BooleanBinding ready() {
        return ready;
    }

    /** The ids of the notes under the results: those of each plan shown, each once (see {@link PlanNotes}). */
    public List<String> notesShown() {
        Set<String> ids = new LinkedHashSet<>(planA.notesProperty().get());
        if (comparing.get()) {
            ids.addAll(planB.notesProperty().get());
        }
        if (unsureShown.get()) {
            ids.remove(PlanNotes.ASK_INSURER); // already beside the two estimates
        }
        return List.copyOf(ids);
    }

    /** True when one plan shows and its coverage is "I don't know": both estimates show side by side. */
    public BooleanBinding unsureShown() {
        return unsureShown;
    }

    // ---- commands ----

    /** Takes over another planner's two plans and what it shows, for the same person in another language. */
    public void continueFrom(CostPlannerModel other) {
        planA.continueFrom(other.planA);
        planB.continueFrom(other.planB);
        comparing.set(other.comparing.get());
        editing.set(other.editing.get());
    }

    /** Stops following what outlives this planner (a language switch replaced it). */
    public void leave() {
        planA.leave();
        planB.leave();
    }

    public void startComparing() {
        comparing.set(true);
    }

    public void stopComparing() {
        comparing.set(false);
        editing.set(Which.A);
    }

    /** Shows plan A or B in the form (B only while comparing). */
    public void edit(Which which) {
        editing.set(comparing.get() ? which : Which.A);
    }

    /**
     * Saves what the screen shows as one plan file: plan A alone, or both plans of a comparison
     * with their names. Nothing is written while a plan has bad numbers.
     */
    public void save() {
        var m = text.messages();
        if (!printing.canSave()) {
            dialogs.info(m.get("save.kiosk.title"), m.get("save.kiosk.text"));
            return;
        }
        List<Which> shown = comparing.get() ? List.of(Which.A, Which.B) : List.of(Which.A);
        List<PlanFile.Entry> entries = new ArrayList<>();
        for (Which which : shown) {
            PlanForm.Result result = plan(which).resultProperty().get();
            if (!result.isValid()) {
                dialogs.error(m.get("planner.file.cannotSave.title"), m.get("planner.file.cannotSave.text"));
                return;
            }
            entries.add(new PlanFile.Entry(planName(which), result.setup()));
        }
        Optional<Path> target = dialogs.chooseSaveFile(m.get("planner.file.choose.save"),
                m.get(comparing.get() ? "planner.file.suggestedNameBoth" : "planner.file.suggestedName"),
                DialogService.FileKind.JSON);
        if (target.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.writeString(target.get(), PlanFile.of(entries).toJson());
            Path folder = target.get().toAbsolutePath().getParent();
            dialogs.fileSaved(m.get("planner.file.saved.title"), m.format(entries.size() == 2
                    ? "planner.file.savedBoth.text" : "planner.file.saved.text", target.get().getFileName(),
                    folder == null ? "" : folder), target.get());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Plan save failed", e);
            dialogs.error(m.get("planner.file.saveFailed.title"), m.get("planner.file.saveFailed.text"));
        }
    }

    /** The name a plan gets in a saved file: "Plan A" or "Plan B". */
    private String planName(Which which) {
        return text.messages().get(which == Which.A ? "planner.edit.a" : "planner.edit.b");
    }

    /**
     * Opens a plan file. A file with two plans becomes the comparison (plan A and plan B); a file
     * with one plan (of either version) goes into the plan being edited. A bad file changes nothing
     * and says which field is wrong.
     */
    public void open() {
        var m = text.messages();
        if (!printing.canSave()) {
            dialogs.info(m.get("save.kiosk.title"), m.get("save.kiosk.text"));
            return;
        }
        Optional<Path> source = dialogs.chooseOpenFile(m.get("planner.file.choose.open"), DialogService.FileKind.JSON);
        if (source.isEmpty()) {
            return;
        }
        String title = m.get("planner.file.bad.title");
        PlanFile file;
        try {
            // Checks the type before opening (no pipes or devices) and the size while reading.
            file = PlanFile.fromFile(source.get());
        } catch (PlanFileException e) {
            dialogs.error(title, text.fileProblem(e));
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Plan file unreadable: " + e.getMessage());
            dialogs.error(title, m.get("planner.file.unreadable.text"));
            return;
        }
        Path name = source.get().getFileName();
        if (file.plans().size() == 2) {
            planA.load(file.plans().get(0).setup());
            planB.load(file.plans().get(1).setup());
            comparing.set(true);
            editing.set(Which.A);
            dialogs.info(m.get("planner.file.opened.title"), m.format("planner.file.openedBoth.text", name,
                    text.treatmentName(planA.treatment()), text.treatmentName(planB.treatment())));
        } else {
            editedPlan().load(file.plans().get(0).setup());
            dialogs.info(m.get("planner.file.opened.title"), m.format("planner.file.opened.text", name,
                    editing.get().name()));
        }
    }

    /** The print-out of what the screen shows, or empty while a plan has bad numbers. */
    public Optional<PrintDocument> document() {
        PlanEstimate a = planA.planEstimate();
        PlanEstimate b = comparing.get() ? planB.planEstimate() : null;
        if (a == null || (comparing.get() && b == null)) {
            return Optional.empty();
        }
        Set<String> notes = new LinkedHashSet<>(planA.notesProperty().get());
        if (b != null) {
            notes.addAll(planB.notesProperty().get());
        }
        return Optional.of(report.document(printing.document(text.messages().get("planner.print.title")), a, b, notes));
    }

    public void print() {
        document().ifPresentOrElse(printing::print, this::explainCannotPrint);
    }

    public void exportPdf() {
        document().ifPresentOrElse(d -> printing.exportPdf(d, text.messages().get("planner.print.fileName")),
                this::explainCannotPrint);
    }

    private void explainCannotPrint() {
        dialogs.error(text.messages().get("planner.file.cannotSave.title"),
                text.messages().get("planner.file.cannotSave.text"));
    }

    @Override
    public void reset() {
        comparing.set(false);
        editing.set(Which.A);
        planA.reset();
        planB.reset();
    }
}
