package org.icsdrill.scenario.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.engine.ScenarioRun;
import org.icsdrill.scenario.engine.StandardEffects;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.model.Layer;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled scenario runs to its end with the real attack library, and its labels match its attack log. */
class BundledScenariosRunTest {

    static List<String> names() {
        return BundledScenarios.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void runsToItsEndAndLabelsCoverExactlyItsAttackWindows(String name, @TempDir Path out) throws Exception {
        Scenario scenario = BundledScenarios.load(name).orElseThrow().scenario();
        Simulation sim = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK, Speed.MAX,
                scenario.seed(), scenario.startTime().orElse(Instant.EPOCH)),
                scenario.plants().stream().map(Plants::create).toList());
        SourcePolicy policy = new SourcePolicy();
        List<ModbusTcpServer> servers = new ArrayList<>();
        try (TransactionJournal journal = TransactionJournal.inMemory(100_000)) {
            List<PlantEndpoint> endpoints = new ArrayList<>();
            for (String plant : scenario.plants()) {
                ModbusTcpServer server = ModbusTcpServer.start(sim.plant(plant), ModbusServerConfig.loopback(0),
                        journal, policy, "test");
                servers.add(server);
                endpoints.add(new PlantEndpoint(plant, new InetSocketAddress(server.address(), server.port()),
                        RegisterMap.of(sim.plant(plant).catalog())));
            }
            LiveEffectContext context = new LiveEffectContext(sim, policy, endpoints, HostAddresses.defaults());
            try (ScenarioRun run = ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, out, false)) {
                sim.advance(scenario.duration());
            }
            if (needsNetwork(scenario)) {
                assertThat(journal.recent()).as("the attacker's traffic is on the wire")
                        .anySatisfy(t -> assertThat(t.source()).startsWith("127.0.0.66:"));
            }
        } finally {
            servers.forEach(ModbusTcpServer::close);
        }
        assertLabelsMatchAttackLog(scenario, out);
    }

    /** Only network-layer attacks put the attacker's own requests on the wire. */
    private static boolean needsNetwork(Scenario scenario) {
        return scenario.attacks().stream().anyMatch(a -> a.kind().layer() == Layer.NETWORK
                && !a.kind().yamlName().startsWith("block_"));
    }

    private static void assertLabelsMatchAttackLog(Scenario scenario, Path out) throws Exception {
        List<double[]> windows = new ArrayList<>();
        List<List<String>> plants = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve(ScenarioRun.ATTACKS))) {
            JsonNode attack = new ObjectMapper().readTree(line);
            windows.add(new double[] {attack.get("start_plant_time").asDouble(), attack.get("end_plant_time").asDouble()});
            List<String> touched = new ArrayList<>();
            attack.get("plants").forEach(p -> touched.add(p.asText()));
            plants.add(touched);
        }
        assertThat(windows).as("one logged window per attack").hasSize(scenario.attacks().size());
        List<String> rows = Files.readAllLines(out.resolve(ScenarioRun.LABELS));
        String[] header = rows.get(0).split(",", -1);
        long seconds = scenario.duration().toSeconds();
        assertThat(rows).hasSize((int) seconds + 1);
        for (int s = 0; s < seconds; s++) {
            String[] row = rows.get(s + 1).split(",", -1);
            boolean any = false;
            for (int p = 0; p < scenario.plants().size(); p++) {
                boolean plantAttacked = false;
                for (int a = 0; a < windows.size(); a++) {
                    if (windows.get(a)[0] <= s && s < windows.get(a)[1]
                            && plants.get(a).contains(scenario.plants().get(p))) {
                        plantAttacked = true;
                    }
                }
                assertThat(row[2 + p]).as(header[2 + p] + " at second " + s).isEqualTo(plantAttacked ? "1" : "0");
                any |= plantAttacked;
            }
            assertThat(row[1]).as("attack at second " + s).isEqualTo(any ? "1" : "0");
        }
    }
}
