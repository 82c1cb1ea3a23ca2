package org.icsdrill.core.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.FirewallEvent;

/**
 * Connections the firewall decided between each pair of zones, allowed and denied, counted from its
 * events for the zone map. Traffic inside a zone passes no firewall and is not counted. Thread-safe.
 */
public final class ZoneFlows implements Consumer<FirewallEvent> {

    private final Map<List<String>, long[]> counts = new LinkedHashMap<>();
    private long total;

    @Override
    public synchronized void accept(FirewallEvent e) {
        if (e.sourceZone().equals(e.destinationZone())) {
            return;
        }
        long[] count = counts.computeIfAbsent(List.of(e.sourceZone(), e.destinationZone()), k -> new long[2]);
        count[e.allowed() ? 0 : 1]++;
        total++;
    }

    /** Per pair of zones with any connection, in the order first seen. */
    public synchronized List<SiteView.ZoneFlow> flows() {
        List<SiteView.ZoneFlow> flows = new ArrayList<>();
        counts.forEach((pair, count) -> flows.add(new SiteView.ZoneFlow(pair.get(0), pair.get(1), count[0], count[1])));
        return flows;
    }

    /** Decisions counted so far: changes whenever {@link #flows()} does. */
    public synchronized long total() {
        return total;
    }
}
