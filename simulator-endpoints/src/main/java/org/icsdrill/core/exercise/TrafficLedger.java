package org.icsdrill.core.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.icsdrill.api.HostSummary;
import org.icsdrill.api.NetworkSummary;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.api.TrafficPage;
import org.icsdrill.api.TrafficQuery;
import org.icsdrill.core.net.KnownHosts;

/**
 * The network monitor's memory for the whole run: every request it is told of is counted per source
 * host, and the ones worth finding later ({@link TrafficItem#kept()}: writes, unknown hosts,
 * refusals, drops) are kept by number, so a console can page through them at any time. Routine
 * polling by known hosts is counted but not kept: that is most of the traffic, and the journal
 * file has it.
 *
 * <p>Bounded at {@link #CAPACITY} requests (some tens of megabytes): beyond it, the host holding the
 * most gives up its oldest routine read, or, having none, its oldest kept request, so that one
 * host's flood never pushes out another host's traffic and writes outlive reads. What was given up
 * is counted per host and in the summary. Thread-safe.
 */
public final class TrafficLedger {

    /** Kept requests at the most: hours of a drill's writes and unknown hosts, not a flood's every read. */
    public static final int CAPACITY = 100_000;
    /** The largest page answered. */
    public static final int MAX_PAGE = 1_000;

    private final int capacity;
    private final KnownHosts known;
    private final TreeMap<Long, TrafficItem> kept = new TreeMap<>();
    /** By address, in the order first seen. */
    private final Map<String, HostTally> hosts = new LinkedHashMap<>();
    private long lastSeq;
    private long keptLastSeq;
    private long evicted;

    public TrafficLedger(KnownHosts known) {
        this(known, CAPACITY);
    }

    TrafficLedger(KnownHosts known, int capacity) {
        this.known = known;
        this.capacity = capacity;
    }

    /** Counts a request and keeps it if it is worth keeping; numbers arrive in increasing order. */
    synchronized void add(TrafficItem item) {
        HostTally tally = hosts.computeIfAbsent(item.sourceHost(), HostTally::new);
        tally.count(item);
        lastSeq = item.seq();
        if (!item.kept()) {
            return;
        }
        if (kept.size() >= capacity) {
            evictOne();
        }
        kept.put(item.seq(), item);
        tally.keep(item);
        keptLastSeq = item.seq();
    }

    private void evictOne() {
        HostTally fullest = hosts.values().stream().max(Comparator.comparingInt(HostTally::kept)).orElseThrow();
        kept.remove(fullest.evictOldest());
        evicted++;
    }

    /** A page of the kept requests that match {@code query}, in the direction it asks for. */
    public synchronized TrafficPage page(TrafficQuery query) {
        int limit = Math.max(1, Math.min(MAX_PAGE, query.limit()));
        NavigableMap<Long, TrafficItem> range = query.newer() ? kept.tailMap(query.fromSeq(), false)
                : query.fromSeq() <= 0 ? kept.descendingMap() : kept.headMap(query.fromSeq(), false).descendingMap();
        List<TrafficItem> items = new ArrayList<>();
        boolean more = false;
        for (TrafficItem item : range.values()) {
            if (query.matches(item)) {
                if (items.size() == limit) {
                    more = true;
                    break;
                }
                items.add(item);
            }
        }
        long through = query.newer() && more ? items.get(items.size() - 1).seq() : keptLastSeq;
        return new TrafficPage(items, more, through);
    }

    /** Per host since the start, and where the kept requests stand. */
    public synchronized NetworkSummary summary() {
        List<HostSummary> list = new ArrayList<>(hosts.size());
        hosts.forEach((host, tally) -> list.add(tally.summary(!known.isUnknown(host))));
        return new NetworkSummary(list, lastSeq, keptLastSeq, kept.size(), capacity, evicted);
    }

    /** Number of the newest request counted; changes whenever the summary does. */
    public synchronized long lastSeq() {
        return lastSeq;
    }
}
