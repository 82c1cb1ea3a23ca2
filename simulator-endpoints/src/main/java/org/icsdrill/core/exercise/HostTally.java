package org.icsdrill.core.exercise;

import java.util.ArrayDeque;
import java.util.TreeSet;
import org.icsdrill.api.HostSummary;
import org.icsdrill.api.TrafficItem;
import org.icsdrill.api.TrafficOutcome;

/**
 * One source host's counts since the start of the run, and the numbers of its requests the ledger
 * keeps, oldest first, routine ones apart: at the bound they are the first to go. Not thread-safe:
 * the {@link TrafficLedger} holds it under its lock.
 */
final class HostTally {

    private final String host;
    private long requests;
    private long writes;
    private long refused;
    private long dropped;
    private double firstSeen = Double.NaN;
    private double lastSeen;
    private final TreeSet<String> plants = new TreeSet<>();
    /** Kept answered reads (from an unknown host): the bulk of any flood, given up first. */
    private final ArrayDeque<Long> keptReads = new ArrayDeque<>();
    /** Kept writes, refusals and drops: given up only when the host has nothing else kept. */
    private final ArrayDeque<Long> keptOthers = new ArrayDeque<>();
    private long evicted;

    HostTally(String host) {
        this.host = host;
    }

    void count(TrafficItem item) {
        requests++;
        writes += item.write() ? 1 : 0;
        refused += item.outcome() == TrafficOutcome.REFUSED ? 1 : 0;
        dropped += item.outcome() == TrafficOutcome.DROPPED ? 1 : 0;
        if (Double.isNaN(firstSeen)) {
            firstSeen = item.plantTime();
        }
        lastSeen = item.plantTime();
        if (!item.plant().isEmpty()) {
            plants.add(item.plant());
        }
    }

    void keep(TrafficItem item) {
        (routine(item) ? keptReads : keptOthers).addLast(item.seq());
    }

    private static boolean routine(TrafficItem item) {
        return !item.write() && item.outcome() == TrafficOutcome.ANSWERED;
    }

    int kept() {
        return keptReads.size() + keptOthers.size();
    }

    /** Gives up this host's oldest routine request (else its oldest kept one); returns its number. */
    long evictOldest() {
        evicted++;
        return keptReads.isEmpty() ? keptOthers.removeFirst() : keptReads.removeFirst();
    }

    HostSummary summary(boolean known) {
        return new HostSummary(host, known, requests, writes, refused, dropped, firstSeen, lastSeen,
                plants.stream().toList(), kept(), evicted);
    }
}
