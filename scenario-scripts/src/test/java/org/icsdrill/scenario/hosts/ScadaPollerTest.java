package org.icsdrill.scenario.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.plants.Plants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ScadaPollerTest {

    @Test
    void pollsEveryTableOfEveryPlantOncePerPlantSecondFromItsOwnAddress() throws Exception {
        Simulation sim = new Simulation(SimulationConfig.defaults(1),
                List.of(Plants.create("chemical"), Plants.create("gas")));
        HostAddresses hosts = HostAddresses.defaults();
        try (TransactionJournal journal = TransactionJournal.inMemory(10_000);
             ModbusTcpServer chemical = ModbusTcpServer.start(sim.plant("chemical"), ModbusServerConfig.loopback(0),
                     journal, new SourcePolicy(), "test");
             ModbusTcpServer gas = ModbusTcpServer.start(sim.plant("gas"), ModbusServerConfig.loopback(0),
                     journal, new SourcePolicy(), "test")) {
            List<PlantEndpoint> endpoints = List.of(endpoint(sim, chemical), endpoint(sim, gas));
            try (ScadaPoller poller = new ScadaPoller(hosts.scada(), endpoints, Duration.ofSeconds(5),
                    new SourcePolicy())) {
                sim.addListener(poller);
                sim.advance(Duration.ofSeconds(10)); // as fast as it goes: the poller still keeps every cycle

                assertThat(poller.cycles()).isEqualTo(10);
                assertThat(poller.failures()).isZero();
            }
            List<Transaction> seen = journal.recent();
            assertThat(seen).allSatisfy(t -> assertThat(t.source()).startsWith("127.0.0.10:"));
            assertThat(seen).allSatisfy(t -> assertThat(t.result()).isEqualTo("ok"));
            // four tables per plant, each in one request: 8 requests a cycle
            assertThat(seen).hasSize(10 * 8);
            // each cycle served from the view of exactly its own plant-second (ADR 14)
            assertThat(seen).extracting(Transaction::plantTimeSeconds).containsOnly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0,
                    7.0, 8.0, 9.0, 10.0);
            assertThat(seen).extracting(Transaction::function).contains("FC01 read coils",
                    "FC02 read discrete inputs", "FC03 read holding registers", "FC04 read input registers");
        }
    }

    /**
     * With its answers withheld (T0804) the poller must not hold plant time: its reads fail at once, it
     * waits out its time-out in plant time, and polls again once the block is lifted. The socket time-out
     * is an hour of wall time, so a poller that waited for an answer would fail this test by its timeout.
     */
    @Test
    @Timeout(60)
    void blockedReportsNeverHoldThePlantClockAndPollingResumesAfterItsTimeOut() throws Exception {
        Simulation sim = new Simulation(SimulationConfig.defaults(1), List.of(Plants.create("chemical")));
        HostAddresses hosts = HostAddresses.defaults();
        SourcePolicy policy = new SourcePolicy();
        try (TransactionJournal journal = TransactionJournal.inMemory(10_000);
             ModbusTcpServer chemical = ModbusTcpServer.start(sim.plant("chemical"), ModbusServerConfig.loopback(0),
                     journal, policy, "test");
             ScadaPoller poller = new ScadaPoller(hosts.scada(), List.of(endpoint(sim, chemical)),
                     Duration.ofHours(1), policy)) {
            sim.addListener(poller);
            stepPaced(sim, poller, 3);
            long answered = poller.cycles();
            policy.blockReports(SourcePolicy.Origin.ATTACK, hosts.scada().getHostAddress());
            stepPaced(sim, poller, 30);

            assertThat(sim.plantTimeSeconds()).isEqualTo(33.0);
            assertThat(poller.failures()).isEqualTo(1); // then quiet for its time-out (an hour of plant time)
            assertThat(journal.recent()).anySatisfy(t -> {
                assertThat(t.source()).startsWith("127.0.0.10:");
                assertThat(t.result()).isEqualTo("ok (answer withheld on the network path)");
            });
            assertThat(answered).isEqualTo(3);
            policy.unblockReports(SourcePolicy.Origin.ATTACK, hosts.scada().getHostAddress());
            int before = journal.recent().size();
            stepPaced(sim, poller, 3_600);
            assertThat(journal.recent().size()).isGreaterThan(before); // polling again after the time-out
            assertThat(poller.failures()).isEqualTo(1);
        }
    }

    private static void stepPaced(Simulation sim, ScadaPoller poller, int seconds) {
        sim.advance(Duration.ofSeconds(seconds));
    }

    private static PlantEndpoint endpoint(Simulation sim, ModbusTcpServer server) {
        return new PlantEndpoint(server.plantId(), new InetSocketAddress(server.address(), server.port()),
                RegisterMap.of(sim.plant(server.plantId()).catalog()));
    }
}
