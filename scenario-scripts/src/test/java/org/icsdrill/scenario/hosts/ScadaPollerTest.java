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
            try (ScadaPoller poller = new ScadaPoller(hosts.scada(), endpoints, Duration.ofSeconds(5))) {
                sim.addListener(poller);
                sim.advance(Duration.ofSeconds(10));
                poller.awaitIdle();

                assertThat(poller.cycles()).isEqualTo(10);
                assertThat(poller.failures()).isZero();
            }
            List<Transaction> seen = journal.recent();
            assertThat(seen).allSatisfy(t -> assertThat(t.source()).startsWith("127.0.0.10:"));
            assertThat(seen).allSatisfy(t -> assertThat(t.result()).isEqualTo("ok"));
            // four tables per plant, each in one request: 8 requests a cycle
            assertThat(seen).hasSize(10 * 8);
            assertThat(seen).extracting(Transaction::function).contains("FC01 read coils",
                    "FC02 read discrete inputs", "FC03 read holding registers", "FC04 read input registers");
        }
    }

    private static PlantEndpoint endpoint(Simulation sim, ModbusTcpServer server) {
        return new PlantEndpoint(server.plantId(), new InetSocketAddress(server.address(), server.port()),
                RegisterMap.of(sim.plant(server.plantId()).catalog()));
    }
}
