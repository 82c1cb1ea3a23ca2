package org.icsdrill.ui.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.HostEvent;
import org.icsdrill.api.HostState;
import org.icsdrill.api.SiteView;
import org.icsdrill.ui.common.Messages;

/**
 * The host panel: the chosen host's role, address, zone and state, its accounts, and its event log,
 * newest first, as the server keeps it (the newest events of every host). Used on the UI thread.
 */
public final class HostPanelViewModel {

    private final Messages messages;
    private final ObservableList<String> hosts = FXCollections.observableArrayList();
    private final StringProperty host = new SimpleStringProperty();
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty stateText = new SimpleStringProperty("");
    private final ObjectProperty<HostState> state = new SimpleObjectProperty<>();
    private final ObservableList<AccountRow> accounts = FXCollections.observableArrayList();
    private final ObservableList<HostEventRow> events = FXCollections.observableArrayList();
    private SiteView site = SiteView.NONE;
    private List<HostEvent> logged = List.of();

    HostPanelViewModel(Messages messages) {
        this.messages = messages;
        host.addListener((o, before, now) -> {
            events.clear();
            show();
        });
    }

    void site(SiteView next) {
        site = next;
        List<String> names = next.hosts().stream().map(SiteView.Host::name).toList();
        if (!names.equals(hosts)) {
            hosts.setAll(names);
        }
        show();
    }

    void events(List<HostEvent> next) {
        logged = next;
        showEvents();
    }

    private void show() {
        SiteView.Host h = host.get() == null ? null : site.host(host.get()).orElse(null);
        role.set(h == null ? "" : h.role());
        address.set(h == null ? "" : h.address());
        zone.set(h == null ? "" : h.zone());
        state.set(h == null ? null : h.state());
        stateText.set(h == null ? "" : messages.get("site.state." + h.state().name()));
        List<AccountRow> rows = h == null ? List.of() : h.accounts().stream().map(a -> AccountRow.of(a, messages)).toList();
        if (!rows.equals(accounts)) {
            accounts.setAll(rows);
        }
        showEvents();
    }

    /** Newest first; new events go on top and those the server no longer keeps go, so a chosen row stays chosen. */
    private void showEvents() {
        List<HostEventRow> rows = new ArrayList<>();
        for (int i = logged.size() - 1; i >= 0; i--) {
            if (logged.get(i).host().equals(host.get())) {
                rows.add(HostEventRow.of(logged.get(i), messages));
            }
        }
        Set<Long> kept = rows.stream().map(HostEventRow::seq).collect(Collectors.toSet());
        events.removeIf(r -> !kept.contains(r.seq()));
        long newestShown = events.isEmpty() ? 0 : events.get(0).seq();
        events.addAll(0, rows.stream().filter(r -> r.seq() > newestShown).toList());
    }

    /** Every host of the site, by name, in the order the site declares them. */
    public ObservableList<String> hosts() {
        return hosts;
    }

    /** The host shown, by name; null for none. */
    public StringProperty hostProperty() {
        return host;
    }

    public ReadOnlyStringProperty roleProperty() {
        return role;
    }

    public ReadOnlyStringProperty addressProperty() {
        return address;
    }

    public ReadOnlyStringProperty zoneProperty() {
        return zone;
    }

    /** The host's state in words: the map's mark said. */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }

    /** The host's state; null with no host shown. */
    public ReadOnlyObjectProperty<HostState> stateProperty() {
        return state;
    }

    public ObservableList<AccountRow> accounts() {
        return accounts;
    }

    /** The host's events, newest first. */
    public ObservableList<HostEventRow> events() {
        return events;
    }

    /** Whether a host of the site is shown. */
    public boolean showing() {
        return host.get() != null && site.host(host.get()).isPresent();
    }
}
