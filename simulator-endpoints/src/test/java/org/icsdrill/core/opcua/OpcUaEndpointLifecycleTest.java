package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Start-up, restart, failures to start, and host isolation at the port. */
class OpcUaEndpointLifecycleTest {

    private static final Logger LOG = LoggerFactory.getLogger(OpcUaEndpointLifecycleTest.class);

    @TempDir
    Path dataDir;

    @Test
    void secondRunReusesTheCertificateAndTheUsers() throws Exception {
        String password;
        try (OpcUaFixture first = new OpcUaFixture(dataDir)) {
            password = first.operator().password();
            assertThat(first.endpoint.endpointUrl())
                    .isEqualTo("opc.tcp://127.0.0.1:" + first.endpoint.port() + "/icsdrill");
        }
        byte[] keyStore = Files.readAllBytes(dataDir.resolve("pki/own/server.p12"));

        long started = System.nanoTime();
        try (OpcUaFixture second = new OpcUaFixture(dataDir)) {
            LOG.info("second start took {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            assertThat(second.endpoint.createdDefaultOperator()).isEmpty();
            assertThat(second.endpoint.users().authenticate("operator", password)).contains(Role.OPERATOR);
            assertThat(Files.readAllBytes(dataDir.resolve("pki/own/server.p12"))).isEqualTo(keyStore);

            OpcUaClient client = OpcUaTestClients.user(second.endpoint,
                    new Credentials("operator", password, Role.OPERATOR));
            client.disconnect();
        }
    }

    @Test
    void aPortInUseIsReportedClearly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var simulation = new OpcUaFixtureFreeSimulation();
            OpcUaConfig config = OpcUaConfig.loopback(dataDir).withPort(taken.getLocalPort());

            assertThatThrownBy(() -> OpcUaEndpoint.start(simulation.simulation, simulation.journal,
                    simulation.policy, config))
                    .isInstanceOf(OpcUaStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("not available");
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsReportedClearly() throws Exception {
        Path file = Files.writeString(dataDir.resolve("not-a-directory"), "x");
        var simulation = new OpcUaFixtureFreeSimulation();

        assertThatThrownBy(() -> OpcUaEndpoint.start(simulation.simulation, simulation.journal, simulation.policy,
                OpcUaConfig.loopback(file)))
                .isInstanceOf(OpcUaStartException.class)
                .hasMessageContaining("data directory");
    }

    @Test
    void configDefaultsToLoopbackAndNamesItsHosts() {
        var config = new OpcUaConfig(null, 0, dataDir, null);

        assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.hostnames()).containsExactly("127.0.0.1", "localhost");
    }

    @Test
    void anIsolatedHostCannotConnectUntilReleased() throws Exception {
        try (OpcUaFixture plant = new OpcUaFixture(dataDir)) {
            plant.policy.isolate("127.0.0.1");

            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), plant.endpoint.port())) {
                socket.setSoTimeout(5_000);
                assertThat(socket.getInputStream().read()).as("closed by the server").isEqualTo(-1);
            }
            assertThat(plant.journal.recent()).anySatisfy(t -> {
                assertThat(t.protocol()).isEqualTo("opcua");
                assertThat(t.result()).isEqualTo("refused: host isolated");
                assertThat(t.source()).startsWith("127.0.0.1:");
            });

            plant.policy.release("127.0.0.1");
            OpcUaClient client = OpcUaTestClients.anonymous(plant.endpoint);
            client.disconnect();
        }
    }

    /** The simulation parts of a fixture, without starting an endpoint. */
    private static final class OpcUaFixtureFreeSimulation {
        final Simulation simulation = new Simulation(SimulationConfig.defaults(1), List.of(new TestPlant()));
        final TransactionJournal journal = TransactionJournal.inMemory(100);
        final SourcePolicy policy = new SourcePolicy();
    }
}
