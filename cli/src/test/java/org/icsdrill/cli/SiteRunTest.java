package org.icsdrill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.net.FirewallEvent;
import org.icsdrill.core.net.FirewallLogFile;
import org.icsdrill.core.net.FlowListener;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.core.site.HostLogFile;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.bundled.BundledSites;
import org.icsdrill.scenario.site.Conduit;
import org.icsdrill.scenario.site.Service;
import org.icsdrill.scenario.site.Site;
import org.icsdrill.scenario.site.Zone;
import org.icsdrill.ui.opcua.ConsoleConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four plants on the reference site, on real sockets: each PLC listens at its address in its control
 * zone, the OPC UA server at the SCADA server's; the SCADA server reads every PLC across its conduit,
 * a host of every other zone is refused at accept and the firewall logs each decision; every conduit's
 * services, flow-only ones included, pass from its zone and from no other; an HMI of the operations
 * zone connects to the OPC UA server, an office PC does not.
 */
class SiteRunTest {

    static final Site REFERENCE = BundledSites.load("reference").orElseThrow().site();

    @TempDir
    static Path dataDir;

    static SimulatorHost host;
    static final List<FirewallEvent> log = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        host = SimulatorHost.start(new RunOptions(Plants.ids(), Speed.REAL_TIME, null, 3, 0, 0,
                InetAddress.getLoopbackAddress(), dataDir).onSite(REFERENCE));
        host.policy().firewall().subscribe(log::add);
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void everyPlcListensInItsControlZoneAndTheOpcUaServerAtTheScadaServer() {
        for (ModbusTcpServer server : host.modbusServers()) {
            assertThat(server.address().getHostAddress()).isEqualTo(SitePlacement.plc(REFERENCE, server.plantId()).address());
            assertThat(REFERENCE.zone("control-" + server.plantId()).contains(server.address().getHostAddress())).isTrue();
        }
        assertThat(URI.create(host.opcUa().endpointUrl()).getHost()).isEqualTo("127.0.0.10");
    }

    @Test
    void theScadaServerReadsEveryPlcAHostOfAnyOtherZoneIsRefused() throws Exception {
        for (ModbusTcpServer plc : host.modbusServers()) {
            String to = plc.address().getHostAddress();
            assertThat(readsInputRegister("127.0.0.10", to, plc.port())).as("SCADA to %s", plc.plantId()).isTrue();
            for (Zone zone : REFERENCE.zones()) {
                if (zone.name().equals("operations") || zone.contains(to)) {
                    continue;
                }
                String from = someAddress(zone);
                assertThat(readsInputRegister(from, to, plc.port())).as("%s (%s) to %s", from, zone.name(),
                        plc.plantId()).isFalse();
            }
        }
        assertThat(log).filteredOn(FirewallEvent::allowed).extracting(FirewallEvent::rule)
                .contains("operations-control-power", "operations-control-gas", "operations-control-building",
                        "operations-control-chemical");
        assertThat(log).filteredOn(e -> !e.allowed()).extracting(FirewallEvent::sourceZone)
                .contains("enterprise", "dmz", "internet", "safety", "control-gas");
        assertThat(host.journal().recent()).anySatisfy(t -> {
            assertThat(t.source()).startsWith("127.0.40.");
            assertThat(t.result()).startsWith("refused: firewall");
        });
    }

    @Test
    void everyConduitOfTheSiteLetsItsServicesThroughFromItsZoneAndNothingElse() throws Exception {
        int checked = 0;
        for (Conduit conduit : REFERENCE.conduits()) {
            for (Service service : conduit.services()) {
                InetSocketAddress listener = listenerOf(conduit.to(), service);
                for (Zone zone : REFERENCE.zones()) {
                    if (zone.name().equals(conduit.to())) {
                        continue; // inside the destination's zone no firewall stands
                    }
                    boolean allowed = REFERENCE.conduits().stream().anyMatch(c -> c.allows(zone.name(), conduit.to(), service));
                    assertThat(accepted(someAddress(zone), listener))
                            .as("%s from %s through %s", service, zone.name(), conduit.name()).isEqualTo(allowed);
                    checked++;
                }
            }
        }
        int services = REFERENCE.conduits().stream().mapToInt(c -> c.services().size()).sum();
        assertThat(checked).as("every conduit's services from every other zone")
                .isEqualTo(services * (REFERENCE.zones().size() - 1));
        assertThat(log).filteredOn(FirewallEvent::allowed).extracting(FirewallEvent::rule)
                .containsAll(REFERENCE.conduits().stream().map(Conduit::name).toList());
    }

    /** Where a service of a zone's host listens in this run: a PLC's Modbus server or a flow listener. */
    private static InetSocketAddress listenerOf(String zone, Service service) {
        Zone where = REFERENCE.zone(zone);
        if (service.protocol().equals("modbus")) {
            ModbusTcpServer plc = host.modbusServers().stream()
                    .filter(m -> where.contains(m.address().getHostAddress())).findFirst().orElseThrow();
            return new InetSocketAddress(plc.address(), plc.port());
        }
        FlowListener flow = host.flowListeners().stream()
                .filter(f -> f.protocol().equals(service.protocol()) && where.contains(f.address())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing listens for " + service + " in " + zone));
        return new InetSocketAddress(flow.address(), flow.port());
    }

    /** Whether a connection from {@code from} is kept open by the listener (refused ones are reset or closed). */
    private static boolean accepted(String from, InetSocketAddress to) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            try {
                socket.connect(to, 5_000);
            } catch (java.net.SocketException e) {
                return false; // reset before the handshake was even over
            }
            socket.setSoTimeout(300);
            try {
                return socket.getInputStream().read() >= 0;
            } catch (java.net.SocketTimeoutException e) {
                return true; // waiting for us to speak: kept
            } catch (IOException e) {
                return false; // reset
            }
        }
    }

    @Test
    void theHmiStationsSpeakOpcUaOnlySoTheirModbusIsFlagged() {
        assertThat(SitePlacement.protocolsSpoken(REFERENCE))
                .containsEntry("127.0.0.1", java.util.Set.of("opcua"))
                .containsEntry("127.0.0.30", java.util.Set.of("opcua"))
                .doesNotContainKey("127.0.0.10");
    }

    @Test
    void anHmiOfTheOperationsZoneConnectsAnOfficePcDoesNot() throws Exception {
        try (ConsoleConnection console = ConsoleConnection.open(host.opcUa().endpointUrl())) {
            assertThat(console.plants()).hasSize(4); // from 127.0.0.30, the console's address in operations
        }
        int port = URI.create(host.opcUa().endpointUrl()).getPort();
        try (Socket office = new Socket()) {
            office.bind(new InetSocketAddress("127.0.40.11", 0));
            office.connect(new InetSocketAddress("127.0.0.10", port), 5_000);
            office.setSoTimeout(5_000);
            assertThat(office.getInputStream().read()).as("closed before any OPC UA").isEqualTo(-1);
        }
    }

    @Test
    void aScenarioRunOnTheSiteWritesTheFirewallLogAsEcs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--site", "reference", "--scenario",
                "chemical-oldsmar", "--speed", "max", "--duration", "30s", "--out", out.toString(),
                "--modbus-port", "0", "--opcua-port", "0", "--data-dir", dir.resolve("data").toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("Modbus/TCP 127.0.24.2:").contains("opc.tcp://127.0.0.10:");

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(FirewallLogFile.FILE_NAME))) {
            lines.add(new ObjectMapper().readTree(line));
        }
        // the SCADA poller crosses the conduit from operations to the reactor's control zone
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.path("event").path("action").asText()).isEqualTo("allow");
            assertThat(l.path("source").path("ip").asText()).isEqualTo("127.0.0.10");
            assertThat(l.path("destination").path("ip").asText()).isEqualTo("127.0.24.2");
            assertThat(l.path("rule").path("name").asText()).isEqualTo("operations-control-chemical");
            assertThat(l.path("observer").path("egress").path("zone").asText()).isEqualTo("control-chemical");
        });
    }

    /**
     * The site's IT hosts live in a scenario run: their event logs go to {@code hosts.jsonl} (ECS) and to the
     * record, and their flows (replication from the SCADA server to the replica in the DMZ, the office's
     * logons against the directory) cross real sockets into the capture with their own addresses.
     */
    @Test
    void theSitesHostsLogTheirDayAndTheirFlowsAreCaptured(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run");
        CliTest.Outcome o = CliTest.icsdrill("run", "--headless", "--site", "reference", "--scenario",
                "chemical-oldsmar", "--speed", "max", "--duration", "3m", "--out", out.toString(),
                "--modbus-port", "0", "--opcua-port", "0", "--data-dir", dir.resolve("data").toString());
        assertThat(o.code()).as(o.err()).isZero();

        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(HostLogFile.FILE_NAME))) {
            events.add(new ObjectMapper().readTree(line));
        }
        // both office users log on within their first two minutes, against the directory
        assertThat(events).filteredOn(e -> e.at("/event/action").asText().equals("logon"))
                .extracting(e -> e.at("/host/name").asText()).contains("office-pc-1", "office-pc-2");
        try (RecordReader record = RecordReader.open(out.resolve(ExerciseRecord.FILE))) {
            assertThat(record.hostEvents()).hasSize(events.size());
        }
        List<String> flows = CaptureSyns.read(out.resolve("capture.pcap")).stream().map(CaptureSyns::pair).distinct()
                .toList();
        assertThat(flows).as("replication, operations to DMZ").contains("127.0.0.10 -> 127.0.35.10");
        assertThat(flows).as("logons, inside the enterprise").contains("127.0.40.11 -> 127.0.40.5",
                "127.0.40.12 -> 127.0.40.5");
    }

    @Test
    void theFlatSiteRunsItsPlcsInOneSegmentWithoutAFirewall(@TempDir Path dir) throws Exception {
        Site flat = BundledSites.load("flat").orElseThrow().site();
        try (SimulatorHost onFlat = SimulatorHost.start(new RunOptions(List.of("chemical"), Speed.REAL_TIME, null, 3, 0,
                0, InetAddress.getLoopbackAddress(), dir).onSite(flat))) {
            ModbusTcpServer plc = onFlat.modbusServers().get(0);
            assertThat(plc.address().getHostAddress()).isEqualTo("127.0.0.24");
            // no conduit to cross: even an address outside every host of the site reaches it
            assertThat(readsInputRegister("127.0.40.11", "127.0.0.24", plc.port())).isTrue();
        }
    }

    /** A Modbus read of one input register from {@code from}; false when the connection is refused. */
    private static boolean readsInputRegister(String from, String to, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(to, port), 5_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(new byte[] {0, 1, 0, 0, 0, 6, 1, 0x04, 0, 0, 0, 1});
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int first = in.read();
            return first >= 0;
        }
    }

    /** An address of the zone: one of its hosts', or .99 of its block. */
    private static String someAddress(Zone zone) {
        return REFERENCE.hosts().stream().filter(h -> h.zone().equals(zone.name())).map(h -> h.address())
                .findFirst().orElseGet(() -> zone.cidr().substring(0, zone.cidr().lastIndexOf('.')) + ".99");
    }
}
