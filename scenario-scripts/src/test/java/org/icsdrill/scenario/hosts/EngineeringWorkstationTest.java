package org.icsdrill.scenario.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.journal.Transaction;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.plants.Plants;
import org.junit.jupiter.api.Test;

class EngineeringWorkstationTest {

    record Run(List<Transaction> journal, List<double[]> views, PlantStatus status) {
    }

    private static Run run(long seed) throws Exception {
        Simulation sim = new Simulation(SimulationConfig.defaults(seed), List.of(Plants.create("chemical")));
        List<double[]> views = new ArrayList<>();
        SourcePolicy policy = new SourcePolicy();
        try (TransactionJournal journal = TransactionJournal.inMemory(10_000);
             ModbusTcpServer server = ModbusTcpServer.start(sim.plant("chemical"), ModbusServerConfig.loopback(0),
                     journal, policy, "test")) {
            PlantEndpoint endpoint = new PlantEndpoint("chemical",
                    new InetSocketAddress(server.address(), server.port()), RegisterMap.of(sim.plant("chemical").catalog()));
            try (EngineeringWorkstation ews = new EngineeringWorkstation(HostAddresses.defaults().engineering(),
                    List.of(endpoint), Duration.ofSeconds(5), seed, policy)) {
                sim.addListener(ews);
                for (int minute = 0; minute < 120; minute++) {
                    sim.advance(Duration.ofMinutes(1));
                    views.add(sim.plant("chemical").view().values());
                }
                assertThat(ews.actions()).isBetween(10L, 45L);
            }
            return new Run(journal.recent(), views, sim.plant("chemical").view().status());
        }
    }

    @Test
    void makesOccasionalLegitimateReadsAndSmallWritesFromItsOwnAddress() throws Exception {
        Run run = run(3);
        assertThat(run.journal()).allSatisfy(t -> {
            assertThat(t.source()).startsWith("127.0.0.20:");
            assertThat(t.result()).isEqualTo("ok");
        });
        assertThat(run.journal()).anySatisfy(t -> assertThat(t.function()).isEqualTo("FC16 write multiple registers"));
        assertThat(run.journal()).anySatisfy(t -> assertThat(t.function()).isEqualTo("FC03 read holding registers"));
        assertThat(run.status()).isEqualTo(PlantStatus.RUNNING);
    }

    @Test
    void theSameSeedGivesTheSameWritesAtTheSameTicks() throws Exception {
        Run first = run(9);
        Run second = run(9);
        assertThat(second.views()).zipSatisfy(first.views(), (a, b) -> assertThat(a).isEqualTo(b));
        assertThat(second.journal()).extracting(Transaction::plantTimeSeconds, Transaction::function,
                Transaction::values).isEqualTo(first.journal().stream()
                .map(t -> org.assertj.core.groups.Tuple.tuple(t.plantTimeSeconds(), t.function(), t.values()))
                .toList());
    }
}
