package org.icsdrill.core.opcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SourceTimestamp tells the time: a run without a start time, its OPC UA server started well before
 * the driver (as {@code icsdrill run} does), at speed 1, unpaused. A real Milo client subscription then
 * receives each notification within 0.25 s of its SourceTimestamp (the view's value is up to one 100 ms
 * tick old, sampled and published every 50 ms here). A real-time test: it runs about three seconds.
 */
class SourceTimestampTest {

    @TempDir
    Path dataDir;

    private record Received(Instant at, Instant source) {
        Duration lag() {
            return Duration.between(source, at);
        }
    }

    @Test
    void atSpeedOneSourceTimestampsAreTheWallClock() throws Exception {
        Simulation simulation = new Simulation(SimulationConfig.defaults(7), List.of(new TestPlant()));
        try (TransactionJournal journal = TransactionJournal.inMemory(1000);
             OpcUaEndpoint endpoint = OpcUaEndpoint.start(simulation, journal, new SourcePolicy(),
                     OpcUaConfig.loopback(dataDir));
             SimulationDriver driver = new SimulationDriver(simulation, Speed.REAL_TIME)) {
            OpcUaClient client = OpcUaTestClients.anonymous(endpoint);
            BlockingQueue<Received> received = new LinkedBlockingQueue<>();
            OpcUaSubscription subscription = new OpcUaSubscription(client, 50.0);
            subscription.create();
            OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(OpcUaTestClients.tagNode(client, "T1.TT101"));
            item.setSamplingInterval(50.0);
            item.setDataValueListener((i, v) -> received.add(new Received(Instant.now(), v.getSourceTime().getJavaInstant())));
            subscription.addMonitoredItem(item);
            subscription.synchronizeMonitoredItems();
            assertThat(received.poll(5, TimeUnit.SECONDS)).as("initial notification").isNotNull();
            received.clear();

            // kept: wall time passing between the server's start and the driver's is the case under test (it once
            // showed as lag); nothing is awaited here, and no clock can be stepped instead: both read the wall clock
            Thread.sleep(1_000);
            driver.start();
            List<Received> during = new ArrayList<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < until) {
                Received r = received.poll(100, TimeUnit.MILLISECONDS);
                if (r != null) {
                    during.add(r);
                }
            }
            subscription.delete();
            client.disconnect();

            assertThat(during).hasSizeGreaterThan(10); // the temperature changes every tick
            assertThat(during).allSatisfy(r -> assertThat(r.lag().abs()).as("receive time - SourceTimestamp")
                    .isLessThanOrEqualTo(Duration.ofMillis(250)));
            assertThat(simulation.startTime()).isPresent();
        }
    }
}
