package org.icsdrill.api;

import java.util.List;

/**
 * What one source host did since the start of the run, as the network monitor's summary lists it.
 *
 * @param known     the host belongs on the network (the inventory of {@code ExerciseState.knownHosts})
 * @param requests  every request served, refused or dropped, known hosts' polling included
 * @param refused   answered with an error or turned away ({@link TrafficOutcome#REFUSED})
 * @param dropped   lost on the network path ({@link TrafficOutcome#DROPPED})
 * @param firstSeen plant time of its first request, seconds
 * @param lastSeen  plant time of its newest request
 * @param plants    the plants it reached, by id
 * @param kept      of its requests, how many the server holds now ({@link TrafficItem#kept()})
 * @param evicted   how many of its kept requests were given up at the server's bound (its oldest reads first)
 */
public record HostSummary(String host, boolean known, long requests, long writes, long refused, long dropped,
                          double firstSeen, double lastSeen, List<String> plants, long kept, long evicted) {

    public HostSummary {
        plants = plants == null ? List.of() : List.copyOf(plants);
    }
}
