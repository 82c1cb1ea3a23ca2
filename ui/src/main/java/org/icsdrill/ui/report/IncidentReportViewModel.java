package org.icsdrill.ui.report;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.Technique;
import org.icsdrill.api.Tlp;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;
import org.icsdrill.ui.opcua.CallOutcome;

/**
 * The trainees' incident report, as they would send it to their ISAC: what happened and its impact in their
 * words, the physical and availability impact, their determination and the TLP marking; beside it what the
 * shared bundle will hold ({@link IncidentPreview}); approved for sharing as the logged-in user, in the
 * console's language (J-CSIP shares only with the submitter's approval). The record keeps each approval.
 */
public final class IncidentReportViewModel implements ExerciseSubscriber {

    /** The availability lost, in steps a trainee can judge. */
    public static final List<Integer> AVAILABILITY = List.of(0, 25, 50, 75, 100);

    private final ConsoleSession session;
    private final Messages messages;
    private final StringProperty whatHappened = new SimpleStringProperty("");
    private final StringProperty impact = new SimpleStringProperty("");
    private final ObjectProperty<IncidentReport.Determination> determination =
            new SimpleObjectProperty<>(IncidentReport.Determination.SUSPECTED);
    private final ObjectProperty<Tlp> tlp = new SimpleObjectProperty<>(Tlp.AMBER);
    private final ObjectProperty<IncidentReport.PhysicalImpact> physical =
            new SimpleObjectProperty<>(IncidentReport.PhysicalImpact.NONE);
    private final ObjectProperty<Integer> availability = new SimpleObjectProperty<>(0);
    private final ObservableList<String> summary = FXCollections.observableArrayList();
    private final StringProperty outcome = new SimpleStringProperty("");
    private IncidentPreview preview = IncidentPreview.of(List.of());

    public IncidentReportViewModel(ConsoleSession session, Messages messages) {
        this.session = session;
        this.messages = messages;
        tlp.addListener(o -> showSummary());
        determination.addListener(o -> showSummary());
        showSummary();
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.actions().ifPresent(entries -> {
            preview = IncidentPreview.of(entries);
            showSummary();
        });
    }

    private void showSummary() {
        String none = messages.get("report.none");
        summary.setAll(
                messages.get("report.summary.marking", tlp.get() == null ? none : tlp.get().label(),
                        determination.get() == null ? none : messages.get("report.determination."
                                + determination.get().id()) + " (" + determination.get().id() + ")"),
                messages.get("report.summary.techniques", preview.techniques().isEmpty() ? none
                        : String.join(", ", preview.techniques().stream().map(Technique::toString).toList())),
                messages.get("report.summary.sightings", preview.sightings()),
                messages.get("report.summary.indicators", preview.addresses().isEmpty() ? none
                        : String.join(", ", preview.addresses())),
                messages.get("report.summary.actions", preview.responses()),
                messages.get("report.summary.infrastructure", preview.infrastructure().isEmpty() ? none
                        : String.join(", ", preview.infrastructure())),
                messages.get("report.summary.noTruth"));
    }

    /** Approves the report for sharing: the server checks it and the record keeps it. */
    public void approve() {
        session.call(ExerciseAddress.APPROVE_INCIDENT_REPORT, this::show, whatHappened.get(), impact.get(),
                determination.get() == null ? "" : determination.get().id(), tlp.get() == null ? "" : tlp.get().level(),
                physical.get() == null ? "" : physical.get().id(), availability.get() == null ? 0 : availability.get(),
                messages.locale().getLanguage());
    }

    private void show(CallOutcome answer) {
        outcome.set(messages.get(answer.accepted() ? "response.done" : "response.refused",
                answer.accepted() ? answer.message() : messages.status(answer.message())));
    }

    public StringProperty whatHappenedProperty() {
        return whatHappened;
    }

    public StringProperty impactProperty() {
        return impact;
    }

    public ObjectProperty<IncidentReport.Determination> determinationProperty() {
        return determination;
    }

    public ObjectProperty<Tlp> tlpProperty() {
        return tlp;
    }

    public ObjectProperty<IncidentReport.PhysicalImpact> physicalProperty() {
        return physical;
    }

    public ObjectProperty<Integer> availabilityProperty() {
        return availability;
    }

    /** What the shared bundle will hold, a line per kind of object. */
    public ObservableList<String> summary() {
        return summary;
    }

    /** The server's answer to the last approval. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }
}
