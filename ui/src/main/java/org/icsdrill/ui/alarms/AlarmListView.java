package org.icsdrill.ui.alarms;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.icsdrill.core.tag.AlarmPriority;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Tables;

/**
 * The alarm list: priority, time, tag, message, value and limit, state, who acknowledged or shelved it; acknowledge the selected alarm (F9) or all
 * shown (Shift+F9), shelve the selected one for some minutes with a reason. Unacknowledged alarms
 * are highlighted, urgent and high ones more strongly (ISA-101: colour only for what needs attention).
 */
public final class AlarmListView extends BorderPane {

    public static final String ID = "alarm-list";

    private final AlarmListViewModel model;
    private final TableView<AlarmRow> table = new TableView<>();

    public AlarmListView(AlarmListViewModel model, Messages messages) {
        this.model = model;
        getStyleClass().add("alarm-list");
        table.setId(ID);
        table.setItems(model.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(messages.get("alarms.none")));
        // widths for 1280 px: every title whole, the longest tag (NET.UNKNOWN_SOURCE) and state too
        table.getColumns().add(Tables.column(messages.get("alarms.priority"), AlarmRow::priority, 70));
        table.getColumns().add(Tables.column(messages.get("alarms.time"), AlarmRow::time, 80));
        table.getColumns().add(Tables.column(messages.get("alarms.tag"), AlarmRow::tagId, 265));
        table.getColumns().add(Tables.column(messages.get("alarms.message"), AlarmRow::message, 245));
        table.getColumns().add(Tables.column(messages.get("alarms.value"), AlarmRow::value, 95));
        table.getColumns().add(Tables.column(messages.get("alarms.limit"), AlarmRow::limit, 80));
        table.getColumns().add(Tables.column(messages.get("alarms.state"), AlarmRow::state, 215));
        table.getColumns().add(Tables.column(messages.get("alarms.handledBy"), AlarmRow::handledBy, 195));
        keepSelectionOnTheSameAlarm();
        Tables.styleRows(table, "alarm-unacknowledged", AlarmRow::needsAcknowledge);
        for (AlarmPriority priority : AlarmPriority.values()) {
            // ISA-101: each priority has its own colour, shown only while the alarm is active
            Tables.styleRows(table, "alarm-" + priority.name().toLowerCase(java.util.Locale.ROOT),
                    r -> r.alarm().active() && !r.alarm().shelved() && r.alarm().priority() == priority);
        }
        Tables.styleRows(table, "alarm-shelved", r -> r.alarm().shelved());

        Button acknowledge = new Button(messages.get("alarms.acknowledge"));
        acknowledge.setId("alarm-acknowledge");
        acknowledge.setOnAction(e -> acknowledgeSelected());
        Button acknowledgeAll = new Button(messages.get("alarms.acknowledgeAll"));
        acknowledgeAll.setId("alarm-acknowledge-all");
        acknowledgeAll.setOnAction(e -> model.acknowledgeAll());
        Spinner<Integer> minutes = new Spinner<>(1, 60, 15, 5);
        minutes.setPrefWidth(80);
        minutes.setEditable(true);
        TextField reason = new TextField();
        reason.setId("alarm-shelve-reason");
        reason.setPromptText(messages.get("alarms.shelveReason"));
        Button shelve = new Button(messages.get("alarms.shelve"));
        shelve.setId("alarm-shelve");
        shelve.setOnAction(e -> model.shelve(table.getSelectionModel().getSelectedItem(), minutes.getValue(),
                reason.getText()));
        CheckBox showShelved = new CheckBox(messages.get("alarms.showShelved"));
        showShelved.selectedProperty().bindBidirectional(model.showShelvedProperty());
        HBox actions = new HBox(8, acknowledge, acknowledgeAll, new Label(messages.get("alarms.shelveFor")), minutes,
                new Label(messages.get("alarms.minutes")), reason, shelve, showShelved);
        actions.setPadding(new Insets(6));
        actions.getStyleClass().add("toolbar");
        setCenter(table);
        setBottom(actions);
    }

    /** The operator's pick goes to the model, which puts it back on the same alarm after each re-sort. */
    private void keepSelectionOnTheSameAlarm() {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> model.select(row));
        model.selectedProperty().addListener((o, was, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
    }

    /** Acknowledges the selected alarm, or the first unacknowledged one when none is selected. */
    public void acknowledgeSelected() {
        AlarmRow selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            selected = model.rows().stream().filter(AlarmRow::needsAcknowledge).findFirst().orElse(null);
        }
        model.acknowledge(selected);
    }

    public void acknowledgeAll() {
        model.acknowledgeAll();
    }
}
