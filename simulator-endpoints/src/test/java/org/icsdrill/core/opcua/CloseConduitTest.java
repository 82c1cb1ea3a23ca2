package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.structured.CallMethodResult;
import org.icsdrill.api.ExerciseAddress;
import org.icsdrill.api.ExerciseJson;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.api.ResponseRule;
import org.icsdrill.api.TimelineEntry;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.LoopbackSockets;
import org.icsdrill.core.net.NetworkZone;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The close_conduit response over OPC UA with real Milo clients, on a small site: the trainees' consoles
 * and the SCADA server in operations, the test plant's PLC in its control zone behind a Modbus conduit,
 * and an enterprise-to-DMZ conduit with two services. Closing a conduit cuts the Modbus connection across
 * it at once and refuses the next; closing one service leaves the others open; a wrong target is refused
 * with the reason and changes nothing.
 */
class CloseConduitTest {

    static final String PLC = "127.0.27.2";
    static final String SCADA = "127.0.0.10";
    static final String CONTROL = "operations-control-test";

    @TempDir
    static Path dataDir;

    static Simulation simulation;
    static final SourcePolicy policy = new SourcePolicy();
    static final TransactionJournal journal = TransactionJournal.inMemory(1000);
    static Exercise exercise;
    static ModbusTcpServer plc;
    static Firewall firewall;
    static OpcUaEndpoint endpoint;
    static OpcUaClient operator;
    static OpcUaClient instructor;

    @BeforeAll
    static void start() throws Exception {
        simulation = new Simulation(SimulationConfig.defaults(3).withStartTime(OpcUaFixture.START),
                List.of(new TestPlant()));
        exercise = new Exercise(simulation, new SimulationDriver(simulation, Speed.REAL_TIME), policy, journal);
        // a free port at the PLC's own address, and the conduit ruled on it
        plc = ModbusTcpServer.start(simulation.plant(TestPlant.ID), ModbusServerConfig.loopback(0)
                .withBindAddress(InetAddress.getByName(PLC)), journal, policy, "0.1");
        firewall = Firewall.of(List.of(new NetworkZone("operations", "127.0.0.0/24"),
                        new NetworkZone("control-test", "127.0.27.0/24"), new NetworkZone("enterprise", "127.0.40.0/24"),
                        new NetworkZone("dmz", "127.0.35.0/24")),
                List.of(new ConduitRule(CONTROL, "operations", "control-test", "modbus", plc.port(), "fw-ops"),
                        new ConduitRule("enterprise-dmz", "enterprise", "dmz", "https", 443, "fw-dmz"),
                        new ConduitRule("enterprise-dmz", "enterprise", "dmz", "rdp", 3389, "fw-dmz")),
                simulation::plantTimeSeconds);
        policy.useFirewall(firewall);
        // on 127.0.0.1, in operations with the consoles: no conduit between them
        endpoint = OpcUaEndpoint.start(simulation, journal, policy, OpcUaConfig.loopback(dataDir), exercise);
        operator = OpcUaTestClients.user(endpoint, endpoint.createdDefaultOperator().orElseThrow());
        instructor = OpcUaTestClients.user(endpoint, endpoint.users().addUser("ines", Role.INSTRUCTOR));
        simulation.step();
    }

    @AfterEach
    void openEverythingAgain() {
        firewall.openConduit(CONTROL);
        firewall.openConduit("enterprise-dmz");
        firewall.openService("enterprise-dmz", "rdp", 3389);
    }

    @AfterAll
    static void stop() throws Exception {
        OpcUaTestClients.disconnect(operator, instructor);
        if (endpoint != null) {
            endpoint.close();
        }
        if (plc != null) {
            plc.close();
        }
        exercise.close();
    }

    @Test
    void closingTheConduitCutsTheModbusConnectionAcrossItAndRefusesTheNext() throws Exception {
        try (Socket scada = modbus(SCADA)) {
            assertThat(readInputRegisters(scada)).as("the SCADA server reads the PLC").isEqualTo(0x04);

            CallMethodResult closed = ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "close_conduit", "",
                    " " + CONTROL + " ");

            assertDone(closed, "conduitClosed", CONTROL);
            assertThat((String) closed.getOutputArguments()[1].getValue()).isEqualTo("closed conduit " + CONTROL
                    + ": the connections it carried are cut and no new ones pass");
            assertThat(scada.getInputStream().read()).as("the open connection is cut at once").isEqualTo(-1);
        }
        assertThat(journal.recent()).anySatisfy(t -> {
            assertThat(t.source()).startsWith(SCADA + ":");
            assertThat(t.result()).isEqualTo("dropped: firewall, conduit closed");
        });
        try (Socket again = modbus(SCADA)) {
            assertThat(readInputRegisters(again)).as("and the next is refused at accept").isEqualTo(-1);
        }
        assertThat(journal.recent()).anySatisfy(t -> {
            assertThat(t.source()).startsWith(SCADA + ":");
            assertThat(t.result()).isEqualTo("refused: firewall fw-ops: " + CONTROL + " (closed)");
            assertThat(t.outcome()).isEqualTo(TrafficOutcome.REFUSED);
        });
        // journaled as every response is: the action and its target as given, which the desk's and the
        // report's rule accepts for the conduit
        assertThat(ExerciseJson.timeline(ExerciseControlTest.text(instructor, ExerciseAddress.TIMELINE)))
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.RESPONSE);
                    assertThat(e.user()).isEqualTo("operator");
                    assertThat(e.what()).isEqualTo("close_conduit");
                    assertThat(e.target()).isEqualTo(" " + CONTROL + " ");
                    assertThat(ResponseRule.accepts(new ResponseRule.Expected(ResponseAction.CLOSE_CONDUIT, CONTROL),
                            new ResponseRule.Taken(e.plantTime(), e.what(), e.plant(), e.target()))).isTrue();
                });
        firewall.openConduit(CONTROL);
        try (Socket open = modbus(SCADA)) {
            assertThat(readInputRegisters(open)).as("served once it is open again").isEqualTo(0x04);
        }
    }

    @Test
    void closingOneServiceLeavesTheConduitsOthersOpen() throws Exception {
        assertDone(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "close_conduit", "",
                "enterprise-dmz  rdp/3389"), "serviceClosed", "rdp/3389", "enterprise-dmz");

        assertThat(firewall.permits("127.0.40.11:50000", "127.0.35.20", 3389, "rdp")).as("RDP to the jump host")
                .isFalse();
        assertThat(firewall.permits("127.0.40.11:50000", "127.0.35.10", 443, "https")).as("HTTPS to the historian")
                .isTrue();
        try (Socket scada = modbus(SCADA)) {
            assertThat(readInputRegisters(scada)).as("another conduit").isEqualTo(0x04);
        }
        assertThat(ExerciseJson.timeline(ExerciseControlTest.text(instructor, ExerciseAddress.TIMELINE)))
                .anySatisfy(e -> assertThat(e.target()).isEqualTo("enterprise-dmz  rdp/3389"));
    }

    @Test
    void aWrongTargetIsRefusedWithTheReasonAndChangesNothing() throws Exception {
        assertRefused(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "close_conduit", "", "enterprise-ot"),
                "unknownConduit", "enterprise-ot", CONTROL + ", enterprise-dmz");
        CallMethodResult blank = ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "close_conduit", "", "");
        assertRefused(blank, "unknownConduit", "", CONTROL + ", enterprise-dmz");
        assertThat((String) blank.getOutputArguments()[1].getValue())
                .isEqualTo("no conduit '' on this site; its conduits: " + CONTROL + ", enterprise-dmz");
        assertRefused(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "close_conduit", "",
                "enterprise-dmz ssh/22"), "serviceNotOnConduit", "ssh/22", "enterprise-dmz", "https/443, rdp/3389");
        assertRefused(ExerciseControlTest.call(operator, ExerciseAddress.RESPOND, "close_conduit", "",
                "enterprise-dmz rdp"), "serviceMalformed", "rdp");

        assertThat(firewall.permits("127.0.40.11:50000", "127.0.35.20", 3389, "rdp")).isTrue();
        assertThat(firewall.closedConduits()).isEmpty();
        assertThat(ExerciseJson.timeline(ExerciseControlTest.text(instructor, ExerciseAddress.TIMELINE)))
                .noneSatisfy(e -> assertThat(e.target()).isIn("enterprise-ot", "enterprise-dmz ssh/22",
                        "enterprise-dmz rdp"));
    }

    static void assertDone(CallMethodResult result, String code, String... arguments) {
        assertThat(result.getStatusCode().isGood()).as(result.getStatusCode().toString()).isTrue();
        assertThat(result.getOutputArguments()[0].getValue()).as((String) result.getOutputArguments()[1].getValue())
                .isEqualTo(true);
        assertThat(result.getOutputArguments()[2].getValue()).isEqualTo(code);
        assertThat((String[]) result.getOutputArguments()[3].getValue()).containsExactly(arguments);
    }

    static void assertRefused(CallMethodResult result, String code, String... arguments) {
        assertThat(result.getStatusCode().isGood()).as(result.getStatusCode().toString()).isTrue();
        assertThat(result.getOutputArguments()[0].getValue()).isEqualTo(false);
        assertThat(result.getOutputArguments()[2].getValue()).isEqualTo(code);
        assertThat((String[]) result.getOutputArguments()[3].getValue()).containsExactly(arguments);
    }

    /** A Modbus/TCP client from {@code host}'s own address to the PLC. */
    private static Socket modbus(String host) throws IOException {
        return LoopbackSockets.connect(host, PLC, plc.port());
    }

    /**
     * Read Input Registers 0-1 of unit 1: the function code of the answer, or -1 when the server closed the
     * connection instead.
     */
    private static int readInputRegisters(Socket socket) throws IOException {
        try {
            socket.getOutputStream().write(new byte[] {0, 1, 0, 0, 0, 6, 1, 0x04, 0, 0, 0, 2});
            InputStream in = socket.getInputStream();
            byte[] header = in.readNBytes(7);
            if (header.length < 7) {
                return -1;
            }
            byte[] pdu = in.readNBytes(((header[4] & 0xFF) << 8 | header[5] & 0xFF) - 1);
            return pdu.length == 0 ? -1 : pdu[0] & 0xFF;
        } catch (SocketException e) {
            return -1; // reset by the server
        }
    }
}
