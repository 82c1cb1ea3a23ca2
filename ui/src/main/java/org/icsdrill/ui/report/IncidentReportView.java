package org.icsdrill.ui.report;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.icsdrill.api.IncidentReport;
import org.icsdrill.api.Tlp;
import org.icsdrill.ui.common.Converters;
import org.icsdrill.ui.common.Messages;

/**
 * The incident report screen: on the left what the trainees write and choose, and the approval; on the right
 * what the shared STIX bundle will hold.
 */
public final class IncidentReportView extends HBox {

    public IncidentReportView(IncidentReportViewModel model, Messages messages) {
        super(12);
        setPadding(new Insets(10));
        TextArea what = area("report-what", model.whatHappenedProperty());
        TextArea impact = area("report-impact", model.impactProperty());
        ComboBox<IncidentReport.PhysicalImpact> physical = choice("report-physical",
                IncidentReport.PhysicalImpact.values(), model.physicalProperty(),
                v -> messages.get("report.physical." + v.id()));
        ComboBox<Integer> availability = choice("report-availability",
                IncidentReportViewModel.AVAILABILITY.toArray(Integer[]::new), model.availabilityProperty(),
                v -> v + " %");
        ComboBox<IncidentReport.Determination> determination = choice("report-determination",
                IncidentReport.Determination.values(), model.determinationProperty(),
                v -> messages.get("report.determination." + v.id()));
        ComboBox<Tlp> tlp = choice("report-tlp", Tlp.values(), model.tlpProperty(),
                v -> v.label() + " — " + messages.get("report.tlp." + v.level()));
        Button approve = new Button(messages.get("report.approve"));
        approve.setId("report-approve");
        approve.setOnAction(e -> model.approve());
        Label note = wrapped("report-note", messages.get("report.approvalNote"));
        Label outcome = wrapped("report-outcome", "");
        outcome.textProperty().bind(model.outcomeProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.setPadding(new Insets(8));
        form.getStyleClass().add("faceplate");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE); // labels are never cut short
        form.getColumnConstraints().add(labels);
        form.add(title(messages.get("report.title")), 0, 0, 2, 1);
        String[] names = {"report.what", "report.impact", "report.physical", "report.availability",
            "report.determination", "report.tlp"};
        Node[] fields = {what, impact, physical, availability, determination, tlp};
        for (int i = 0; i < fields.length; i++) {
            form.addRow(1 + i, new Label(messages.get(names[i])), fields[i]);
        }
        form.add(approve, 1, 1 + fields.length);
        VBox left = new VBox(10, form, note, outcome);
        left.setPrefWidth(620);

        ListView<String> summary = new ListView<>(model.summary());
        summary.setId("report-summary");
        VBox.setVgrow(summary, Priority.ALWAYS);
        VBox right = new VBox(6, title(messages.get("report.summary")), summary);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(left, right);
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(4);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(text);
        return area;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, javafx.beans.property.ObjectProperty<T> value,
                                          java.util.function.Function<T, String> shown) {
        ComboBox<T> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(Converters.showing(shown));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static Label wrapped(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("tile-title");
        return label;
    }
}
