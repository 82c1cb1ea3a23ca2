package org.icsdrill.evidence.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.core.net.SourcePolicy;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.scenario.engine.LiveEffectContext;
import org.icsdrill.scenario.engine.RunningEffect;
import org.icsdrill.scenario.engine.ScenarioEvent;
import org.icsdrill.scenario.hosts.HostAddresses;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.Audience;
import org.icsdrill.scenario.model.FaultKind;
import org.icsdrill.scenario.model.ParamValue;
import org.icsdrill.scenario.model.Parameters;
import org.icsdrill.scenario.model.TagRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** events.jsonl gets every event as it happens; attacks.jsonl one line per attack, when it stops. */
class EventLogTest {

    private static final TagRef SETPOINT = new TagRef("box", "B1.LIC001.SP", 1);
    private static final TagRef LEVEL = new TagRef("box", "B1.LT001", 0);

    @TempDir
    Path dir;

    private final Simulation simulation = HistorianTest.boxes("box");
    private final LiveEffectContext context = new LiveEffectContext(simulation, new SourcePolicy(), List.of(),
            HostAddresses.defaults());

    private static Parameters parameters(Object... keyValues) {
        Map<String, ParamValue> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], (ParamValue) keyValues[i + 1]);
        }
        return new Parameters(values);
    }

    private static ScenarioEvent event(ScenarioEvent.Type type, double at, String id, Action action) {
        return new ScenarioEvent(type, at, Optional.ofNullable(id), action);
    }

    private List<String> write(java.util.function.Consumer<EventLog> events, String file) throws Exception {
        try (EventLog log = new EventLog(context, dir.resolve("attacks.jsonl"), dir.resolve("events.jsonl"))) {
            events.accept(log);
        }
        return Files.readAllLines(dir.resolve(file));
    }

    @Test
    void everyEventIsALineWithItsTimeAndWhatHappened() throws Exception {
        Action.Inject inject = new Action.Inject(Audience.OPERATOR, "Shift handover",
                List.of("Anything unusual?", "Whom do you call?"));
        Action.AttackStart rogue = new Action.AttackStart("rogue-write", AttackKind.UNAUTHORIZED_COMMAND,
                parameters("target", new ParamValue.TagValue(SETPOINT), "value", new ParamValue.NumberValue(52)),
                Optional.empty());
        Action.Fault drift = new Action.Fault("drift", FaultKind.SENSOR_DRIFT,
                parameters("target", new ParamValue.TagValue(LEVEL), "rate", new ParamValue.NumberValue(1)),
                Optional.empty());

        List<String> lines = write(log -> {
            log.onEvent(event(ScenarioEvent.Type.INJECT, 10, null, inject), null);
            log.onEvent(event(ScenarioEvent.Type.CHECKPOINT, 15.5, null, new Action.Checkpoint("Discuss")), null);
            log.onEvent(event(ScenarioEvent.Type.ATTACK_STARTED, 20, "rogue-write", rogue), null);
            log.onEvent(event(ScenarioEvent.Type.FAULT_STARTED, 25, "drift", drift), null);
            log.onEvent(event(ScenarioEvent.Type.FAULT_STOPPED, 30, "drift", drift), null);
            log.onEvent(event(ScenarioEvent.Type.SCENARIO_ENDED, 60, null, new Action.Stop("rogue-write")), null);
        }, "events.jsonl");

        assertThat(lines).containsExactly(
                "{\"time\":\"2026-01-15T09:00:10Z\",\"plant_time\":10.0,\"event\":\"inject\","
                        + "\"audience\":\"operator\",\"text\":\"Shift handover\","
                        + "\"questions\":[\"Anything unusual?\",\"Whom do you call?\"]}",
                "{\"time\":\"2026-01-15T09:00:15.500Z\",\"plant_time\":15.5,\"event\":\"checkpoint\","
                        + "\"text\":\"Discuss\"}",
                "{\"time\":\"2026-01-15T09:00:20Z\",\"plant_time\":20.0,\"event\":\"attack_started\","
                        + "\"id\":\"rogue-write\",\"kind\":\"unauthorized_command\",\"technique\":\"T0855\"}",
                "{\"time\":\"2026-01-15T09:00:25Z\",\"plant_time\":25.0,\"event\":\"fault_started\",\"id\":\"drift\","
                        + "\"kind\":\"sensor_drift\"}",
                "{\"time\":\"2026-01-15T09:00:30Z\",\"plant_time\":30.0,\"event\":\"fault_stopped\",\"id\":\"drift\","
                        + "\"kind\":\"sensor_drift\"}",
                "{\"time\":\"2026-01-15T09:01:00Z\",\"plant_time\":60.0,\"event\":\"scenario_ended\"}");
        assertThat(Files.readAllLines(dir.resolve("attacks.jsonl"))).isEmpty();
    }

    @Test
    void aNetworkAttackIsWrittenToAttacksWhenItStopsWithItsSourceHostAndTargets() throws Exception {
        Action.AttackStart rogue = new Action.AttackStart("rogue-write", AttackKind.UNAUTHORIZED_COMMAND,
                parameters("target", new ParamValue.TagValue(SETPOINT), "value", new ParamValue.NumberValue(52.5),
                        "protocol", new ParamValue.TextValue("modbus"), "host", new ParamValue.TextValue("attacker")),
                Optional.empty());
        RunningEffect running = new RunningEffect("rogue-write", rogue, null, 20, 40, List.of("box"));

        List<String> lines = write(log -> {
            log.onEvent(event(ScenarioEvent.Type.ATTACK_STARTED, 20, "rogue-write", rogue), running);
            log.onEvent(event(ScenarioEvent.Type.ATTACK_STOPPED, 40, "rogue-write", rogue), running);
        }, "attacks.jsonl");

        assertThat(lines).containsExactly("{\"id\":\"rogue-write\",\"kind\":\"unauthorized_command\","
                + "\"technique\":\"T0855\",\"technique_name\":\"Unauthorized Command Message\",\"layer\":\"network\","
                + "\"start\":\"2026-01-15T09:00:20Z\",\"end\":\"2026-01-15T09:00:40Z\",\"start_plant_time\":20.0,"
                + "\"end_plant_time\":40.0,\"delivery\":\"network\",\"source_host\":\"127.0.0.66\","
                + "\"plants\":[\"box\"],"
                + "\"targets\":[\"box.B1.LIC001.SP\"],\"parameters\":{\"target\":\"box.B1.LIC001.SP\",\"value\":52.5,"
                + "\"protocol\":\"modbus\",\"host\":\"attacker\"}}");
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(2);
    }

    @Test
    void anAttackInsideTheControllerHasNoSourceHost() throws Exception {
        Action.AttackStart setpoint = new Action.AttackStart("setpoint", AttackKind.MODIFY_PARAMETER,
                parameters("target", new ParamValue.TagValue(SETPOINT), "value", new ParamValue.NumberValue(58)),
                Optional.of(Duration.ofSeconds(30)));
        RunningEffect running = new RunningEffect("setpoint", setpoint, null, 30, 60, List.of("box"));

        List<String> lines = write(log -> log.onEvent(event(ScenarioEvent.Type.ATTACK_STOPPED, 60, "setpoint",
                setpoint), running), "attacks.jsonl");

        assertThat(lines).containsExactly("{\"id\":\"setpoint\",\"kind\":\"modify_parameter\",\"technique\":\"T0836\","
                + "\"technique_name\":\"Modify Parameter\",\"layer\":\"plc\",\"start\":\"2026-01-15T09:00:30Z\","
                + "\"end\":\"2026-01-15T09:01:00Z\",\"start_plant_time\":30.0,\"end_plant_time\":60.0,"
                + "\"delivery\":\"controller\",\"source_host\":null,\"plants\":[\"box\"],"
                + "\"targets\":[\"box.B1.LIC001.SP\"],"
                + "\"parameters\":{\"target\":\"box.B1.LIC001.SP\",\"value\":58.0}}");
    }

    @Test
    void aStopWithoutItsRunningEffectWritesNoAttackLine() throws Exception {
        Action.AttackStart scan = new Action.AttackStart("scan", AttackKind.REMOTE_SYSTEM_DISCOVERY, Parameters.NONE,
                Optional.empty());

        List<String> lines = write(log -> log.onEvent(event(ScenarioEvent.Type.ATTACK_STOPPED, 5, "scan", scan),
                null), "attacks.jsonl");

        assertThat(lines).isEmpty();
    }

    @Test
    void theSourceHostIsTheAttackersAddressUnlessTheAttackNamesAnother() {
        Action.AttackStart byDefault = new Action.AttackStart("scan", AttackKind.REMOTE_SYSTEM_DISCOVERY,
                Parameters.NONE, Optional.empty());
        Action.AttackStart fromScada = new Action.AttackStart("rogue", AttackKind.UNAUTHORIZED_COMMAND,
                parameters("host", new ParamValue.TextValue("scada")), Optional.empty());
        Action.AttackStart blocking = new Action.AttackStart("block", AttackKind.BLOCK_COMMAND,
                parameters("host", new ParamValue.TextValue("scada")), Optional.empty());

        assertThat(EventLog.sourceHost(byDefault, name -> "<" + name + ">")).isEqualTo("<attacker>");
        assertThat(EventLog.sourceHost(fromScada, name -> "<" + name + ">")).isEqualTo("<scada>");
        assertThat(EventLog.sourceHost(blocking, name -> "<" + name + ">")).as("on the path: sends nothing").isNull();
    }

    @Test
    void parametersOfEveryTypeAreWrittenInTheirOrder() {
        Parameters all = parameters(
                "value", new ParamValue.NumberValue(-1.25),
                "mode", new ParamValue.TextValue("bypass"),
                "ramp", new ParamValue.DurationValue(Duration.ofMillis(1_500)),
                "target", new ParamValue.TagValue(SETPOINT),
                "targets", new ParamValue.TagListValue(List.of(LEVEL, SETPOINT)),
                "params", new ParamValue.MapValue(Map.of("gain", "2.5")));

        assertThat(EventLog.parametersJson(all)).hasToString("{\"value\":-1.25,\"mode\":\"bypass\",\"ramp\":1.5,"
                + "\"target\":\"box.B1.LIC001.SP\",\"targets\":[\"box.B1.LT001\",\"box.B1.LIC001.SP\"],"
                + "\"params\":{\"gain\":\"2.5\"}}");
        assertThat(EventLog.parametersJson(Parameters.NONE)).hasToString("{}");
    }
}
