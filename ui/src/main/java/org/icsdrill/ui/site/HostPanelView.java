package org.icsdrill.ui.site;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.icsdrill.api.HostState;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Styles;
import org.icsdrill.ui.common.Tables;

/**
 * The host panel beside the zone map: a choice of host (also made by a click on the map), its role,
 * address, zone and state, its accounts, and its event log newest first, a failed event's outcome in
 * the abnormal colour.
 */
final class HostPanelView extends VBox {

    HostPanelView(HostPanelViewModel model, Messages messages) {
        super(6);
        setId("host-panel");
        setPadding(new Insets(8));
        ComboBox<String> host = new ComboBox<>(model.hosts());
        host.setId("host-choice");
        host.setPromptText(messages.get("host.choose"));
        host.valueProperty().bindBidirectional(model.hostProperty());
        Label title = new Label(messages.get("host.title"));
        title.getStyleClass().add("tile-title");
        HBox top = new HBox(8, title, host);

        Label state = value("host-state", model.stateTextProperty());
        model.stateProperty().addListener((o, before, now) -> {
            Styles.toggle(state, Styles.ABNORMAL, now == HostState.COMPROMISED);
            Styles.toggle(state, HostChip.QUARANTINED, now == HostState.QUARANTINED);
        });
        GridPane details = new GridPane();
        details.setHgap(10);
        details.setVgap(2);
        details.getStyleClass().add("faceplate");
        details.setPadding(new Insets(6));
        addRow(details, 0, messages.get("host.role"), value("host-role", model.roleProperty()),
                messages.get("host.zone"), value("host-zone", model.zoneProperty()));
        addRow(details, 1, messages.get("host.address"), value("host-address", model.addressProperty()),
                messages.get("host.state"), state);

        TableView<AccountRow> accounts = new TableView<>(model.accounts());
        accounts.setId("host-accounts");
        accounts.setPlaceholder(new Label(messages.get("host.noAccounts")));
        accounts.getColumns().add(Tables.column(messages.get("host.account"), AccountRow::name, 140));
        accounts.getColumns().add(Tables.column(messages.get("host.kind"), AccountRow::kind, 110));
        accounts.getColumns().add(Tables.column(messages.get("host.accountState"), AccountRow::enabled, 90,
                AccountRow::disabled));
        accounts.getColumns().add(Tables.column(messages.get("host.resets"), r -> String.valueOf(r.resets()), 140));
        accounts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        accounts.setPrefHeight(92);
        accounts.setMinHeight(Region.USE_PREF_SIZE);

        TableView<HostEventRow> events = new TableView<>(model.events());
        events.setId("host-events");
        events.setPlaceholder(new Label(messages.get("host.noEvents")));
        // beside the map the log is narrow: the longer texts wrap in their cells rather than hide to the right
        events.getColumns().addAll(List.of(
                whole(Tables.column(messages.get("host.time"), HostEventRow::time, 64)),
                Tables.wrapping(Tables.column(messages.get("host.action"), HostEventRow::action, 110)),
                whole(Tables.column(messages.get("host.outcome"), HostEventRow::outcome, 70, HostEventRow::failed)),
                Tables.wrapping(whole(Tables.column(messages.get("host.user"), HostEventRow::user, 108))),
                Tables.wrapping(whole(Tables.column(messages.get("host.destination"), HostEventRow::destination, 112))),
                Tables.wrapping(Tables.column(messages.get("host.detail"), HostEventRow::detail, 160))));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(events, Priority.ALWAYS);

        getChildren().addAll(top, details, heading(messages.get("host.accounts")), accounts,
                heading(messages.get("host.events")), events);
    }

    /** A column the table never narrows: a clock, a word, an address that must read whole. */
    private static <T> TableColumn<T, String> whole(TableColumn<T, String> column) {
        column.setMinWidth(column.getPrefWidth());
        return column;
    }

    private static void addRow(GridPane grid, int row, String first, Label firstValue, String second, Label secondValue) {
        grid.addRow(row, new Label(first), firstValue, new Label(second), secondValue);
    }

    private static Label value(String id, ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("value-text");
        label.textProperty().bind(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("site-heading");
        return label;
    }
}
