package org.icsdrill.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.capture.TrafficCapture;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.FirewallChange;
import org.icsdrill.core.net.FirewallLogFile;
import org.icsdrill.core.net.FlowListener;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.opcua.OpcUaConfig;
import org.icsdrill.core.opcua.OpcUaEndpoint;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.sim.ClockHistory;
import org.icsdrill.core.sim.ClockLog;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.site.HostEventLog;
import org.icsdrill.core.site.HostLogFile;
import org.icsdrill.core.site.SiteHosts;
import org.icsdrill.core.site.SiteState;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.StageRunner;
import org.icsdrill.scenario.hosts.BaselineTraffic;
import org.icsdrill.scenario.hosts.PlantEndpoint;
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
 * A running simulator: the plants, their Modbus servers, the OPC UA server, the journal and the
 * simulation thread, started together and closed together.
 */
final class SimulatorHost implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorHost.class);
    private static final DateTimeFormatter FILE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final RunOptions options;
    private final Simulation simulation;
    private final TransactionJournal journal;
    private final SourcePolicy policy = new SourcePolicy();
    private final List<ModbusTcpServer> modbus = new ArrayList<>();
    /** The site's services that carry no emulated protocol, listening for their flows. */
    private FlowServices flows = FlowServices.NONE;
    private final SimulationDriver driver;
    private final Exercise exercise;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean runFinished = new AtomicBoolean();
    private final ClockHistory clock = new ClockHistory();
    /** Also added to while running: a scenario chosen on the instructor desk. */
    private final List<AutoCloseable> attachments = new CopyOnWriteArrayList<>();
    private OpcUaEndpoint opcUa;
    private volatile SiteState siteState;
    private final AtomicReference<TrafficCapture> capture = new AtomicReference<>();

    private SimulatorHost(RunOptions options) {
        this.options = options;
        List<PlantModel> models = options.plants().stream().map(Plants::create).toList();
        Instant now = Instant.now();
        // without a start time, plant time 0 is anchored when the driver starts stepping (after the
        // endpoints are up), so that at speed 1 plant instants (OPC UA source timestamps) are the wall clock
        this.simulation = new Simulation(SimulationConfig.defaults(options.seed()).withSpeed(options.speed())
                .withStartTime(options.startTime()).withZone(options.zone()), models);
        Path journalFile = options.journalFile() != null ? options.journalFile()
                : options.dataDirectory().resolve("journal").resolve("transactions-" + FILE_STAMP.format(now) + ".jsonl");
        this.journal = TransactionJournal.toFile(10_000, journalFile);
        this.driver = new SimulationDriver(simulation, options.speed());
        driver.addClockListener(clock);
        this.exercise = new Exercise(simulation, driver, policy, journal);
    }

    /** Starts everything; on failure closes what was started and rethrows. */
    static SimulatorHost start(RunOptions options) throws Exception {
        return start(options, host -> { });
    }

    /** What to attach once the endpoints listen and before plant time starts (a scenario, its recorders). */
    interface Attachment {
        void attach(SimulatorHost host) throws Exception;
    }

    static SimulatorHost start(RunOptions options, Attachment beforeStart) throws Exception {
        SimulatorHost host = new SimulatorHost(options);
        try {
            host.listen(options);
            beforeStart.attach(host);
            if (options.duration() != null) {
                host.driver.stopAt(options.duration().toNanos() / 1e9);
            }
            host.driver.start();
            return host;
        } catch (Exception | Error e) {
            host.close();
            throw e;
        }
    }

    private void listen(RunOptions options) throws Exception {
        Site site = options.site();
        int port = options.modbusPort();
        for (PlantRuntime plant : simulation.plants()) {
            InetAddress address = site == null ? options.bind() : SitePlacement.address(SitePlacement.plc(site, plant.id()));
            int listen = site == null || port == 0 ? port : SitePlacement.modbusPort(site, plant.id());
            ModbusServerConfig config = ModbusServerConfig.loopback(listen).withBindAddress(address)
                    .withAllowedSources(options.modbusAllowed());
            try {
                modbus.add(ModbusTcpServer.start(plant, config, journal, policy, Version.current()));
            } catch (IOException e) {
                throw new IOException("Modbus server of " + plant.id() + " cannot listen on "
                        + address.getHostAddress() + ":" + listen + ": " + e.getMessage(), e);
            }
            port = port == 0 ? 0 : port + 1;
        }
        String host = site == null ? options.bind().getHostAddress() : SitePlacement.scada(site).address();
        List<String> hostnames = host.equals("127.0.0.1") ? List.of(host, "localhost") : List.of(host);
        OpcUaConfig opcUaConfig = new OpcUaConfig(host, options.opcuaPort(), options.dataDirectory(), hostnames);
        opcUa = OpcUaEndpoint.start(simulation, journal, policy,
                options.opcUaWithoutNone() ? opcUaConfig.withoutNone() : opcUaConfig, exercise);
        if (site != null) {
            listenForFlows(site, options.modbusPort() == 0);
            policy.useFirewall(SiteFirewall.of(site, (zone, service) -> listeningPorts(site, zone, service),
                    simulation::plantTimeSeconds));
            HostEventLog log = new HostEventLog(simulation::plantTimeSeconds);
            siteState = new SiteState(site.name(), SiteLayout.zones(site),
                    new SiteHosts(SiteLayout.hosts(site), policy, log), log, policy.firewall());
            exercise.setSite(siteState);
        }
    }

    /** A listener for each service of the site that carries no emulated protocol; a warning for those left out. */
    private void listenForFlows(Site site, boolean freePorts) {
        flows = FlowServices.start(site, freePorts, policy);
        if (!flows.leftOut().isEmpty()) {
            LOG.warn("{} flow-only services do not listen, so flows to them are refused (a port below 1024 needs"
                    + " root or CAP_NET_BIND_SERVICE; --modbus-port 0 takes free ports): {}",
                    flows.leftOut().size(), String.join(", ", flows.leftOut()));
        }
    }

    /**
     * Starts the site's IT hosts (office PCs, replication, remote sessions) on the run's seed: nothing on a
     * run without a site. Closed with the run.
     */
    void startSiteActivity(long seed) {
        if (siteState != null) {
            closeOnStop(SiteActivity.attach(simulation, options.site(), siteState.hosts(), siteState.events(),
                    flows, seed));
        }
    }

    /** Where the kill chains' stages happen: the run's site, or nowhere on a run without one. */
    StageRunner stages() {
        return siteState == null ? StageRunner.NONE : KillChainStages.on(options.site(), siteState.hosts(),
                siteState.events(), this::serviceAt, policy, BaselineTraffic.TIMEOUT);
    }

    /** Where a site host's service really listens: its Modbus server, the OPC UA server, or its flow listener. */
    private Optional<InetSocketAddress> serviceAt(Host host, String protocol) {
        if (protocol.equals("modbus")) {
            return modbus.stream().filter(m -> m.address().getHostAddress().equals(host.address())).findFirst()
                    .map(m -> new InetSocketAddress(m.address(), m.port()));
        }
        if (protocol.equals("opcua") && host.address().equals(SitePlacement.scada(options.site()).address())) {
            return Optional.of(new InetSocketAddress(SitePlacement.address(host),
                    URI.create(opcUa.endpointUrl()).getPort()));
        }
        return flows.find(host, protocol);
    }

    /**
     * Writes the site's host event logs ({@code hosts.jsonl}, ECS) into a scenario's output folder until the
     * run stops; nothing on a run without a site.
     */
    void recordHosts(Path outputDirectory) {
        if (siteState == null) {
            return;
        }
        HostLogFile file = HostLogFile.open(outputDirectory.resolve(HostLogFile.FILE_NAME), simulation::plantInstant,
                siteState.hosts());
        siteState.events().subscribe(file);
        closeOnStop(() -> {
            siteState.events().unsubscribe(file);
            file.close();
        });
    }

    /** The site as the run has it, or null on a run without a site. */
    SiteState siteState() {
        return siteState;
    }

    /** The listeners for the site's flow-only services. */
    List<FlowListener> flowListeners() {
        return flows.listeners();
    }

    /** Where a site's service really listens: the endpoints may have taken free ports instead of the site's. */
    private List<Integer> listeningPorts(Site site, String zone, Service service) {
        Zone where = site.zone(zone);
        List<Integer> ports = new ArrayList<>();
        if (service.protocol().equals("modbus")) {
            modbus.stream().filter(m -> where.contains(m.address().getHostAddress())).forEach(m -> ports.add(m.port()));
        }
        if (service.protocol().equals("opcua") && where.contains(SitePlacement.scada(site).address())) {
            ports.add(URI.create(opcUa.endpointUrl()).getPort());
        }
        ports.addAll(flows.ports(where, service));
        return ports.isEmpty() ? List.of(service.port()) : ports;
    }

    /** What the run was asked to do: its plants, ports, site. */
    RunOptions options() {
        return options;
    }

    Simulation simulation() {
        return simulation;
    }

    SimulationDriver driver() {
        return driver;
    }

    List<ModbusTcpServer> modbusServers() {
        return List.copyOf(modbus);
    }

    /** What the consoles drive over OPC UA: responses, injects, the instructor's commands. */
    Exercise exercise() {
        return exercise;
    }

    OpcUaEndpoint opcUa() {
        return opcUa;
    }

    TransactionJournal journal() {
        return journal;
    }

    SourcePolicy policy() {
        return policy;
    }

    /**
     * Writes the run's clock record ({@code clock.jsonl}: start, pauses, speed changes, end) into a
     * scenario's output folder, from the driver's start on, closed when the run stops.
     */
    void recordClock(Path outputDirectory) {
        ClockLog log = ClockLog.create(simulation, outputDirectory.resolve(ClockLog.FILE_NAME));
        clock.follow(log);
        closeOnStop(() -> {
            clock.unfollow(log);
            log.close();
        });
    }

    /**
     * Captures the traffic of every endpoint into {@code capture.pcap} in a scenario's output folder
     * (ADR 14), from now until the run closes; the capture is closed after the endpoints, so it has
     * their last connections.
     */
    TrafficCapture capture(Path outputDirectory) {
        TrafficCapture started = TrafficCapture.open(simulation, outputDirectory.resolve(TrafficCapture.FILE_NAME));
        capture.set(started);
        modbus.forEach(server -> server.capture(started));
        flows.capture(started);
        opcUa.capture(started);
        return started;
    }

    /**
     * Writes the site firewall's log ({@code firewall.jsonl}, ECS) into a scenario's output folder until
     * the run stops; nothing on a run without a site, where no firewall stands between hosts.
     */
    void recordFirewall(Path outputDirectory) {
        Firewall firewall = policy.firewall();
        if (firewall.zones().isEmpty()) {
            return;
        }
        FirewallLogFile log = FirewallLogFile.open(outputDirectory.resolve(FirewallLogFile.FILE_NAME),
                simulation::plantInstant);
        Consumer<FirewallChange> changes = log::changed;
        firewall.subscribe(log);
        firewall.subscribeChanges(changes);
        closeOnStop(() -> {
            firewall.unsubscribe(log);
            firewall.unsubscribeChanges(changes);
            log.close();
        });
    }

    /** Closed after the simulation stops and before the endpoints close, so recorders see the last tick. */
    void closeOnStop(AutoCloseable attachment) {
        attachments.add(attachment);
    }

    /** Each plant's Modbus endpoint with its register map, for the simulated hosts. */
    List<PlantEndpoint> plantEndpoints() {
        return modbus.stream().map(server -> new PlantEndpoint(server.plantId(),
                new InetSocketAddress(server.address(), server.port()),
                RegisterMap.of(simulation.plant(server.plantId()).catalog()))).toList();
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Ends the run but keeps serving: the simulation has stopped, the scenario's recorders (ground
     * truth, the exercise record) and the capture are closed, so the report can be made while the
     * consoles still show the end ("ended", values frozen). {@link #close()} does the rest.
     */
    void finishRun() {
        stopRun();
        closeCapture();
    }

    /** Closes everything once; safe to call from the shutdown hook and the main thread. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopRun();
        modbus.forEach(ModbusTcpServer::close);
        flows.close();
        if (opcUa != null) {
            opcUa.close();
        }
        closeCapture(); // after the endpoints, so it has their last connections
        exercise.close();
        journal.close();
    }

    private void stopRun() {
        if (!runFinished.compareAndSet(false, true)) {
            return;
        }
        driver.close();
        for (AutoCloseable attached : attachments) {
            try {
                attached.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", attached, e.getMessage());
            }
        }
    }

    private void closeCapture() {
        TrafficCapture started = capture.getAndSet(null);
        if (started != null) {
            modbus.forEach(server -> server.capture(NetworkTap.NONE));
            flows.capture(NetworkTap.NONE);
            if (opcUa != null) {
                opcUa.capture(NetworkTap.NONE);
            }
            started.close();
        }
    }
}
