package org.icsdrill.core.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.testing.Await;
import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection limits, idle timeout and allow-list of the Modbus server, over real loopback sockets
 * bound to the simulated hosts' addresses: the SCADA poller 127.0.0.10, the attacker 127.0.0.66.
 */
class ModbusConnectionLimitsTest {

    private static final String SCADA = "127.0.0.10";
    private static final String ATTACKER = "127.0.0.66";

    private Simulation sim;
    private TransactionJournal journal;
    private ModbusTcpServer server;

    @BeforeEach
    void simulation() {
        sim = new Simulation(SimulationConfig.defaults(7), List.of(new TankPlant()));
        sim.advance(Duration.ofSeconds(1));
        journal = TransactionJournal.inMemory(1000);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start(ModbusServerConfig config) throws IOException {
        server = ModbusTcpServer.start(sim.plant("tank"), config, journal, new SourcePolicy(), "test");
    }

    @Test
    void aFloodFromOneSourceFillsOnlyItsOwnCapAndTheScadaPollerStillGetsIn() throws Exception {
        start(ModbusServerConfig.loopback(0)); // 64 in all, 16 per source
        int perSource = ModbusServerConfig.DEFAULT_MAX_CONNECTIONS_PER_SOURCE;
        List<RawModbusClient> flood = new ArrayList<>();
        try {
            for (int i = 0; i < perSource + 8; i++) {
                flood.add(new RawModbusClient(server.port(), ATTACKER));
            }
            Await.until("the attacker at its cap of " + perSource + ", 8 refused",
                    () -> server.openConnections() == perSource && server.refusedConnections() == 8);
            try (RawModbusClient scada = new RawModbusClient(server.port(), SCADA)) {
                assertThat(scada.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
                assertThat(server.openConnections()).isEqualTo(perSource + 1);
            }
        } finally {
            for (RawModbusClient client : flood) {
                client.close();
            }
        }
        Await.until("every connection closed", () -> server.openConnections() == 0);
        // the slots are free again: the attacker's address gets its full share back
        List<RawModbusClient> again = new ArrayList<>();
        try {
            for (int i = 0; i < perSource; i++) {
                RawModbusClient client = new RawModbusClient(server.port(), ATTACKER);
                again.add(client);
                assertThat(client.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
            }
        } finally {
            for (RawModbusClient client : again) {
                client.close();
            }
        }
    }

    @Test
    void theTotalCapStillHoldsAcrossSources() throws Exception {
        start(ModbusServerConfig.loopback(0).withLimits(4, 2));
        List<RawModbusClient> clients = new ArrayList<>();
        try {
            for (int host = 20; host < 24; host++) {
                for (int i = 0; i < 2; i++) {
                    clients.add(new RawModbusClient(server.port(), "127.0.0." + host));
                }
            }
            Await.until("4 open, 4 refused", () -> server.openConnections() == 4 && server.refusedConnections() == 4);
        } finally {
            for (RawModbusClient client : clients) {
                client.close();
            }
        }
        Await.until("every connection closed", () -> server.openConnections() == 0);
    }

    @Test
    void aSilentConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        start(ModbusServerConfig.loopback(0).withIdleTimeout(Duration.ofMillis(300)));
        try (RawModbusClient client = new RawModbusClient(server.port(), SCADA)) {
            byte[] answer = client.request(1, 0x04, 0, 0, 0, 2);
            long silentSince = System.nanoTime();
            assertThat(answer[0]).isEqualTo((byte) 0x04);
            assertThat(client.isClosedByServer()).as("closed within the client's 5 s read timeout").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - silentSince)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        }
        Await.until("every connection closed", () -> server.openConnections() == 0);
        assertThat(server.connectionsClosedByServer()).isEqualTo(1);
    }

    @Test
    void aClientThatSendsButNeverReadsIsClosedAfterTheIdleTimeout() throws Exception {
        // regression: the read timeout alone left the server thread blocked for ever writing answers
        start(ModbusServerConfig.loopback(0).withIdleTimeout(Duration.ofMillis(300)));
        java.net.Socket socket = new java.net.Socket();
        socket.setReceiveBufferSize(1024);
        socket.bind(new java.net.InetSocketAddress(ATTACKER, 0));
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 5_000);
        byte[] request = {0, 1, 0, 0, 0, 6, 1, 0x04, 0, 0, 0, 125};
        Thread writer = new Thread(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (int i = 0; i < 2_000_000; i++) { // at most 24 MB of requests; the buffers fill long before
                    out.write(request);
                }
            } catch (IOException expected) {
                // the server closed the connection
            }
        }, "test-never-reads");
        writer.start();
        try {
            Await.until("the writer closed by the server",
                    () -> server.connectionsClosedByServer() == 1 && server.openConnections() == 0);
        } finally {
            socket.close();
            writer.join(10_000);
        }
        assertThat(writer.isAlive()).isFalse();
    }

    @Test
    void aClientTricklingARequestByteByByteIsClosedAfterTheIdleTimeout() throws Exception {
        // regression: the timeout applied to each read, so one byte every 100 ms kept the slot for ever
        start(ModbusServerConfig.loopback(0).withIdleTimeout(Duration.ofMillis(300)));
        byte[] request = {0, 1, 0, 0, 0, 6, 1, 0x04, 0, 0, 0, 2};
        try (RawModbusClient client = new RawModbusClient(server.port(), ATTACKER)) {
            OutputStream out = client.socket().getOutputStream();
            try {
                for (byte b : request) { // 1.2 s for the whole frame
                    out.write(b);
                    out.flush();
                    Thread.sleep(100); // the slow client under test: its pace, not a wait for anything
                }
            } catch (IOException closed) {
                // the server closed the connection
            }
            assertThat(client.isClosedByServer()).as("closed, and never answered").isTrue();
        }
        Await.until("every connection closed", () -> server.openConnections() == 0);
        assertThat(server.connectionsClosedByServer()).isEqualTo(1);
    }

    @Test
    void anIdleTimeoutOfZeroWouldMeanNeverAndIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ModbusServerConfig.loopback(0).withIdleTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSourceOutsideTheAllowListIsClosedAtAcceptTimeAndJournaled() throws Exception {
        start(ModbusServerConfig.loopback(0).withAllowedSources(Set.of(SCADA)));
        try (RawModbusClient attacker = new RawModbusClient(server.port(), ATTACKER)) {
            assertThat(attacker.isClosedByServer()).isTrue();
        }
        try (RawModbusClient scada = new RawModbusClient(server.port(), SCADA)) {
            assertThat(scada.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
        }
        assertThat(server.refusedConnections()).isEqualTo(1);
        Transaction refused = journal.recent().get(0);
        assertThat(refused.source()).startsWith(ATTACKER + ":");
        assertThat(refused.function()).isEqualTo("connect");
        assertThat(refused.result()).isEqualTo("refused: source not in the allow-list");
        assertThat(journal.recent()).filteredOn(t -> t.source().startsWith(SCADA)).hasSize(1);
    }

    @Test
    void byDefaultEverySourceIsAllowed() throws Exception {
        ModbusServerConfig config = ModbusServerConfig.loopback(0);
        assertThat(config.allowedSources()).isEmpty();
        start(config);
        try (RawModbusClient attacker = new RawModbusClient(server.port(), ATTACKER)) {
            assertThat(attacker.request(1, 0x04, 0, 0, 0, 2)[0]).isEqualTo((byte) 0x04);
        }
    }
}
