package org.icsdrill.evidence.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.core.exercise.Actor;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.ConduitRule;
import org.icsdrill.core.net.Firewall;
import org.icsdrill.core.net.NetworkZone;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.evidence.record.ExerciseRecord;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.evidence.trainees.ResponseResult;
import org.icsdrill.evidence.trainees.TraineeScorer;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.ExpectedAction;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainee closes the conduit a network attack crosses, on a site of two zones: the attacker (in
 * operations, at 127.0.0.66) writes the reactor's set point across it, the trainee closes it, and the
 * attacker's next write is refused at the PLC. The record keeps the action with its target, and the
 * report's scorer counts it as the response the scenario expects.
 */
class ConduitResponseTest {

    static final String PLC = "127.0.24.2";
    static final String CONDUIT = "operations-control-chemical";

    static final String SCENARIO = """
            id: conduit-test
            title: Conduit test
            plants: [chemical]
            seed: 7
            duration: 1h
            start_time: 2026-01-15T09:00:00Z
            timeline:
              - at: 10s
                attack: {id: first-write, kind: unauthorized_command, target: chemical.R1.TIC101.SP, value: 352}
              - at: 60s
                attack: {id: second-write, kind: unauthorized_command, target: chemical.R1.TIC101.SP, value: 356}
            expectations:
              respond:
                - {attack: first-write, within: 1m, actions: [{action: close_conduit, conduit: operations-control-chemical}]}
            """;

    @TempDir
    Path out;

    @Test
    void closingTheConduitStopsTheAttackersWritesAndScoresAsTheExpectedResponse() throws Exception {
        Scenario scenario = ScenarioLoader.load("conduit-test.yaml", SCENARIO).scenario();
        Simulation sim = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK, Speed.MAX,
                scenario.seed(), scenario.startTime().orElse(Instant.EPOCH)), List.of(Plants.create("chemical")));
        int setPoint = sim.plant("chemical").catalog().require("R1.TIC101.SP");
        SourcePolicy policy = new SourcePolicy();
        try (TransactionJournal journal = TransactionJournal.inMemory(10_000);
             ModbusTcpServer plc = ModbusTcpServer.start(sim.plant("chemical"), ModbusServerConfig.loopback(0)
                     .withBindAddress(InetAddress.getByName(PLC)), journal, policy, "test")) {
            Firewall site = Firewall.of(List.of(new NetworkZone("operations", "127.0.0.0/24"),
                            new NetworkZone("control-chemical", "127.0.24.0/24")),
                    List.of(new ConduitRule(CONDUIT, "operations", "control-chemical", "modbus", plc.port(), "fw-ops")),
                    sim::plantTimeSeconds);
            policy.useFirewall(site);
            LiveEffectContext context = new LiveEffectContext(sim, policy, List.of(new PlantEndpoint("chemical",
                    new InetSocketAddress(PLC, plc.port()), RegisterMap.of(sim.plant("chemical").catalog()))),
                    HostAddresses.defaults());
            Exercise exercise = new Exercise(sim, new SimulationDriver(sim, Speed.MAX), policy, journal);
            try (ScenarioRun run = ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, out, false)
                    .withExercise(exercise, false)) {
                sim.advance(Duration.ofSeconds(15));
                assertThat(sim.plant("chemical").plcValue(setPoint)).as("the first write crossed the conduit")
                        .isEqualTo(352.0);

                sim.advance(Duration.ofSeconds(15));
                exercise.respond(new Actor("aiko", "127.0.0.1"), ResponseAction.CLOSE_CONDUIT, "", CONDUIT);
                sim.advance(Duration.ofSeconds(40));

                assertThat(sim.plant("chemical").plcValue(setPoint)).as("the second write did not").isEqualTo(352.0);
                assertThat(journal.recent()).anySatisfy(t -> {
                    assertThat(t.source()).startsWith("127.0.0.66:");
                    assertThat(t.result()).isEqualTo("refused: firewall fw-ops: " + CONDUIT + " (closed)");
                });
            } finally {
                exercise.close();
            }
        }

        try (RecordReader record = RecordReader.open(out.resolve(ExerciseRecord.FILE))) {
            assertThat(record.actions()).singleElement().satisfies(a -> {
                assertThat(a.trainee()).isEqualTo("aiko");
                assertThat(a.action()).isEqualTo("close_conduit");
                assertThat(a.target()).isEqualTo(CONDUIT);
                assertThat(a.plantTime()).isEqualTo(30.0);
            });
            assertThat(record.expectations().respond()).singleElement().satisfies(r -> assertThat(r.actions())
                    .containsExactly(new ExpectedAction(ResponseAction.CLOSE_CONDUIT, CONDUIT)));
            ResponseResult first = TraineeScorer.score(record).team().responses().stream()
                    .filter(r -> r.attack().id().equals("first-write")).findFirst().orElseThrow();
            assertThat(first.timeToRespond()).as("30 s - 10 s").hasValue(20.0);
            assertThat(first.onTime()).isTrue();
        }
    }
}
