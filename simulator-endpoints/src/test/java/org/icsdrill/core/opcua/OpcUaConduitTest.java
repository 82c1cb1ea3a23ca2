package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.icsdrill.api.TrafficOutcome;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.NetworkZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SCADA server's OPC UA port in the operations zone: an HMI of the zone reads it, a host of the
 * enterprise zone, which no conduit lets in, is refused before a byte of OPC UA is read, and journaled.
 */
class OpcUaConduitTest {

    @TempDir
    static Path dataDir;

    static OpcUaFixture plant;
    static Firewall firewall;

    @BeforeAll
    static void start() throws Exception {
        plant = new OpcUaFixture(dataDir);
        firewall = Firewall.of(List.of(new NetworkZone("enterprise", "127.0.40.0/24"),
                        new NetworkZone("operations", "127.0.0.0/24")),
                List.of(new ConduitRule("enterprise-operations", "enterprise", "operations", "https", 443, "fw-ops")),
                plant.simulation::plantTimeSeconds);
        plant.policy.useFirewall(firewall);
    }

    @AfterAll
    static void stop() {
        if (plant != null) {
            plant.close();
        }
    }

    @Test
    void anHmiOfTheZoneReadsAnOfficePcIsRefused() throws Exception {
        OpcUaClient hmi = OpcUaTestClients.anonymous(plant.endpoint);
        try {
            DataValue value = hmi.readValue(0, TimestampsToReturn.Both, OpcUaTestClients.tagNode(hmi, "T1.TT101"));
            assertThat(value.getStatusCode().isGood()).isTrue();
        } finally {
            hmi.disconnect();
        }
        int port = URI.create(plant.endpoint.endpointUrl()).getPort();
        try (Socket office = new Socket()) {
            office.bind(new InetSocketAddress("127.0.40.11", 0));
            office.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            office.setSoTimeout(5_000);
            // the gate closes it on connect, before the client says anything
            assertThat(office.getInputStream().read()).as("closed by the gate").isEqualTo(-1);
        }
        assertThat(plant.journal.recent()).anySatisfy(t -> {
            assertThat(t.source()).startsWith("127.0.40.11:");
            assertThat(t.result()).isEqualTo("refused: firewall fw-ops: default-deny");
            assertThat(t.outcome()).isEqualTo(TrafficOutcome.REFUSED);
        });
    }
}
