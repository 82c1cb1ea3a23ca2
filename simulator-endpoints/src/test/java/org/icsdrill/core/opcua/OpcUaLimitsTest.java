package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past its limits the server answers with the specified status codes and keeps serving the rest. */
class OpcUaLimitsTest {

    @TempDir
    Path dataDir;
    private OpcUaEndpoint endpoint;
    private final List<OpcUaClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Simulation simulation = new Simulation(SimulationConfig.defaults(1), List.of(new TestPlant()));
        endpoint = OpcUaEndpoint.start(simulation, TransactionJournal.inMemory(100), new SourcePolicy(),
                OpcUaConfig.loopback(dataDir).withLimits(new OpcUaLimits(2, 1, 3)));
    }

    @AfterEach
    void stop() {
        for (OpcUaClient client : clients) {
            try {
                client.disconnect();
            } catch (UaException e) {
                // already gone
            }
        }
        endpoint.close();
    }

    private OpcUaClient connect() throws UaException {
        OpcUaClient client = OpcUaTestClients.anonymous(endpoint);
        clients.add(client);
        return client;
    }

    @Test
    void aSessionBeyondTheLimitIsRefused() throws Exception {
        connect();
        connect();
        assertThatThrownBy(this::connect).isInstanceOf(UaException.class)
                .satisfies(e -> assertThat(((UaException) e).getStatusCode().getValue())
                        .isEqualTo(StatusCodes.Bad_TooManySessions));
    }

    @Test
    void subscriptionsAndMonitoredItemsBeyondTheLimitAreRefused() throws Exception {
        OpcUaClient client = connect();
        new OpcUaSubscription(client, 100.0).create();
        assertThatThrownBy(() -> new OpcUaSubscription(client, 100.0).create()).isInstanceOf(UaException.class)
                .satisfies(e -> assertThat(((UaException) e).getStatusCode().getValue())
                        .isEqualTo(StatusCodes.Bad_TooManySubscriptions));

        OpcUaClient other = connect();
        OpcUaSubscription subscription = new OpcUaSubscription(other, 100.0);
        subscription.create();
        List<OpcUaMonitoredItem> items = new ArrayList<>();
        for (String tag : List.of("T1.TT101", "T1.TC101_SP", "T1.TC101_KP", "T1.HTR101")) {
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(OpcUaTestClients.tagNode(other, tag));
            items.add(item);
            subscription.addMonitoredItem(item);
        }
        try {
            subscription.synchronizeMonitoredItems();
        } catch (MonitoredItemSynchronizationException e) {
            // one item failed: its own create result says why
        }
        assertThat(items.subList(0, 3)).allSatisfy(i -> assertThat(i.getCreateResult()).hasValueSatisfying(
                status -> assertThat(status.isGood()).isTrue()));
        assertThat(items.get(3).getCreateResult()).hasValueSatisfying(status -> assertThat(status.getValue())
                .isEqualTo(StatusCodes.Bad_TooManyMonitoredItems));
    }
}
