package org.icsdrill.evidence.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.engine.EffectLibrary;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's timing, its ground truth files and their determinism, with a recording effect library. */
class ScenarioEngineTest {

    private static final String SCENARIO = """
            id: engine-test
            title: Engine timing
            description: Steps at times and on a condition.
            plants: [chemical]
            seed: 5
            duration: 10m
            start_time: 2026-01-15T09:00:00Z
            briefing: none
            instructor_notes: none
            timeline:
              - at: 1m
                inject: {audience: operator, text: "Shift handover"}
              - at: 2m
                attack:
                  id: setpoint
                  kind: modify_parameter
                  target: chemical.R1.TIC101.SP
                  value: 358
                  duration: 3m
              - when: "chemical.R1.TT101 > 355"
                for: 10s
                attack:
                  id: hide
                  kind: spoof_reporting
                  target: chemical.R1.TT101
                  value: 350
              - at: 8m
                stop: hide
              - at: 9m
                fault: {id: drift, kind: sensor_drift, target: chemical.R1.LT101, rate: 1}
            """;

    /** Starts nothing real except set-point writes, and remembers what it was asked. */
    static final class RecordingLibrary implements EffectLibrary {
        final List<String> calls = new ArrayList<>();

        @Override
        public Effect startAttack(Action.AttackStart attack, EffectContext context) {
            double now = context.simulation().plantTimeSeconds();
            calls.add("start " + attack.id() + " at " + now);
            if (attack.kind().yamlName().equals("modify_parameter")) {
                var tag = attack.parameters().tag("target");
                context.plant(tag).submit(tag.index(), attack.parameters().number("value"),
                        context.directSource(attack.id()));
            }
            return () -> calls.add("stop " + attack.id() + " at " + context.simulation().plantTimeSeconds());
        }

        @Override
        public Effect startFault(Action.Fault fault, EffectContext context) {
            calls.add("fault " + fault.id() + " at " + context.simulation().plantTimeSeconds());
            return Effect.DONE;
        }
    }

    record Output(List<String> calls, Path dir) {
    }

    private static Output run(Path dir) {
        Scenario scenario = ScenarioLoader.load("engine-test.yaml", SCENARIO).scenario();
        Simulation sim = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK,
                Speed.MAX, scenario.seed(), scenario.startTime().orElse(Instant.EPOCH)).withZone(scenario.timeZone()),
                List.of(Plants.create("chemical")));
        LiveEffectContext context = new LiveEffectContext(sim, new SourcePolicy(), List.of(),
                HostAddresses.defaults());
        RecordingLibrary library = new RecordingLibrary();
        try (ScenarioRun run = ScenarioRun.attach(scenario, context, library, dir, false)) {
            sim.advance(scenario.duration());
        }
        return new Output(library.calls, dir);
    }

    @Test
    void firesStepsAtTheirTimesAndConditionsAfterTheirHoldTime(@TempDir Path dir) {
        List<String> calls = run(dir).calls();
        assertThat(calls.get(0)).isEqualTo("start setpoint at 120.0");
        assertThat(calls.get(1)).startsWith("start hide at ");
        double hideAt = Double.parseDouble(calls.get(1).substring("start hide at ".length()));
        assertThat(hideAt).as("TT101 crosses 355 K some time after the set point moves to 358 K, then 10 s")
                .isBetween(130.0, 300.0);
        assertThat(calls).containsSubsequence("stop setpoint at 300.0", "stop hide at 480.0", "fault drift at 540.0");
    }

    @Test
    void labelsCoverExactlyTheAttackWindows(@TempDir Path dir) throws Exception {
        run(dir);
        List<String> labels = Files.readAllLines(dir.resolve(ScenarioRun.LABELS));
        assertThat(labels.get(0)).isEqualTo("timestamp,attack,chemical_attack,technique,step,stage");
        assertThat(labels).hasSize(1 + 600);
        assertThat(labels.get(1)).isEqualTo("2026-01-15T09:00:00Z,0,0,,,");
        assertThat(labels.get(1 + 119)).startsWith("2026-01-15T09:01:59Z,0,");
        assertThat(labels.get(1 + 120)).isEqualTo("2026-01-15T09:02:00Z,1,1,T0836,setpoint,");
        assertThat(labels.get(1 + 299)).startsWith("2026-01-15T09:04:59Z,1,1,T0836");
        assertThat(labels.get(1 + 479)).endsWith(",1,1,T0856,hide,");
        assertThat(labels.get(1 + 480)).isEqualTo("2026-01-15T09:08:00Z,0,0,,,");
        assertThat(labels.subList(1 + 540, 601)).as("a fault is not an attack").allSatisfy(
                row -> assertThat(row).endsWith(",0,0,,,"));
        long attackSeconds = labels.stream().skip(1).filter(r -> r.split(",")[1].equals("1")).count();
        List<JsonNode> attacks = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(ScenarioRun.ATTACKS))) {
            attacks.add(new ObjectMapper().readTree(line));
        }
        assertThat(attacks).extracting(a -> a.get("id").asText()).containsExactly("setpoint", "hide");
        JsonNode setpoint = attacks.get(0);
        assertThat(setpoint.get("technique").asText()).isEqualTo("T0836");
        assertThat(setpoint.get("start").asText()).isEqualTo("2026-01-15T09:02:00Z");
        assertThat(setpoint.get("end").asText()).isEqualTo("2026-01-15T09:05:00Z");
        assertThat(setpoint.get("delivery").asText()).as("made inside the controller").isEqualTo("controller");
        assertThat(setpoint.get("source_host").isNull()).as("sent from no address").isTrue();
        assertThat(setpoint.get("targets").get(0).asText()).isEqualTo("chemical.R1.TIC101.SP");
        // the label rows are the union of the logged windows
        double hideStart = attacks.get(1).get("start_plant_time").asDouble();
        assertThat(attackSeconds).isEqualTo(Math.round(480 - Math.min(hideStart, 120))
                - Math.max(0, Math.round(hideStart - 300)));
        List<String> events = Files.readAllLines(dir.resolve(ScenarioRun.EVENTS));
        assertThat(events.get(0)).contains("\"event\":\"inject\"", "Shift handover");
        assertThat(events.get(events.size() - 1)).contains("scenario_ended");
    }

    @Test
    void theHistorianHasTrueAndViewValuesEverySecond(@TempDir Path dir) throws Exception {
        run(dir);
        List<String> rows = Files.readAllLines(dir.resolve(ScenarioRun.HISTORIAN));
        assertThat(rows).hasSize(1 + 600);
        assertThat(rows.get(0)).startsWith("timestamp,chemical.R1.TT101:view,chemical.R1.TT101:true,");
        assertThat(rows.get(1).split(",")).hasSize(rows.get(0).split(",").length);
    }

    @Test
    void theSameSeedGivesByteIdenticalLabelsAndHistorian(@TempDir Path first, @TempDir Path second) throws Exception {
        run(first);
        run(second);
        for (String file : List.of(ScenarioRun.LABELS, ScenarioRun.HISTORIAN, ScenarioRun.ATTACKS)) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void aDurationEndsTheAttackAndTheEndStopsWhatStillRuns(@TempDir Path dir) {
        Scenario scenario = ScenarioLoader.load("end.yaml", SCENARIO.replace("  - at: 8m\n    stop: hide\n", ""))
                .scenario();
        Simulation sim = new Simulation(SimulationConfig.defaults(1), List.of(Plants.create("chemical")));
        RecordingLibrary library = new RecordingLibrary();
        try (ScenarioRun run = ScenarioRun.attach(scenario,
                new LiveEffectContext(sim, new SourcePolicy(), List.of(), HostAddresses.defaults()), library, dir,
                false)) {
            sim.advance(Duration.ofMinutes(10));
        }
        assertThat(library.calls).contains("stop hide at 600.0");
    }
}
