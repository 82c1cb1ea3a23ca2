package org.icsdrill.cli;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.output.Compression;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.HostLogFile;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.core.site.SiteState;
import org.icsdrill.scenario.engine.StageRunner;
import org.icsdrill.scenario.hosts.BaselineTraffic;
import org.icsdrill.scenario.hosts.site.FlowServices;
import org.icsdrill.scenario.hosts.site.KillChainStages;
import org.icsdrill.scenario.hosts.site.SiteActivity;
import org.icsdrill.scenario.site.Host;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.SiteFirewall;
import org.icsdrill.scenario.site.SiteLayout;
import org.icsdrill.scenario.site.Zone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's site network once its endpoints listen (ADR 17, 18): the listeners of the flow-only services,
 * the firewall on the ports everything really took, the hosts' state and event logs, and what plays on
 * them (the IT hosts' day, the kill chains' stages).
 */
final class SiteRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRuntime.class);

    private final Site site;
    private final Simulation simulation;
    private final SourcePolicy policy;
    private final List<ModbusTcpServer> modbus;
    private final Supplier<String> opcUaUrl;
    private final FlowServices flows;
    private final SiteState state;

    private SiteRuntime(Site site, Simulation simulation, SourcePolicy policy, List<ModbusTcpServer> modbus,
                        Supplier<String> opcUaUrl, FlowServices flows) {
        this.site = site;
        this.simulation = simulation;
        this.policy = policy;
        this.modbus = List.copyOf(modbus);
        this.opcUaUrl = opcUaUrl;
        this.flows = flows;
        policy.useFirewall(SiteFirewall.of(site, this::listeningPorts, simulation::plantTimeSeconds));
        HostEventLog log = new HostEventLog(simulation::plantTimeSeconds);
        this.state = new SiteState(site.name(), SiteLayout.zones(site),
                new SiteHosts(SiteLayout.hosts(site), policy, log), log, policy.firewall());
    }

    /**
     * Starts the flow listeners (on free ports when the endpoints took free ports; one warning for those that
     * cannot listen) and puts the site's firewall on the ports the PLCs, the OPC UA server and the listeners took.
     */
    static SiteRuntime start(Site site, boolean freePorts, Simulation simulation, SourcePolicy policy,
                             List<ModbusTcpServer> modbus, Supplier<String> opcUaUrl) {
        FlowServices flows = FlowServices.start(site, freePorts, policy);
        if (!flows.leftOut().isEmpty()) {
            LOG.warn("{} flow-only services do not listen, so flows to them are refused (a port below 1024 needs"
                    + " root or CAP_NET_BIND_SERVICE; --modbus-port 0 takes free ports): {}",
                    flows.leftOut().size(), String.join(", ", flows.leftOut()));
        }
        return new SiteRuntime(site, simulation, policy, modbus, opcUaUrl, flows);
    }

    SiteState state() {
        return state;
    }

    FlowServices flows() {
        return flows;
    }

    /** The site's IT hosts going about their day from the run's seed; the caller closes it with the run. */
    SiteActivity startActivity(long seed) {
        return SiteActivity.attach(simulation, site, state.hosts(), state.events(), flows, seed);
    }

    /** Where the kill chains' stages happen. */
    StageRunner stages() {
        return KillChainStages.on(site, state.hosts(), state.events(), this::serviceAt, policy,
                BaselineTraffic.TIMEOUT);
    }

    /**
     * Writes the hosts' event logs ({@code hosts.jsonl}, ECS, {@code compression}-compressed) into {@code folder};
     * closing it stops that.
     */
    AutoCloseable recordHosts(Path folder, Compression compression) {
        HostLogFile file = HostLogFile.open(folder.resolve(compression.fileName(HostLogFile.FILE_NAME)),
                simulation::plantInstant, state.hosts());
        state.events().subscribe(file);
        return () -> {
            state.events().unsubscribe(file);
            file.close();
        };
    }

    /** Where a host's service really listens: its Modbus server, the OPC UA server, or its flow listener. */
    private Optional<InetSocketAddress> serviceAt(Host host, String protocol) {
        if (protocol.equals("modbus")) {
            return modbus.stream().filter(m -> m.address().getHostAddress().equals(host.address())).findFirst()
                    .map(m -> new InetSocketAddress(m.address(), m.port()));
        }
        if (protocol.equals("opcua") && host.address().equals(SitePlacement.scada(site).address())) {
            return Optional.of(new InetSocketAddress(SitePlacement.address(host), opcUaPort()));
        }
        return flows.find(host, protocol);
    }

    /** The ports a site's service took in a zone: the endpoints may have taken free ports instead of the site's. */
    private List<Integer> listeningPorts(String zone, Service service) {
        Zone where = site.zone(zone);
        List<Integer> ports = new ArrayList<>();
        if (service.protocol().equals("modbus")) {
            modbus.stream().filter(m -> where.contains(m.address().getHostAddress())).forEach(m -> ports.add(m.port()));
        }
        if (service.protocol().equals("opcua") && where.contains(SitePlacement.scada(site).address())) {
            ports.add(opcUaPort());
        }
        ports.addAll(flows.ports(where, service));
        return ports.isEmpty() ? List.of(service.port()) : ports;
    }

    private int opcUaPort() {
        return URI.create(opcUaUrl.get()).getPort();
    }

    @Override
    public void close() {
        flows.close();
    }
}
