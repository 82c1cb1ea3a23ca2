package org.icsdrill.ui.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows a network monitor shows, newest first, each request once, at most {@code capacity}.
 * Rows are inserted in place rather than the list replaced, so the row an operator selected stays
 * selected while new requests arrive above it. Used on the UI thread.
 */
final class TrafficRows {

    private static final Comparator<TrafficRow> NEWEST_FIRST = Comparator.comparingLong(TrafficRow::seq).reversed();

    private final ObservableList<TrafficRow> rows = FXCollections.observableArrayList();
    private final Set<Long> shown = new HashSet<>();
    private final int normalCapacity;
    private int capacity;

    TrafficRows(int capacity) {
        this.normalCapacity = capacity;
        this.capacity = capacity;
    }

    ObservableList<TrafficRow> list() {
        return rows;
    }

    /** Adds the rows not shown yet, each in its place. */
    void add(List<TrafficRow> fresh) {
        List<TrafficRow> sorted = new ArrayList<>();
        for (TrafficRow row : fresh) {
            if (shown.add(row.seq())) {
                sorted.add(row);
            }
        }
        if (sorted.isEmpty()) {
            return;
        }
        sorted.sort(NEWEST_FIRST);
        if (rows.isEmpty() || sorted.get(sorted.size() - 1).seq() > rows.get(0).seq()) {
            rows.addAll(0, sorted); // the usual case, live requests: one change, one layout
        } else if (sorted.get(0).seq() < rows.get(rows.size() - 1).seq()) {
            rows.addAll(sorted); // an older page
        } else {
            for (TrafficRow row : sorted) {
                int at = -java.util.Collections.binarySearch(rows, row, NEWEST_FIRST) - 1;
                rows.add(at, row);
            }
        }
    }

    /** Keeps every row shown now, beyond the capacity if need be: the operator paged them in. */
    void keepAll() {
        capacity = Math.max(capacity, rows.size());
    }

    /** Drops the oldest rows beyond the capacity; returns the number of the oldest row left, or -1 if none went. */
    long trim() {
        if (rows.size() <= capacity) {
            return -1;
        }
        List<TrafficRow> gone = rows.subList(capacity, rows.size());
        gone.forEach(r -> shown.remove(r.seq()));
        gone.clear();
        return rows.get(rows.size() - 1).seq();
    }

    void clear() {
        rows.clear();
        shown.clear();
        capacity = normalCapacity;
    }
}
