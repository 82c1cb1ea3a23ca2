package org.icsdrill.core.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.icsdrill.api.SiteView;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;

/**
 * The site as a run goes on, for the consoles' zone map: its zones, its hosts as {@link SiteHosts} has
 * them, its conduits as the firewall enforces them now (services at the ports they really listen on,
 * closed ones marked), and the connections counted between zones.
 */
public final class SiteState {

    private final String name;
    private final List<SiteView.Zone> zones;
    private final SiteHosts hosts;
    private final HostEventLog events;
    private final ZoneFlows flows;
    private final Firewall firewall;
    private final AtomicLong ruleChanges = new AtomicLong();

    /** Counts the firewall's decisions from now on. */
    public SiteState(String name, List<SiteView.Zone> zones, SiteHosts hosts, HostEventLog events,
                     Firewall firewall) {
        this.name = name;
        this.zones = List.copyOf(zones);
        this.hosts = hosts;
        this.events = events;
        this.firewall = firewall;
        this.flows = new ZoneFlows();
        firewall.subscribe(flows);
        firewall.subscribeChanges(change -> ruleChanges.incrementAndGet());
    }

    public String name() {
        return name;
    }

    public SiteHosts hosts() {
        return hosts;
    }

    public HostEventLog events() {
        return events;
    }

    public Firewall firewall() {
        return firewall;
    }

    /** Changes whenever the view would: a host's state, an account, a conduit closed or opened, a flow counted. */
    public List<Long> version() {
        return List.of(hosts.version(), flows.total(), ruleChanges.get());
    }

    public SiteView view() {
        return new SiteView(name, zones, hosts.view(), conduits(), flows.flows());
    }

    private List<SiteView.Conduit> conduits() {
        Map<String, List<ConduitRule>> byConduit = new LinkedHashMap<>();
        firewall.rules().forEach(r -> byConduit.computeIfAbsent(r.conduit(), k -> new ArrayList<>()).add(r));
        List<SiteView.Conduit> conduits = new ArrayList<>();
        byConduit.forEach((conduit, rules) -> {
            ConduitRule first = rules.get(0);
            List<String> services = rules.stream().map(ConduitRule::service).distinct().toList();
            List<String> closed = firewall.closedConduits().contains(conduit) ? services
                    : firewall.closedServices(conduit);
            conduits.add(new SiteView.Conduit(conduit, first.fromZone(), first.toZone(), first.firewall(), services,
                    closed));
        });
        return conduits;
    }
}
