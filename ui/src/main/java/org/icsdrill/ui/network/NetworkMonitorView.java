package org.icsdrill.ui.network;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.api.TrafficKind;
import org.icsdrill.ui.common.Converters;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;
import org.icsdrill.ui.common.Tables;

/**
 * The network monitor: the filters and the row actions above, the per-host summary and the requests
 * in a split, the older-page button and what the server keeps below. Unknown hosts and their
 * requests stand out; refused and dropped requests say so in the abnormal colour.
 */
public final class NetworkMonitorView extends BorderPane {

    public static final String ID = "network-monitor";

    /** @param showDeclaration brings the response screen forward after "Declare" filled it in */
    public NetworkMonitorView(NetworkMonitorViewModel model, Messages messages, Runnable showDeclaration) {
        TableView<TrafficRow> table = requests(model, messages);
        ComboBox<String> source = choice("network-source", model.sources(), model.sourceProperty(), messages);
        ComboBox<TrafficKind> kind = new ComboBox<>(model.kinds());
        kind.setId("network-kind");
        kind.setConverter(Converters.showing(k -> messages.get("network.kind." + k.name())));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        ComboBox<String> plant = choice("network-plant", model.plants(), model.plantProperty(), messages);
        ComboBox<String> zone = choice("network-zone", model.zones(), model.zoneProperty(), messages);
        Label zoneLabel = new Label(messages.get("network.zone"));
        for (Node node : List.of(zone, zoneLabel)) {
            node.visibleProperty().bind(model.onSiteProperty()); // no zones to choose without a site
            node.managedProperty().bind(model.onSiteProperty());
        }
        Button isolate = new Button(messages.get("network.isolate"));
        isolate.setId("network-isolate");
        isolate.setOnAction(e -> model.isolate(table.getSelectionModel().getSelectedItem()));
        Button declare = new Button(messages.get("network.declare"));
        declare.setId("network-declare");
        declare.setOnAction(e -> {
            TrafficRow row = table.getSelectionModel().getSelectedItem();
            model.declare(row);
            if (row != null) {
                showDeclaration.run();
            }
        });
        isolate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        declare.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label answer = new Label();
        answer.setId("network-answer");
        answer.textProperty().bind(model.answer().textProperty());
        model.answer().refusedProperty().addListener((o, a, refused) -> Styles.toggle(answer, Styles.ABNORMAL, refused));
        HBox filters = bar(new Label(messages.get("network.source")), source, new Label(messages.get("network.kind")),
                kind, new Label(messages.get("network.plant")), plant, zoneLabel, zone, isolate, declare, answer);

        TableView<?> hosts = HostSummaryTable.of(model, messages);
        SplitPane split = new SplitPane(hosts, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.26);

        Button older = new Button(messages.get("network.older"));
        older.setId("network-older");
        older.setOnAction(e -> model.older());
        older.disableProperty().bind(Bindings.or(model.olderAvailableProperty().not(), model.busyProperty()));
        Label unknown = new Label();
        unknown.setId("network-unknown");
        unknown.textProperty().bind(model.unknownHostsProperty());
        Label status = new Label();
        status.setId("network-status");
        status.textProperty().bind(model.statusProperty());
        setTop(filters);
        setCenter(split);
        setBottom(bar(older, unknown, status));
    }

    private static TableView<TrafficRow> requests(NetworkMonitorViewModel model, Messages messages) {
        TableView<TrafficRow> table = new TableView<>(model.shown());
        table.setId(ID);
        table.setPlaceholder(new Label(messages.get("network.none")));
        table.getColumns().add(Tables.column(messages.get("network.time"), TrafficRow::time, 82));
        table.getColumns().add(Tables.column(messages.get("network.source"), r -> r.item().source(), 140));
        table.getColumns().add(Tables.column(messages.get("network.plant"), r -> r.item().plant(), 75));
        table.getColumns().add(Tables.column(messages.get("network.protocol"), r -> r.item().protocol(), 75));
        table.getColumns().add(Tables.column(messages.get("network.function"), r -> r.item().function(), 180));
        table.getColumns().add(Tables.column(messages.get("network.address"), r -> r.item().address(), 200));
        table.getColumns().add(Tables.column(messages.get("network.values"), r -> r.item().values(), 160));
        table.getColumns().add(Tables.column(messages.get("network.outcome"),
                r -> messages.get("network.outcome." + r.item().outcome().name()), 90,
                r -> r.item().outcome() != TrafficOutcome.ANSWERED));
        table.getColumns().add(Tables.column(messages.get("network.result"), r -> r.item().result(), 230));
        Tables.styleRows(table, "unknown-source", TrafficRow::flagged);
        Tables.styleRows(table, "write-request", r -> r.item().write());
        return table;
    }

    /** A filter of host or plant names, where the empty choice reads "all". */
    private static ComboBox<String> choice(String id, javafx.collections.ObservableList<String> values,
                                           javafx.beans.property.StringProperty value, Messages messages) {
        ComboBox<String> box = new ComboBox<>(values);
        box.setId(id);
        box.setConverter(Converters.showing(v -> v.isEmpty() ? messages.get("network.any") : v));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static HBox bar(javafx.scene.Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        bar.getStyleClass().add("toolbar");
        return bar;
    }
}
