package org.icsdrill.evidence.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterEntry;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Stuxnet scenario: a Modbus client sees the recorded window while the rotor really overspeeds. */
class StuxnetScenarioTest {

    @Test
    void duringTheReplayClientsReadTheRecordingWhileTheRotorOverspeedsAndFatigues(@TempDir Path out)
            throws Exception {
        Scenario scenario = BundledScenarios.load("gas-stuxnet").orElseThrow().scenario();
        Simulation sim = new Simulation(SimulationConfig.defaults(scenario.seed()), List.of(Plants.create("gas")));
        PlantRuntime gas = sim.plant("gas");
        RegisterMap map = RegisterMap.of(gas.catalog());
        int speed = gas.catalog().require("K101.ST101");
        int fatigue = gas.catalog().require("K101.FATIGUE");
        RegisterEntry speedRegisters = map.entries().get(speed);

        // What the PLC reported while the attacker recorded (10:00 to 10:21): the replay may show only these.
        Set<Float> recorded = new HashSet<>();
        sim.addListener(new TickListener() {
            @Override
            public void afterTick(Simulation s, long tick, double time) {
                if (time > 600 && time <= 621) {
                    recorded.add((float) gas.plcValue(speed));
                }
            }
        });
        SourcePolicy policy = new SourcePolicy();
        try (TransactionJournal journal = TransactionJournal.inMemory(1000);
             ModbusTcpServer server = ModbusTcpServer.start(gas, ModbusServerConfig.loopback(0), journal, policy,
                     "test")) {
            InetSocketAddress address = new InetSocketAddress(server.address(), server.port());
            LiveEffectContext context = new LiveEffectContext(sim, policy,
                    List.of(new PlantEndpoint("gas", address, map)), HostAddresses.defaults());
            try (ScenarioRun run = ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, out, false);
                 ModbusHostClient hmi = ModbusHostClient.connect(HostAddresses.defaults().scada(), address,
                         Duration.ofSeconds(5))) {
                sim.advance(Duration.ofMinutes(15));
                double fatigueBefore = gas.trueValue(fatigue);
                for (int i = 0; i < 20; i++) {
                    sim.advance(Duration.ofSeconds(7));
                    int[] words = hmi.readInputRegisters(speedRegisters.address(), 2);
                    float shown = Float.intBitsToFloat((words[0] << 16) | words[1]);
                    assertThat(recorded).as("the HMI's speed at %.0f s", sim.plantTimeSeconds()).contains(shown);
                    assertThat(shown).as("looks nominal").isBetween(15_500f, 16_500f);
                    assertThat(gas.trueValue(speed)).as("really overspeeding").isGreaterThan(20_000);
                }
                assertThat(gas.trueValue(fatigue)).as("damage accumulates").isGreaterThan(fatigueBefore + 0.05);
                assertThat(gas.view().value(fatigue)).as("while the HMI shows none").isLessThan(1e-3);
            }
        }
    }
}
