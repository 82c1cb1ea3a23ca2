package org.icsdrill.ui.network;

import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Tables;

/** The network monitor's table and its filters; requests from unknown hosts are highlighted. */
public final class NetworkMonitorView extends BorderPane {

    public static final String ID = "network-monitor";

    public NetworkMonitorView(NetworkMonitorViewModel model, Messages messages) {
        TableView<TrafficRow> table = new TableView<>(model.shown());
        table.setId(ID);
        table.setPlaceholder(new Label(messages.get("network.none")));
        table.getColumns().add(Tables.column(messages.get("network.time"), TrafficRow::time, 75));
        table.getColumns().add(Tables.column(messages.get("network.source"), r -> r.item().source(), 150));
        table.getColumns().add(Tables.column(messages.get("network.plant"), r -> r.item().plant(), 80));
        table.getColumns().add(Tables.column(messages.get("network.protocol"), r -> r.item().protocol(), 65));
        table.getColumns().add(Tables.column(messages.get("network.function"), r -> r.item().function(), 210));
        table.getColumns().add(Tables.column(messages.get("network.address"), r -> r.item().address(), 230));
        table.getColumns().add(Tables.column(messages.get("network.values"), r -> r.item().values(), 200));
        table.getColumns().add(Tables.column(messages.get("network.result"), r -> r.item().result(), 120));
        Tables.styleRows(table, "unknown-source", TrafficRow::unknownSource);
        Tables.styleRows(table, "write-request", r -> r.item().write());

        CheckBox writes = new CheckBox(messages.get("network.writesOnly"));
        writes.setId("network-writes-only");
        writes.selectedProperty().bindBidirectional(model.writesOnlyProperty());
        ComboBox<String> source = new ComboBox<>(model.sources());
        source.setId("network-source");
        source.valueProperty().bindBidirectional(model.sourceProperty());
        ComboBox<String> plant = new ComboBox<>(model.plants());
        plant.setId("network-plant");
        plant.valueProperty().bindBidirectional(model.plantProperty());
        Label unknown = new Label();
        unknown.setId("network-unknown");
        unknown.textProperty().bind(model.unknownSourceRequestsProperty().asString(messages.get("network.unknown")));
        HBox filters = new HBox(8, writes, new Label(messages.get("network.source")), source,
                new Label(messages.get("network.plant")), plant, unknown);
        filters.setPadding(new Insets(6));
        filters.getStyleClass().add("toolbar");
        setTop(filters);
        setCenter(table);
    }
}
