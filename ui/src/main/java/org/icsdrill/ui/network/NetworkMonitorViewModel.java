package org.icsdrill.ui.network;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.HostSummary;
import org.icsdrill.api.NetworkSummary;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.SiteView;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.api.TrafficKind;
import org.icsdrill.api.TrafficPage;
import org.icsdrill.api.TrafficQuery;
import org.icsdrill.ui.common.Messages;
import org.icsdrill.ui.exercise.CallAnswer;
import org.icsdrill.ui.exercise.ConsoleSession;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;

/**
 * The network monitor: a summary per source host since the start of the run (unknown hosts
 * marked), and the requests that pass the filters (host, kind, plant, and on a site the zone they
 * come from or go to, {@link RequestZones}), newest first. Requests come
 * live from the Traffic window and, for what the server keeps for the whole run (writes, unknown
 * hosts, refused, dropped), page by page from the server, so that the attacker's requests are found
 * at any time, however long ago. A row can be isolated (its host, at every endpoint) or declared
 * (the response screen's declaration, filled in with its plant and host).
 */
public final class NetworkMonitorViewModel implements ExerciseSubscriber {

    /** Live requests remembered for the filters: the newest minutes of routine polling. */
    public static final int CAPACITY = 2000;
    /** Rows shown at the most; older ones are paged in again from the server. */
    public static final int MAX_ROWS = 5000;

    /** In the host and plant filters: every host, every plant. */
    public static final String ANY = "";

    private final ConsoleSession session;
    private final Messages messages;
    private final BiConsumer<String, String> declare;
    private final TrafficRows rows = new TrafficRows(MAX_ROWS);
    private final KeptPages pages;
    private final ArrayDeque<TrafficItem> live = new ArrayDeque<>(CAPACITY);
    private final ObservableList<HostSummary> hosts = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> plants = FXCollections.observableArrayList(ANY);
    private final ObservableList<TrafficKind> kinds = FXCollections.observableArrayList(TrafficKind.values());
    private final StringProperty source = new SimpleStringProperty(ANY);
    private final StringProperty plant = new SimpleStringProperty(ANY);
    private final ObservableList<String> zones = FXCollections.observableArrayList(ANY);
    private final StringProperty zone = new SimpleStringProperty(ANY);
    private final BooleanProperty onSite = new SimpleBooleanProperty();
    private SiteView site = SiteView.NONE;
    private final ObjectProperty<TrafficKind> kind = new SimpleObjectProperty<>(TrafficKind.ALL);
    private final LongProperty unknownSourceRequests = new SimpleLongProperty();
    private final StringProperty unknownHosts = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final CallAnswer answer;
    private NetworkSummary summary = NetworkSummary.EMPTY;
    private long lastSeq;

    /**
     * @param server  asks the server for a page of kept requests (answered off the UI thread)
     * @param declare fills in the response screen's declaration with a plant and a host
     */
    public NetworkMonitorViewModel(ConsoleSession session, Messages messages, Executor ui,
                                   Function<TrafficQuery, CompletableFuture<TrafficPage>> server,
                                   BiConsumer<String, String> declare) {
        this.session = session;
        this.messages = messages;
        this.declare = declare;
        this.answer = new CallAnswer(messages);
        this.pages = new KeptPages(server, ui, this::paged);
        source.addListener(o -> refilter());
        plant.addListener(o -> refilter());
        zone.addListener(o -> refilter());
        kind.addListener(o -> refilter());
        pages.failureProperty().addListener(o -> showStatus());
        refilter();
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.state().ifPresent(s -> s.plants().forEach(p -> addChoice(plants, p)));
        update.traffic().ifPresent(this::live);
        update.hosts().ifPresent(this::summary);
        update.site().ifPresent(this::site);
    }

    /** The zones to filter by; the zone filter is taken off when the run has no site. */
    private void site(SiteView next) {
        site = next;
        next.zones().forEach(z -> addChoice(zones, z.name()));
        onSite.set(next.exists());
        if (!next.exists() && !nonNull(zone.get()).isEmpty()) {
            zone.set(ANY);
        }
    }

    private void live(List<TrafficItem> window) {
        if (!window.isEmpty() && window.get(window.size() - 1).seq() < lastSeq) {
            restarted(); // numbers went back: another run of the server, after a reconnect
        }
        List<TrafficItem> fresh = window.stream().filter(t -> t.seq() > lastSeq).toList();
        if (fresh.isEmpty()) {
            return;
        }
        lastSeq = fresh.get(fresh.size() - 1).seq();
        for (TrafficItem item : fresh) {
            if (live.size() == CAPACITY) {
                live.removeFirst();
            }
            live.addLast(item);
        }
        show(fresh);
    }

    private void summary(NetworkSummary next) {
        if (next.lastSeq() < summary.lastSeq()) {
            restarted();
        }
        summary = next;
        List<HostSummary> list = next.hosts();
        if (hosts.size() > list.size()) {
            hosts.remove(list.size(), hosts.size());
        }
        for (int i = 0; i < list.size(); i++) {
            // in place, so a selected host row stays selected as its counts move
            if (i >= hosts.size()) {
                hosts.add(list.get(i));
                addChoice(sources, list.get(i).host());
            } else if (!hosts.get(i).equals(list.get(i))) {
                hosts.set(i, list.get(i));
            }
        }
        List<HostSummary> unknown = list.stream().filter(h -> !h.known()).toList();
        unknownSourceRequests.set(unknown.stream().mapToLong(HostSummary::requests).sum());
        unknownHosts.set(messages.get("network.unknownHosts", unknown.size(), unknownSourceRequests.get()));
        showStatus();
        pages.serverKeeps(next.keptLastSeq());
    }

    /** Forgets what an earlier run of the server numbered: its numbers mean nothing to this one. */
    private void restarted() {
        lastSeq = 0;
        live.clear();
        summary = NetworkSummary.EMPTY;
        refilter();
    }

    private void refilter() {
        rows.clear();
        show(List.copyOf(live));
        pages.restart(nonNull(source.get()), kind.get(), nonNull(plant.get()));
    }

    /** A page from the server: its requests join the live ones that pass the filters. */
    private void paged(List<TrafficItem> items, KeptPages.Placement placement) {
        if (placement == KeptPages.Placement.REPLACE) {
            rows.clear();
            show(List.copyOf(live));
        }
        if (placement == KeptPages.Placement.OLDER) {
            rows.add(rows(items));
            rows.keepAll();
            showStatus();
        } else {
            show(items);
        }
    }

    /** Adds newer requests; the oldest rows beyond the bound go (the server still has the kept ones). */
    private void show(List<TrafficItem> items) {
        rows.add(rows(items));
        long oldestLeft = rows.trim();
        if (oldestLeft >= 0) {
            pages.trimmedTo(oldestLeft);
        }
        showStatus();
    }

    private List<TrafficRow> rows(List<TrafficItem> items) {
        TrafficQuery filter = filter();
        String inZone = nonNull(zone.get());
        // the server filters pages by host, kind and plant only: the zone is kept here, on both
        return items.stream().filter(filter::matches)
                .filter(t -> inZone.isEmpty() || RequestZones.touches(site, t, inZone)).map(TrafficRow::of).toList();
    }

    private TrafficQuery filter() {
        return TrafficQuery.newest(nonNull(source.get()), kind.get(), nonNull(plant.get()), KeptPages.PAGE);
    }

    private void showStatus() {
        String failure = pages.failureProperty().get();
        status.set(!failure.isEmpty() ? messages.get("network.pageFailed", failure)
                : summary.evicted() > 0 ? messages.get("network.statusEvicted", rows.list().size(), summary.kept(),
                        summary.evicted(), summary.capacity())
                : messages.get("network.status", rows.list().size(), summary.kept()));
    }

    /** Loads the next page of older requests from the server. */
    public void older() {
        pages.older();
    }

    /** Isolates the row's source host at every endpoint, as the logged-in user (operator role on the server). */
    public void isolate(TrafficRow row) {
        if (row == null) {
            answer.refuse(messages.get("network.selectRow"));
            return;
        }
        session.call(ExerciseAddress.RESPOND, answer::show, ResponseAction.ISOLATE_HOST.name().toLowerCase(Locale.ROOT),
                "", row.item().sourceHost());
    }

    /** Starts a declaration on the response screen with the row's plant and source host. */
    public void declare(TrafficRow row) {
        if (row == null) {
            answer.refuse(messages.get("network.selectRow"));
            return;
        }
        declare.accept(row.item().plant(), row.item().sourceHost());
    }

    private static void addChoice(ObservableList<String> choices, String value) {
        if (value != null && !value.isEmpty() && !choices.contains(value)) {
            choices.add(value);
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    /** The requests that pass the filters, newest first. */
    public ObservableList<TrafficRow> shown() {
        return rows.list();
    }

    /** Every source host since the start of the run, in the order first seen. */
    public ObservableList<HostSummary> hosts() {
        return hosts;
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public ObservableList<String> plants() {
        return plants;
    }

    public ObservableList<TrafficKind> kinds() {
        return kinds;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty plantProperty() {
        return plant;
    }

    /** Every zone of the run's site, after "all". */
    public ObservableList<String> zones() {
        return zones;
    }

    /** Keeps the requests from or to this zone; {@link #ANY} for all. */
    public StringProperty zoneProperty() {
        return zone;
    }

    /** Whether the run has a site: without one there are no zones to filter by. */
    public ReadOnlyBooleanProperty onSiteProperty() {
        return onSite;
    }

    public ObjectProperty<TrafficKind> kindProperty() {
        return kind;
    }

    /** Requests from hosts that do not belong on the network, since the start of the run. */
    public ReadOnlyLongProperty unknownSourceRequestsProperty() {
        return unknownSourceRequests;
    }

    /** How many unknown hosts and their requests, as a sentence. */
    public ReadOnlyStringProperty unknownHostsProperty() {
        return unknownHosts;
    }

    /** How many rows are shown and what the server keeps, or why a page could not be had. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty olderAvailableProperty() {
        return pages.olderAvailableProperty();
    }

    /** A page is being asked for: the older button waits. */
    public ReadOnlyBooleanProperty busyProperty() {
        return pages.busyProperty();
    }

    /** The server's answer to this screen's last isolation. */
    public CallAnswer answer() {
        return answer;
    }
}
