package org.icsdrill.ui.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.icsdrill.api.DurationText;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.ui.exercise.ExerciseSubscriber;
import org.icsdrill.ui.exercise.ExerciseUpdate;

/**
 * The network monitor: the requests the plants' endpoints served (the transaction journal), newest
 * first, filtered by writes only, source host and plant, with sources that do not belong on the
 * network flagged. The server sends a numbered window several times a second; each request is
 * kept once. The console keeps the newest {@link #CAPACITY}.
 */
public final class NetworkMonitorViewModel implements ExerciseSubscriber {

    /** Rows kept on screen: minutes of a drill's traffic; the journal file keeps everything. */
    public static final int CAPACITY = 2000;

    /** In the source filter: every host. */
    public static final String ANY = "";

    private final ObservableList<TrafficRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TrafficRow> shown = new FilteredList<>(rows);
    private final ObservableList<String> sources = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> plants = FXCollections.observableArrayList(ANY);
    private final BooleanProperty writesOnly = new SimpleBooleanProperty();
    private final StringProperty source = new SimpleStringProperty(ANY);
    private final StringProperty plant = new SimpleStringProperty(ANY);
    private final LongProperty unknownSourceRequests = new SimpleLongProperty();
    private Set<String> knownHosts = Set.of();
    private long lastSeq;

    public NetworkMonitorViewModel() {
        writesOnly.addListener(o -> refilter());
        source.addListener(o -> refilter());
        plant.addListener(o -> refilter());
    }

    @Override
    public void apply(ExerciseUpdate update) {
        update.state().ifPresent(s -> knownHosts = Set.copyOf(s.knownHosts()));
        update.traffic().ifPresent(this::add);
    }

    private void add(List<TrafficItem> window) {
        List<TrafficRow> fresh = window.stream().filter(t -> t.seq() > lastSeq)
                .map(t -> new TrafficRow(t, DurationText.clock(t.plantTime()),
                        !knownHosts.isEmpty() && !knownHosts.contains(t.sourceHost())))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        lastSeq = fresh.get(fresh.size() - 1).item().seq();
        List<TrafficRow> newestFirst = new ArrayList<>(fresh);
        Collections.reverse(newestFirst);
        // one change to the list per batch, not one per request: the table lays out once
        rows.addAll(0, newestFirst.subList(0, Math.min(newestFirst.size(), CAPACITY)));
        if (rows.size() > CAPACITY) {
            rows.remove(CAPACITY, rows.size());
        }
        for (TrafficRow row : fresh) {
            addChoice(sources, row.item().sourceHost());
            addChoice(plants, row.item().plant());
        }
        unknownSourceRequests.set(unknownSourceRequests.get() + fresh.stream().filter(TrafficRow::unknownSource).count());
    }

    private static void addChoice(ObservableList<String> choices, String value) {
        if (value != null && !value.isEmpty() && !choices.contains(value)) {
            choices.add(value);
        }
    }

    private void refilter() {
        shown.setPredicate(r -> (!writesOnly.get() || r.item().write())
                && (source.get() == null || source.get().isEmpty() || source.get().equals(r.item().sourceHost()))
                && (plant.get() == null || plant.get().isEmpty() || plant.get().equals(r.item().plant())));
    }

    /** The requests that pass the filters, newest first. */
    public ObservableList<TrafficRow> shown() {
        return shown;
    }

    public ObservableList<String> sources() {
        return sources;
    }

    public ObservableList<String> plants() {
        return plants;
    }

    public BooleanProperty writesOnlyProperty() {
        return writesOnly;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty plantProperty() {
        return plant;
    }

    /** Requests seen from hosts that do not belong on the network, since the console started. */
    public ReadOnlyLongProperty unknownSourceRequestsProperty() {
        return unknownSourceRequests;
    }
}
