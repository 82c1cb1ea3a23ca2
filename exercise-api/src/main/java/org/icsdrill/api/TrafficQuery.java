package org.icsdrill.api;

import java.util.Objects;

/**
 * A page of the requests the server keeps for the whole run ({@code Exercise.QueryTraffic}).
 *
 * @param host    a source address, empty for every host
 * @param kind    which requests
 * @param plant   a plant id, empty for every plant
 * @param fromSeq where the page starts, exclusive: 0 for the newest (or, with {@code newer}, the oldest)
 * @param newer   false: requests before {@code fromSeq}, newest first; true: after it, oldest first
 * @param limit   at most this many requests (the server caps it)
 */
public record TrafficQuery(String host, TrafficKind kind, String plant, long fromSeq, boolean newer, int limit) {

    public TrafficQuery {
        host = Objects.requireNonNullElse(host, "").trim();
        kind = Objects.requireNonNullElse(kind, TrafficKind.ALL);
        plant = Objects.requireNonNullElse(plant, "").trim();
    }

    /** The newest page of what the filter asks for. */
    public static TrafficQuery newest(String host, TrafficKind kind, String plant, int limit) {
        return new TrafficQuery(host, kind, plant, 0, false, limit);
    }

    /** The same filter, another place in the list. */
    public TrafficQuery from(long seq, boolean towardsNewer) {
        return new TrafficQuery(host, kind, plant, seq, towardsNewer, limit);
    }

    public boolean matches(TrafficItem item) {
        return kind.matches(item) && (host.isEmpty() || host.equals(item.sourceHost()))
                && (plant.isEmpty() || plant.equals(item.plant()));
    }
}
