package org.icsdrill.evidence.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.icsdrill.core.exercise.Exercise;
import org.icsdrill.core.journal.TransactionJournal;
import org.icsdrill.core.modbus.ModbusServerConfig;
import org.icsdrill.core.modbus.ModbusTcpServer;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.core.sim.SimulationDriver;
import org.icsdrill.core.sim.Speed;
import org.icsdrill.core.sim.TickListener;
import org.icsdrill.evidence.run.ScenarioRun;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.bundled.BundledScenarios;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.exercise.Playbook;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.hosts.ModbusHostClient;
import org.icsdrill.scenario.hosts.PlantEndpoint;
import org.icsdrill.scenario.library.StandardEffects;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.ExpectedAction;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.model.Step;
import org.icsdrill.scenario.model.TagRef;
import org.icsdrill.scenario.model.Trigger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled scenario played with its playbook (the expected responses at their deadlines): each
 * response is accepted, ends what it claims to end, and the plants keep the scenario's limits. Runs
 * stop {@link #OBSERVE} after the last response unless the scenario is short enough to play whole.
 */
class PlaybookTest {

    /** How long after a response its effect is looked for. */
    private static final Duration OBSERVE = Duration.ofSeconds(30);
    /** Scenarios up to this long are played to their end, so the limits hold over the whole drill. */
    private static final Duration PLAY_WHOLE = Duration.ofMinutes(45);

    static List<String> withResponses() {
        // a kill chain's stages need the site's hosts of a real run: cli's KillChainRunTest plays its playbook
        return BundledScenarios.names().stream()
                .map(n -> BundledScenarios.load(n).orElseThrow().scenario())
                .filter(s -> !s.expectations().respond().isEmpty() && !s.isKillChain())
                .map(s -> s.id()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("withResponses")
    void theExpectedResponsesEndTheirAttacksAndThePlantKeepsItsLimits(String name, @TempDir Path out)
            throws Exception {
        Scenario scenario = BundledScenarios.load(name).orElseThrow().scenario();
        Simulation sim = new Simulation(new SimulationConfig(SimulationConfig.DEFAULT_TICK, Speed.MAX,
                scenario.seed(), scenario.startTime().orElse(Instant.EPOCH)).withZone(scenario.timeZone()),
                scenario.plants().stream().map(Plants::create).toList());
        Map<String, double[]> golden = new HashMap<>();
        sim.plants().forEach(p -> golden.put(p.id(), memory(p)));
        SourcePolicy policy = new SourcePolicy();
        List<ModbusTcpServer> servers = new ArrayList<>();
        Map<String, InetSocketAddress> endpoints = new LinkedHashMap<>();
        TripWatch trips = new TripWatch();
        sim.addListener(trips);
        try (TransactionJournal journal = TransactionJournal.inMemory(200_000)) {
            List<PlantEndpoint> plantEndpoints = new ArrayList<>();
            for (String plant : scenario.plants()) {
                ModbusTcpServer server = ModbusTcpServer.start(sim.plant(plant), ModbusServerConfig.loopback(0),
                        journal, policy, "test");
                servers.add(server);
                endpoints.put(plant, new InetSocketAddress(server.address(), server.port()));
                plantEndpoints.add(new PlantEndpoint(plant, endpoints.get(plant),
                        RegisterMap.of(sim.plant(plant).catalog())));
            }
            LiveEffectContext context = new LiveEffectContext(sim, policy, plantEndpoints,
                    new HostAddresses(HostAddresses.loopback(scenario.hosts().scada()),
                            HostAddresses.loopback(scenario.hosts().engineering()),
                            HostAddresses.loopback(scenario.hosts().attacker())));
            Exercise exercise = new Exercise(sim, new SimulationDriver(sim, Speed.MAX), policy, journal);
            try (ScenarioRun run = ScenarioRun.attach(scenario, context, StandardEffects.INSTANCE, out, false)
                    .withExercise(exercise, false)) {
                Playbook playbook = Playbook.attach(run.engine(), exercise, sim);
                TreeSet<Double> dues = new TreeSet<>();
                for (Expectations.Respond respond : scenario.expectations().respond()) {
                    dues.add(playbook.dueAt(startOf(scenario, respond.attack()), respond));
                }
                for (double due : dues) {
                    advanceTo(sim, due + OBSERVE.toSeconds());
                    for (Expectations.Respond respond : scenario.expectations().respond()) {
                        if (Math.abs(playbook.dueAt(startOf(scenario, respond.attack()), respond) - due) < 1e-6) {
                            checkEnded(scenario, respond, sim, run, policy, journal, endpoints, golden, due);
                        }
                    }
                }
                assertThat(playbook.taken()).as("every expected action was taken and accepted")
                        .hasSize(scenario.expectations().respond().stream().mapToInt(r -> r.actions().size()).sum())
                        .allSatisfy(t -> assertThat(t.accepted()).as(t.action() + ": " + t.outcome()).isTrue());
                if (scenario.duration().compareTo(PLAY_WHOLE) <= 0) {
                    advanceTo(sim, scenario.duration().toSeconds());
                    for (Expectations.Detect detect : scenario.expectations().detect()) {
                        String technique = techniqueOf(scenario, detect.attack());
                        assertThat(playbook.declared()).as("declared " + detect.attack())
                                .anySatisfy(d -> assertThat(d.technique()).isEqualTo(technique));
                    }
                }
            }
            exercise.close();
        } finally {
            servers.forEach(ModbusTcpServer::close);
        }
        for (PlantRuntime plant : sim.plants()) {
            if (scenario.expectations().limits().noDamage()) {
                assertThat(plant.damage()).as(plant.id() + " damage").isEmpty();
            }
            if (scenario.expectations().limits().noTrip()) {
                assertThat(trips.tripped).as("plants that tripped").doesNotContain(plant.id());
            }
        }
    }

    private static void checkEnded(Scenario scenario, Expectations.Respond respond, Simulation sim, ScenarioRun run,
                                   SourcePolicy policy, TransactionJournal journal,
                                   Map<String, InetSocketAddress> endpoints, Map<String, double[]> golden,
                                   double respondedAt) throws Exception {
        Action.AttackStart attack = (Action.AttackStart) scenario.step(respond.attack()).orElseThrow().action();
        for (ExpectedAction expected : respond.actions()) {
            String what = respond.attack() + " / " + expected;
            switch (expected.action()) {
                case ISOLATE_HOST -> {
                    assertThat(policy.isolatedHosts()).as(what).contains(expected.target());
                    assertThat(journal.recent()).as(what + ": nothing from it is served after the response")
                            .noneMatch(t -> t.source().startsWith(expected.target() + ":")
                                    && t.plantTimeSeconds() > respondedAt + 1 && t.result().equals("ok"));
                    for (InetSocketAddress endpoint : endpoints.values()) {
                        assertThatThrownBy(() -> {
                            try (ModbusHostClient client = ModbusHostClient.connect(
                                    InetAddress.getByName(expected.target()), endpoint, Duration.ofSeconds(2))) {
                                client.writeRegisters(0, 0);
                            }
                        }).as(what + ": a later write from it is refused at " + endpoint).isInstanceOf(Exception.class);
                    }
                }
                case RESTORE_PROGRAM -> {
                    PlantRuntime plant = sim.plant(expected.target());
                    assertThat(plant.program().name()).as(what + ": PLC program")
                            .isEqualTo(plant.model().createControlProgram().name());
                    assertThat(plant.safetyProgram().name()).as(what + ": SIS program")
                            .isEqualTo(plant.model().createSafetyProgram().name());
                    if (attack.kind() == AttackKind.MODIFY_PROGRAM) {
                        attack.parameters().map("params").forEach((tag, value) -> assertThat(
                                plant.plcValue(plant.catalog().indexOf(tag).orElseThrow()))
                                .as(what + ": " + tag + " is no longer forced").isNotEqualTo(Double.parseDouble(value)));
                    }
                    if (attack.kind() == AttackKind.REPLAY || attack.kind() == AttackKind.ALARM_SUPPRESSION) {
                        assertThat(running(run, attack.id())).as(what + ": the implant is gone")
                                .allMatch(e -> e.effect() == Effect.DONE);
                        assertThat(plant.viewLayer().isEmpty()).as(what + ": no view filter").isTrue();
                    }
                }
                case RESTORE_PARAMETERS -> {
                    TagRef target = attack.parameters().tag("target");
                    assertThat(sim.plant(target.plant()).plcValue(target.index())).as(what + ": " + target)
                            .isEqualTo(golden.get(target.plant())[target.index()]);
                }
                default -> throw new AssertionError("no check for " + what);
            }
        }
    }

    private static List<RunningEffect> running(ScenarioRun run, String id) {
        return run.engine().running().stream().filter(e -> e.id().equals(id)).toList();
    }

    private static double startOf(Scenario scenario, String attack) {
        return ((Trigger.At) scenario.step(attack).orElseThrow().trigger()).time().toNanos() / 1e9;
    }

    private static void advanceTo(Simulation sim, double plantTime) {
        while (sim.plantTimeSeconds() < plantTime - 1e-9) {
            sim.step();
        }
    }

    private static double[] memory(PlantRuntime plant) {
        double[] values = new double[plant.catalog().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = plant.plcValue(i);
        }
        return values;
    }

    /** Which plants' trip latch rose during the run. */
    private static final class TripWatch implements TickListener {
        final TreeSet<String> tripped = new TreeSet<>();

        @Override
        public void afterTick(Simulation simulation, long tick, double plantTimeSeconds) {
            for (PlantRuntime plant : simulation.plants()) {
                int trip = plant.catalog().indexOf(plant.model().tripState().def().name()).orElseThrow();
                if (plant.plcValue(trip) > 0.5) {
                    tripped.add(plant.id());
                }
            }
        }
    }

    private static String techniqueOf(Scenario scenario, String attack) {
        return scenario.steps().stream().map(Step::action)
                .filter(a -> a instanceof org.icsdrill.scenario.model.Action.AttackStart start
                        && start.id().equals(attack))
                .map(a -> ((org.icsdrill.scenario.model.Action.AttackStart) a).technique().id())
                .findFirst().orElseThrow();
    }
}
