package org.icsdrill.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.icsdrill.core.capture.NetworkTap;
import org.icsdrill.core.capture.TrafficCapture;
import org.icsdrill.core.coupling.Couplings;
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
import org.icsdrill.core.output.Compression;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.core.sim.ClockHistory;
import org.icsdrill.core.sim.ClockLog;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.plants.Plants;
import org.icsdrill.plants.site.SiteCouplings;
import org.icsdrill.scenario.engine.StageRunner;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.hosts.site.FlowServices;
import org.icsdrill.scenario.site.Site;
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
    private final Couplings couplings;
    private final TransactionJournal journal;
    private final SourcePolicy policy = new SourcePolicy();
    private final List<ModbusTcpServer> modbus = new ArrayList<>();
    private final SimulationDriver driver;
    private final Exercise exercise;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean runFinished = new AtomicBoolean();
    private final ClockHistory clock = new ClockHistory();
    /** Also added to while running: a scenario chosen on the instructor desk. */
    private final List<AutoCloseable> attachments = new CopyOnWriteArrayList<>();
    private OpcUaEndpoint opcUa;
    /** The site network, once the endpoints listen; null on a run without a site. */
    private volatile SiteRuntime site;
    private final AtomicReference<TrafficCapture> capture = new AtomicReference<>();

    private SimulatorHost(RunOptions options) {
        this.options = options;
        List<PlantModel> models = options.plants().stream().map(Plants::create).toList();
        Instant now = Instant.now();
        // without a start time, plant time 0 is anchored when the driver starts stepping (after the
        // endpoints are up), so that at speed 1 plant instants (OPC UA source timestamps) are the wall clock
        this.simulation = new Simulation(SimulationConfig.defaults(options.seed()).withSpeed(options.speed())
                .withStartTime(options.startTime()).withZone(options.zone()), models);
        // the plants that run together make one site, unless switched off (docs/coupling.md)
        this.couplings = options.coupled() ? Couplings.attach(simulation, SiteCouplings.standard()) : Couplings.NONE;
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

    /**
     * Where the {@code index}-th plant's Modbus server listens without a site: {@code --modbus-port} and up,
     * a port per plant in run order (0: a free port each).
     */
    static int flatModbusPort(int base, int index) {
        return base == 0 ? 0 : base + index;
    }

    private void listen(RunOptions options) throws Exception {
        Site network = options.site();
        List<PlantRuntime> plants = simulation.plants();
        for (int i = 0; i < plants.size(); i++) {
            PlantRuntime plant = plants.get(i);
            InetAddress address = network == null ? options.bind()
                    : SitePlacement.address(SitePlacement.plc(network, plant.id()));
            int port = flatModbusPort(options.modbusPort(), i);
            int listen = network == null || port == 0 ? port : SitePlacement.modbusPort(network, plant.id());
            ModbusServerConfig config = ModbusServerConfig.loopback(listen).withBindAddress(address)
                    .withAllowedSources(options.modbusAllowed());
            try {
                modbus.add(ModbusTcpServer.start(plant, config, journal, policy, Version.current()));
            } catch (IOException e) {
                throw new IOException("Modbus server of " + plant.id() + " cannot listen on "
                        + address.getHostAddress() + ":" + listen + ": " + e.getMessage(), e);
            }
        }
        String host = network == null ? options.bind().getHostAddress() : SitePlacement.scada(network).address();
        List<String> hostnames = new ArrayList<>(host.equals("127.0.0.1") ? List.of(host, "localhost")
                : List.of(host));
        hostnames.addAll(options.advertised());
        OpcUaConfig opcUaConfig = new OpcUaConfig(host, options.opcuaPort(), options.dataDirectory(), hostnames)
                .withCouplings(couplings.active());
        opcUa = OpcUaEndpoint.start(simulation, journal, policy,
                options.opcUaWithoutNone() ? opcUaConfig.withoutNone() : opcUaConfig, exercise);
        if (network != null) {
            this.site = SiteRuntime.start(network, options.modbusPort() == 0, simulation, policy, modbus,
                    opcUa::endpointUrl);
            exercise.setSite(this.site.state());
        }
    }

    /**
     * Starts the site's IT hosts (office PCs, replication, remote sessions) on the run's seed: nothing on a
     * run without a site. Closed with the run.
     */
    void startSiteActivity(long seed) {
        if (site != null) {
            closeOnStop(site.startActivity(seed));
        }
    }

    /** Where the kill chains' stages happen: the run's site, or nowhere on a run without one. */
    StageRunner stages() {
        return site == null ? StageRunner.NONE : site.stages();
    }

    /**
     * Writes the site's host event logs ({@code hosts.jsonl}, ECS, compressed as the run's bulky outputs) into a
     * scenario's output folder until the run stops; nothing on a run without a site.
     */
    void recordHosts(Path outputDirectory, Compression compression) {
        if (site != null) {
            closeOnStop(site.recordHosts(outputDirectory, compression));
        }
    }

    /** The listeners for the site's flow-only services. */
    List<FlowListener> flowListeners() {
        return flows().listeners();
    }

    private FlowServices flows() {
        return site == null ? FlowServices.NONE : site.flows();
    }

    /** What the run was asked to do: its plants, ports, site. */
    RunOptions options() {
        return options;
    }

    Simulation simulation() {
        return simulation;
    }

    /** The couplings between the run's plants: none with one plant or with couplings switched off. */
    Couplings couplings() {
        return couplings;
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
    TrafficCapture capture(Path outputDirectory, Compression compression) {
        TrafficCapture started = TrafficCapture.open(simulation,
                outputDirectory.resolve(compression.fileName(TrafficCapture.FILE_NAME)));
        capture.set(started);
        started.serverPorts(CapturePorts.nominal(options, modbus, opcUa.port(), flows()));
        modbus.forEach(server -> server.capture(started));
        flows().capture(started);
        opcUa.capture(started);
        return started;
    }

    /**
     * Writes the site firewall's log ({@code firewall.jsonl}, ECS, compressed as the run's bulky outputs) into a
     * scenario's output folder until the run stops; nothing on a run without a site, where no firewall stands
     * between hosts.
     */
    void recordFirewall(Path outputDirectory, Compression compression) {
        Firewall firewall = policy.firewall();
        if (firewall.zones().isEmpty()) {
            return;
        }
        FirewallLogFile log = FirewallLogFile.open(outputDirectory.resolve(compression.fileName(FirewallLogFile.FILE_NAME)),
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
        if (site != null) {
            site.close();
        }
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
            flows().capture(NetworkTap.NONE);
            if (opcUa != null) {
                opcUa.capture(NetworkTap.NONE);
            }
            started.close();
        }
    }
}
