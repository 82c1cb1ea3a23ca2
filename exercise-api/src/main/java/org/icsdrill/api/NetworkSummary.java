package org.icsdrill.api;

import java.util.List;

/**
 * The network since the start of the run ({@code Exercise.Hosts}): a summary per source host, and
 * where the kept requests stand, so that a console knows when to ask for new ones.
 *
 * @param hosts      per source host, in the order they were first seen
 * @param lastSeq    number of the newest request served (kept or not)
 * @param keptLastSeq number of the newest kept request; a console that has paged up to it has them all
 * @param kept       requests the server holds now
 * @param capacity   the most it holds; beyond, the fullest host's oldest reads are given up first
 * @param evicted    kept requests given up at that bound so far (the journal file still has them)
 */
public record NetworkSummary(List<HostSummary> hosts, long lastSeq, long keptLastSeq, int kept, int capacity,
                             long evicted) {

    public static final NetworkSummary EMPTY = new NetworkSummary(List.of(), 0, 0, 0, 0, 0);

    public NetworkSummary {
        hosts = List.copyOf(hosts);
    }
}
