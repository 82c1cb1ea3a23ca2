package org.icsdrill.core.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.FirewallEvent;
import org.icsdrill.core.net.NetworkZone;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A PLC in its control zone on a real socket: the SCADA server's read crosses the conduit, an office
 * PC's is refused at accept and logged by the firewall and the journal; closing the conduit cuts the
 * open connection at once.
 */
class ModbusConduitTest {

    static final String PLC = "127.0.24.2";
    static final String SCADA = "127.0.0.10";
    static final String OFFICE_PC = "127.0.40.11";

    private Simulation sim;
    private TransactionJournal journal;
    private SourcePolicy policy;
    private Firewall firewall;
    private final List<FirewallEvent> log = new CopyOnWriteArrayList<>();
    private ModbusTcpServer server;

    @BeforeEach
    void start() throws Exception {
        sim = new Simulation(SimulationConfig.defaults(7), List.of(new TankPlant()));
        PlantRuntime plant = sim.plant("tank");
        journal = TransactionJournal.inMemory(1000);
        policy = new SourcePolicy();
        firewall = Firewall.of(List.of(new NetworkZone("enterprise", "127.0.40.0/24"),
                        new NetworkZone("operations", "127.0.0.0/24"), new NetworkZone("control-tank", "127.0.24.0/24")),
                List.of(new ConduitRule("operations-control-tank", "operations", "control-tank", "modbus", 5020, "fw-ops")),
                sim::plantTimeSeconds);
        firewall.subscribe(log::add);
        policy.useFirewall(firewall);
        // the conduit names port 5020; the PLC listens there at its own address in its zone
        server = ModbusTcpServer.start(plant, ModbusServerConfig.loopback(5020)
                .withBindAddress(InetAddress.getByName(PLC)), journal, policy, "0.1");
        sim.advance(Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theScadaServerReadsThePlcAnOfficePcIsRefused() throws Exception {
        try (RawModbusClient scada = new RawModbusClient(SCADA, PLC, 5020)) {
            assertThat(scada.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
        }
        try (RawModbusClient office = new RawModbusClient(OFFICE_PC, PLC, 5020)) {
            office.send(1, 0x04, 0, 0, 0, 2);
            assertThat(office.isClosedByServer()).as("refused at accept").isTrue();
        }

        assertThat(log).extracting(FirewallEvent::allowed).containsExactly(true, false);
        assertThat(log.get(1)).satisfies(e -> {
            assertThat(e.source()).startsWith(OFFICE_PC + ":");
            assertThat(e.destination()).isEqualTo(PLC + ":5020");
            assertThat(e.rule()).isEqualTo(Firewall.DEFAULT_DENY);
            assertThat(e.firewall()).isEmpty(); // no conduit joins enterprise and control-tank
        });
        assertThat(journal.recent()).anySatisfy(t -> {
            assertThat(t.source()).startsWith(OFFICE_PC + ":");
            assertThat(t.result()).isEqualTo("refused: firewall: default-deny");
            assertThat(t.outcome()).isEqualTo(TrafficOutcome.REFUSED);
        });
    }

    @Test
    void closingTheConduitCutsTheOpenConnectionAndRefusesTheNext() throws Exception {
        try (RawModbusClient scada = new RawModbusClient(SCADA, PLC, 5020)) {
            assertThat(scada.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
            firewall.closeConduit("operations-control-tank");
            assertThat(scada.isClosedByServer()).as("cut at once, idle as it is").isTrue();
        }
        assertThat(journal.recent()).anySatisfy(t -> assertThat(t.result()).isEqualTo("dropped: firewall, conduit closed"));
        try (RawModbusClient again = new RawModbusClient(SCADA, PLC, 5020)) {
            again.send(1, 0x04, 0, 0, 0, 2);
            assertThat(again.isClosedByServer()).isTrue();
        }
        assertThat(log.get(log.size() - 1).rule()).isEqualTo("operations-control-tank (closed)");
        firewall.openConduit("operations-control-tank");
        try (RawModbusClient after = new RawModbusClient(SCADA, PLC, 5020)) {
            assertThat(after.request(1, 0x04, 0, 0, 0, 2)[0]).as("served once it is open again").isEqualTo((byte) 0x04);
        }
    }
}
