package org.icsdrill.ui.network;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.HostSummary;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.common.Tables;

/**
 * The network monitor's summary per source host since the start of the run; an unknown host's row
 * in the abnormal colour. Choosing a row filters the requests to that host.
 */
final class HostSummaryTable {

    static final String ID = "network-hosts";

    private HostSummaryTable() {
    }

    static TableView<HostSummary> of(NetworkMonitorViewModel model, Messages messages) {
        TableView<HostSummary> hosts = new TableView<>(model.hosts());
        hosts.setId(ID);
        hosts.setPlaceholder(new Label(messages.get("network.none")));
        column(hosts, messages.get("network.hosts.host"), HostSummary::host, 130);
        column(hosts, messages.get("network.hosts.known"),
                h -> messages.get(h.known() ? "network.hosts.knownYes" : "network.hosts.knownNo"), 95);
        column(hosts, messages.get("network.hosts.requests"), h -> String.valueOf(h.requests()), 90);
        column(hosts, messages.get("network.hosts.writes"), h -> String.valueOf(h.writes()), 80);
        column(hosts, messages.get("network.hosts.refused"), h -> String.valueOf(h.refused()), 80);
        column(hosts, messages.get("network.hosts.dropped"), h -> String.valueOf(h.dropped()), 80);
        column(hosts, messages.get("network.hosts.first"), h -> DurationText.clock(h.firstSeen()), 90);
        column(hosts, messages.get("network.hosts.last"), h -> DurationText.clock(h.lastSeen()), 90);
        column(hosts, messages.get("network.hosts.plants"), h -> String.join(", ", h.plants()), 200);
        column(hosts, messages.get("network.hosts.kept"), h -> String.valueOf(h.kept()), 80);
        Tables.styleRows(hosts, "unknown-source", h -> !h.known());
        // on a click, not on a change of selection: the rows are replaced as their counts move
        hosts.setOnMouseClicked(e -> {
            HostSummary host = hosts.getSelectionModel().getSelectedItem();
            if (host != null) {
                model.sourceProperty().set(host.host());
            }
        });
        return hosts;
    }

    private static void column(TableView<HostSummary> table, String title, Function<HostSummary, String> text,
                               double width) {
        table.getColumns().add(Tables.column(title, text, width));
    }
}
