package org.icsdrill.ui.network;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.api.TrafficKind;
import org.icsdrill.api.TrafficPage;
import org.icsdrill.api.TrafficQuery;

/**
 * Follows the server's kept requests for one filter, so that the rows shown hold every kept request
 * from the oldest page loaded up to the newest, with no gap: the newest page first, then, each time
 * the server says it keeps newer ones, the pages after the last one seen, and older pages on demand.
 * When more arrived than one page since the last look (a flood), it starts again from the newest
 * page: what lies between is still found by paging older. One call at a time, on the UI thread;
 * answers to a filter no longer shown are dropped.
 */
final class KeptPages {

    /** Requests asked for per call: a screenful or two, a few tens of kilobytes of JSON. */
    static final int PAGE = 200;

    /** Where a page goes among the rows shown. */
    enum Placement {
        /** The newest page of a fresh start: instead of the rows. */
        REPLACE,
        /** Newer than those shown: they may push the oldest rows out. */
        NEWER,
        /** Asked for by the operator: kept until the filter changes. */
        OLDER
    }

    /** Where a page's requests go. */
    interface Sink {
        void add(List<TrafficItem> items, Placement placement);
    }

    private final Function<TrafficQuery, CompletableFuture<TrafficPage>> server;
    private final Executor ui;
    private final Sink sink;
    private final BooleanProperty olderAvailable = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty("");
    private TrafficQuery filter;
    private long generation;
    /** Every kept request up to this number has been asked for; -1 before the first page. */
    private long syncedTo = -1;
    /** Every kept request from this number on is loaded; 0 when none older is left to ask for. */
    private long olderFrom;
    /** The newest kept request the server has told of. */
    private long wanted;
    /** The server has told of its kept requests: it can be asked (a bare plant server never does). */
    private boolean started;

    KeptPages(Function<TrafficQuery, CompletableFuture<TrafficPage>> server, Executor ui, Sink sink) {
        this.server = server;
        this.ui = ui;
        this.sink = sink;
    }

    /** Shows another filter: its newest page replaces the rows. */
    void restart(String host, TrafficKind kind, String plant) {
        filter = TrafficQuery.newest(host, kind, plant, PAGE);
        generation++;
        syncedTo = -1;
        olderFrom = 0;
        wanted = 0;
        olderAvailable.set(false);
        if (started && !busy.get()) {
            newest(); // else when the call that is out comes back, or when the server first speaks
        }
    }

    /** The server keeps requests up to {@code keptLastSeq}: fetch what this filter has not seen. */
    void serverKeeps(long keptLastSeq) {
        started = true;
        wanted = Math.max(wanted, keptLastSeq);
        catchUp();
    }

    /** The next page of older requests, below the oldest loaded. */
    void older() {
        if (busy.get() || !olderAvailable.get() || olderFrom <= 0) {
            return;
        }
        ask(filter.from(olderFrom, false), page -> {
            sink.add(page.items(), Placement.OLDER);
            olderFrom = page.items().isEmpty() ? 0 : last(page.items()).seq();
            olderAvailable.set(page.more());
        });
    }

    /** The rows were cut below {@code oldestShown}: older pages start there again. */
    void trimmedTo(long oldestShown) {
        olderFrom = Math.max(olderFrom, oldestShown);
        olderAvailable.set(true);
    }

    private void newest() {
        ask(filter, page -> {
            sink.add(page.items(), Placement.REPLACE);
            syncedTo = page.throughSeq();
            olderFrom = page.items().isEmpty() ? 0 : last(page.items()).seq();
            olderAvailable.set(page.more());
        });
    }

    private void catchUp() {
        if (busy.get() || filter == null) {
            return;
        }
        if (syncedTo < 0) {
            newest(); // the first page failed: try again now that the server has spoken
            return;
        }
        if (wanted <= syncedTo) {
            return;
        }
        ask(filter.from(syncedTo, true), page -> {
            if (page.more()) {
                newest(); // more than a page since the last look: start again at the newest
                return;
            }
            sink.add(page.items(), Placement.NEWER);
            syncedTo = page.throughSeq();
            wanted = Math.min(wanted, syncedTo); // the server has no more: never ask again for what it lacks
        });
    }

    private void ask(TrafficQuery query, Consumer<TrafficPage> then) {
        long asked = generation;
        busy.set(true);
        server.apply(query).whenCompleteAsync((page, error) -> {
            busy.set(false);
            if (asked != generation) {
                newest(); // the filter changed while this call was out: start the one shown now
                return;
            }
            if (error != null) {
                failure.set(rootMessage(error));
                return;
            }
            failure.set("");
            then.accept(page);
            if (!busy.get()) {
                catchUp();
            }
        }, ui);
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static TrafficItem last(List<TrafficItem> items) {
        return items.get(items.size() - 1);
    }

    ReadOnlyBooleanProperty olderAvailableProperty() {
        return olderAvailable;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Why the last call failed, empty when it worked. */
    ReadOnlyStringProperty failureProperty() {
        return failure;
    }
}
