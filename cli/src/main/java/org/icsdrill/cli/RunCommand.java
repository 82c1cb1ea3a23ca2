package org.icsdrill.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.icsdrill.api.DurationText;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.output.Compression;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.evidence.run.BundledScenarioCatalog;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.exercise.Playbook;
import org.icsdrill.scenario.hosts.BaselineTraffic;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.model.Hosts;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.ui.ConsoleLauncher;
import org.icsdrill.ui.opcua.ConsoleConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** Runs plants with their Modbus/TCP and OPC UA endpoints, printing a live status line. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run plants with real Modbus/TCP and OPC UA endpoints.")
final class RunCommand implements Callable<Integer> {


    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--plant", paramLabel = "NAMES",
            description = "Comma-separated plants, in port order (default: every plant: ${COMPLETION-CANDIDATES}).",
            completionCandidates = PlantIds.class)
    private String plants;

    @Option(names = "--headless", description = "No console window: status on standard output only (the default"
            + " when no display is available).")
    private boolean headless;

    @Option(names = "--hold",
            description = "After the end, keep serving the consoles (state ended, values frozen) until the instructor"
                    + " closes the simulator from a console ('Close the simulator' under its screens), or Ctrl-C: the"
                    + " default when the console window opens; without it a run with no window exits at its end.")
    private boolean hold;

    @Option(names = "--paused",
            description = "Start paused at plant time 0: the instructor starts the drill from the console's desk and,"
                    + " without --scenario, chooses the scenario there.")
    private boolean paused;

    @Option(names = "--lang", paramLabel = "ja|en", converter = Converters.LanguageConverter.class,
            description = "Language of the console window (default: the system's).")
    private String language;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "N|max", converter = Converters.SpeedConverter.class,
            description = "Plant time per wall time: 1 real time, 50, or max (default: ${DEFAULT-VALUE}).")
    private Speed speed;

    @Option(names = "--duration", paramLabel = "TIME", converter = Converters.PositiveDurationConverter.class,
            description = "Stop after this much plant time, like 90s, 10m30s or 2h (default: run until Ctrl-C).")
    private Duration duration;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the run's random source; same seed, same run (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--modbus-port", defaultValue = "5020", paramLabel = "PORT",
            description = "On a site, the port of every PLC, each at its own address (default: the site's, 5020 on"
                    + " the bundled ones); with --site none, the first plant's port, the next plants on the following"
                    + " ports (default: ${DEFAULT-VALUE}). 0 picks free ports, and a site's conduits follow them.")
    private int modbusPort;

    @Option(names = "--opcua-port", defaultValue = "4840", paramLabel = "PORT",
            description = "OPC UA port; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    private int opcuaPort;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "With --site none: the address every endpoint listens on (default: ${DEFAULT-VALUE},"
                    + " loopback only). On a site each endpoint listens at its host's address, so --bind is refused.")
    private String bind;

    @Option(names = "--advertise", paramLabel = "NAMES", split = ",",
            description = "More host names for the OPC UA endpoint's URLs and certificate: the names clients reach it"
                    + " by when --bind is not one (a Kubernetes Service: docs/deploy.md).")
    private List<String> advertise = List.of();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where users, certificates and journals are kept (default: ~/.icsdrill).")
    private Path dataDirectory;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Play a scenario: a bundled one by name (see 'icsdrill scenarios') or a YAML file. Its"
                    + " plants, seed, duration and start time apply unless given here.")
    private String scenario;

    @Option(names = "--out", paramLabel = "DIR",
            description = "With --scenario: where labels.csv, attacks.jsonl, events.jsonl, historian.csv, the"
                    + " transaction journal, the clock record (clock.jsonl) and the capture (capture.pcap) go"
                    + " (default: <data-dir>/runs/<scenario>-<time>).")
    private Path outputDirectory;

    @Option(names = "--modbus-allow", paramLabel = "ADDRS", split = ",",
            description = "Only these source addresses may connect to the Modbus servers (default: everyone,"
                    + " as in most real plants, so that attacks work).")
    private Set<String> modbusAllow = new LinkedHashSet<>();

    @Option(names = "--opcua-secure-only",
            description = "Offer no OPC UA endpoint with SecurityPolicy None.")
    private boolean opcUaSecureOnly;

    @Option(names = "--playbook",
            description = "With --scenario: take each response the scenario expects one tick before its deadline"
                    + " (attack start + within), as user 'playbook', to show the right answer.")
    private boolean playbook;

    @Option(names = "--no-capture",
            description = "Write no capture.pcap (the traffic of every endpoint, stamped in plant time) into the"
                    + " scenario's output folder.")
    private boolean noCapture;

    @Option(names = "--compress", paramLabel = "auto|zstd|gzip|none", defaultValue = "auto",
            converter = OutputCompression.Converter.class,
            description = "Compress the historian, the transaction journal, the capture, the labels and the site's"
                    + " host and firewall logs (historian.csv.zst...). auto (the default): zstd for runs longer than"
                    + " an hour, none for the others.")
    private OutputCompression compress;

    @Option(names = "--site", paramLabel = "NAME|FILE|none",
            description = "The site network (docs/site.md), a bundled one (reference, flat) or a file: its zones and"
                    + " conduits are enforced at every endpoint, each plant's PLC listens at its address in its control"
                    + " zone and the OPC UA server at the SCADA server's, and the firewall's log goes to firewall.jsonl."
                    + " Default: the scenario's site, else reference. none: one flat segment, every endpoint on --bind,"
                    + " no firewall.")
    private String site;

    @Option(names = "--no-couplings",
            description = "Run the plants side by side, each as alone: no fuel gas from the gas plant to the power unit,"
                    + " no site bus from the unit to the building and chemical plants (docs/coupling.md).")
    private boolean noCouplings;

    @Option(names = "--no-hosts",
            description = "Do not run the simulated SCADA poller (127.0.0.10) and engineering workstation (127.0.0.20).")
    private boolean noHosts;

    @Override
    public Integer call() throws Exception {
        if (outputDirectory != null && scenario == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out needs --scenario");
        }
        if (playbook && scenario == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--playbook needs --scenario");
        }
        Scenario played = scenario != null ? ScenarioSource.load(spec, scenario) : null;
        Path out = played == null ? null : outputDirectory != null ? outputDirectory
                : runFolder(played);
        RunOptions unplaced = options(played, out);
        RunSite placed = RunSite.choose(spec, site, played, modbusPort);
        RunOptions options = unplaced.onSite(placed.site().orElse(null)).advertising(advertise)
                .coupled(!noCouplings);
        PrintWriter console = spec.commandLine().getOut();
        boolean window = !headless && ConsoleLauncher.displayAvailable();
        try (SimulatorHost host = SimulatorHost.start(options, h -> attach(h, played, out, window))) {
            printEndpoints(console, host, window, options, played, placed);
            boolean consoleOpen = window && openConsole(host);
            if (played != null) {
                console.println("Scenario  " + played.id() + ": " + played.title() + " (" + DurationText.clock(
                        options.duration().toNanos() / 1e9) + ", seed " + options.seed() + "); ground truth in " + out);
            }
            console.flush();
            return RunWatch.watch(host, console, consoleOpen || hold, speed.toString());
        }
    }

    private static final java.time.format.DateTimeFormatter RUN_STAMP =
            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC);

    /** Attaches the scenario and the simulated hosts before plant time starts. */
    private void attach(SimulatorHost host, Scenario played, Path out, boolean window) {
        HostAddresses addresses = played == null ? HostAddresses.defaults() : new HostAddresses(
                HostAddresses.loopback(played.hosts().scada()), HostAddresses.loopback(played.hosts().engineering()),
                HostAddresses.loopback(played.hosts().attacker()));
        LiveEffectContext context = new LiveEffectContext(host.simulation(), host.policy(), host.plantEndpoints(),
                addresses).withOpcUa(host.opcUa().endpointUrl()).withStages(host.stages())
                .withCouplings(host.couplings());
        host.opcUa().scadaPath().setScadaHost(addresses.scada().getHostAddress());
        // the inventory: traffic from any other source is flagged as unknown (127.0.0.1 too, unless the site has it)
        host.exercise().setKnownHosts(knownHosts(addresses, host.options().site()));
        if (host.options().site() != null) {
            host.exercise().setHostProtocols(SitePlacement.protocolsSpoken(host.options().site()));
        }
        if (played != null) {
            Compression compression = compression(played);
            if (!noCapture) {
                context.withCapture(host.capture(out, compression));
            }
            host.recordFirewall(out, compression);
            host.recordHosts(out, compression);
            ScenarioRun run = ScenarioRun.attach(played, context, StandardEffects.INSTANCE, out, !noHosts, compression)
                    .recordJournal(host.journal()).withExercise(host.exercise(), window);
            host.recordClock(out);
            if (language != null && run.record() != null) {
                run.record().language(language); // the after-action report is written in the drill's language
            }
            host.closeOnStop(run);
            if (playbook) {
                Playbook.attach(run.engine(), host.exercise(), host.simulation());
            }
        } else {
            if (!noHosts) {
                host.closeOnStop(BaselineTraffic.attach(host.simulation(), addresses, host.plantEndpoints(),
                        host.policy(), seed));
            }
            host.exercise().offer(new BundledScenarioCatalog(context, host.exercise(),
                    chosen -> {
                        Path folder = runFolder(chosen);
                        host.recordClock(folder);
                        host.recordFirewall(folder, Compression.NONE);
                        host.recordHosts(folder, Compression.NONE);
                        if (!noCapture) {
                            context.withCapture(host.capture(folder, Compression.NONE));
                        }
                        return folder;
                    },
                    run -> started(host, run)));
        }
        if (!noHosts) {
            host.startSiteActivity(seed);
        }
        if (paused) {
            host.driver().pause();
        }
    }

    /** The simulated hosts and the consoles, and on a site every host it declares (its asset inventory). */
    private static List<String> knownHosts(HostAddresses addresses, Site site) {
        Set<String> known = new LinkedHashSet<>(List.of(addresses.scada().getHostAddress(),
                addresses.engineering().getHostAddress(), ConsoleConnection.CONSOLE_ADDRESS));
        if (site != null) {
            site.hosts().forEach(h -> known.add(h.address()));
        }
        return List.copyOf(known);
    }

    /** A scenario chosen on the desk: recorded like one given with --scenario, and the run ends with it. */
    private void started(SimulatorHost host, ScenarioRun run) {
        run.recordJournal(host.journal());
        if (language != null && run.record() != null) {
            run.record().language(language);
        }
        host.closeOnStop(run);
        if (duration == null) {
            host.driver().stopAt(run.engine().scenario().duration().toNanos() / 1e9);
        }
    }

    /** Opens the console window on its own thread, if it can; closing it leaves the simulator running. */
    private boolean openConsole(SimulatorHost host) {
        Optional<String> missing = ConsoleLauncher.missingRequirement(language);
        if (missing.isPresent()) {
            // the run goes on headless: the simulator is useful without its window
            spec.commandLine().getErr().println("icsdrill: no console window: " + missing.get());
            return false;
        }
        String user = host.opcUa().createdDefaultOperator().map(c -> c.username()).orElse(null);
        Thread thread = new Thread(() -> ConsoleLauncher.launch(host.opcUa().endpointUrl(), language, user),
                "console");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private RunOptions options(Scenario played, Path out) {
        List<String> ids = played != null ? scenarioPlants(played) : PlantIds.parseList(spec, plants);
        checkPort("--modbus-port", modbusPort, ids.size());
        checkPort("--opcua-port", opcuaPort, 1);
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind: unknown address '" + bind + "'");
        }
        Path data = dataDirectory();
        Set<String> allowed = allowedSources();
        if (played == null) {
            return new RunOptions(ids, speed, duration, seed, modbusPort, opcuaPort, address, data, null, null,
                    allowed, opcUaSecureOnly);
        }
        boolean seedGiven = spec.commandLine().getParseResult().hasMatchedOption("--seed");
        return new RunOptions(ids, speed, duration != null ? duration : played.duration(),
                seedGiven ? seed : played.seed(), modbusPort, opcuaPort, address, data,
                played.startTime().orElse(null), out.resolve(compression(played).fileName(ScenarioRun.JOURNAL)), allowed,
                opcUaSecureOnly)
                .inZone(played.timeZone());
    }

    /** How this run's bulky outputs are written: {@code --compress}, auto deciding by the run's plant time. */
    private Compression compression(Scenario played) {
        return compress.forRun(duration != null ? duration : played.duration());
    }

    /** The allow-list as canonical address strings; a name or a malformed address is a usage error. */
    private Set<String> allowedSources() {
        Set<String> canonical = new LinkedHashSet<>();
        for (String entry : modbusAllow) {
            try {
                canonical.add(InetAddress.getByName(entry.trim()).getHostAddress());
            } catch (UnknownHostException e) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--modbus-allow: '" + entry + "' is not an address");
            }
        }
        return canonical;
    }

    /** Where a scenario's ground truth and record go without --out: {@code <data-dir>/runs/<id>-<time>}. */
    private Path runFolder(Scenario played) {
        return dataDirectory().resolve("runs").resolve(played.id() + "-" + RUN_STAMP.format(Instant.now()));
    }

    private Path dataDirectory() {
        return DataDirectory.orDefault(dataDirectory);
    }

    /** The scenario's plants; a --plant list, if given too, must name the same plants. */
    private List<String> scenarioPlants(Scenario played) {
        if (plants != null && !PlantIds.parseList(spec, plants).equals(played.plants())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--plant " + plants
                    + " disagrees with the scenario's plants " + String.join(",", played.plants())
                    + "; leave --plant out to use the scenario's");
        }
        return played.plants();
    }

    private void checkPort(String option, int port, int count) {
        if (port < 0 || port + (port == 0 ? 0 : count - 1) > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must leave room for " + count + " port(s) within 0 to 65535, got " + port);
        }
    }

    private void printEndpoints(PrintWriter out, SimulatorHost host, boolean window, RunOptions options,
                                Scenario played, RunSite placed) {
        out.println("ICS Drill " + Version.current() + ", seed " + options.seed() + ", speed " + speed
                + (window ? ", console window open" : headless ? ", headless" : ", no display: status only"));
        for (ModbusTcpServer server : host.modbusServers()) {
            out.printf("  %-9s Modbus/TCP %s:%d (unit 1)%n", server.plantId(), server.address().getHostAddress(),
                    server.port());
        }
        out.println("  OPC UA    " + host.opcUa().endpointUrl());
        out.println("  Site      " + placed.describe());
        out.println("  Couplings " + CouplingFormat.summary(host.couplings().active(), noCouplings));
        host.opcUa().createdDefaultOperator().ifPresent(c -> out.println("  Created OPC UA user '" + c.username()
                + "' with password '" + c.password() + "' (shown once; kept hashed in the data directory)."));
        out.println("  Journal   " + host.journal().file());
        if (!noHosts) {
            Hosts hosts = played == null ? Hosts.DEFAULT : played.hosts();
            out.println("  Hosts     SCADA poller " + hosts.scada() + ", engineering workstation " + hosts.engineering()
                    + (played != null ? ", attacker " + hosts.attacker() : ""));
        }
        if (playbook) {
            out.println("  Playbook  the expected responses are taken one tick before their deadlines, as 'playbook'");
        }
    }
}
