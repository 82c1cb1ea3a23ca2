package org.icsdrill.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.api.InjectText;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.Audience;
import org.icsdrill.scenario.model.Condition;
import org.icsdrill.scenario.model.Expectations;
import org.icsdrill.scenario.model.ExpectedAction;
import org.icsdrill.scenario.model.FaultKind;
import org.icsdrill.scenario.model.Hosts;
import org.icsdrill.scenario.model.Repeat;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.model.Step;
import org.icsdrill.scenario.model.TagRef;
import org.icsdrill.scenario.model.Trigger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioLoaderValidTest {

    private static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        LoadResult result = ScenarioLoader.load(example());
        assertThat(result.diagnostics()).isEmpty();
        scenario = result.scenario();
    }

    static Path example() throws URISyntaxException {
        return Path.of(ScenarioLoaderValidTest.class.getResource("/scenarios/gas-stuxnet.yaml").toURI());
    }

    @Test
    void header() {
        assertThat(scenario.id()).isEqualTo("gas-stuxnet");
        assertThat(scenario.title()).isEqualTo("Stuxnet-style compressor overspeed hidden by replay");
        assertThat(scenario.plants()).containsExactly("gas", "chemical");
        assertThat(scenario.seed()).isEqualTo(42);
        assertThat(scenario.duration()).isEqualTo(Duration.ofHours(2));
        assertThat(scenario.startTime()).contains(Instant.parse("2026-01-15T09:00:00Z"));
        assertThat(scenario.briefing()).isEqualTo("You are the day shift at the compressor station.\n");
        assertThat(scenario.instructorNotes()).startsWith("Watch whether");
        assertThat(scenario.translations()).containsOnlyKeys("ja");
        assertThat(scenario.translations().get("ja").title()).isEqualTo("リプレイで隠された Stuxnet 型の圧縮機過回転");
        assertThat(scenario.translations().get("ja").briefing()).isEqualTo("あなたは圧縮機ステーションの日勤です。\n");
        assertThat(scenario.translations().get("ja").instructorNotes()).as("left out: stands as written").isEmpty();
        assertThat(scenario.hosts()).isEqualTo(Hosts.DEFAULT);
        assertThat(scenario.steps()).hasSize(9);
        assertThat(scenario.attacks()).extracting(Action.AttackStart::id).containsExactly("recon", "replay", "overspeed");
        assertThat(scenario.faults()).extracting(Action.Fault::id).containsExactly("drift1");
    }

    @Test
    void injectWithQuestions() {
        Step step = scenario.steps().get(0);
        assertThat(step.trigger()).isEqualTo(new Trigger.At(Duration.ofMinutes(5)));
        assertThat(step.action()).isEqualTo(new Action.Inject(Audience.OPERATOR,
                "The night shift reports a short network outage at 03:00.", List.of("What do you check first?"),
                Map.of("ja", new InjectText("夜勤から、03:00 に短時間のネットワーク障害があったとの報告がありました。",
                        List.of("最初に何を確認しますか？")))));
        assertThat(step.repeat()).isEmpty();
    }

    @Test
    void attacksCarryKindTechniqueResolvedTagsAndDefaults() {
        Action.AttackStart recon = (Action.AttackStart) scenario.steps().get(1).action();
        assertThat(recon.kind()).isEqualTo(AttackKind.REMOTE_SYSTEM_DISCOVERY);
        assertThat(recon.duration()).contains(Duration.ofMinutes(2));

        Action.AttackStart replay = (Action.AttackStart) scenario.steps().get(2).action();
        assertThat(replay.technique().id()).isEqualTo("T0832");
        assertThat(replay.parameters().tags("targets")).extracting(TagRef::qualifiedName)
                .containsExactly("gas.K101.ST101", "gas.K101.VT101");
        assertThat(replay.parameters().tags("targets").get(0).index()).isNotNegative();
        assertThat(replay.parameters().duration("record")).isEqualTo(Duration.ofSeconds(30));
        assertThat(replay.duration()).isEmpty();

        Action.AttackStart overspeed = (Action.AttackStart) scenario.steps().get(3).action();
        assertThat(overspeed.parameters().tag("target").tag()).isEqualTo("K101.PIC201.SP");
        assertThat(overspeed.parameters().number("value")).isEqualTo(58.0);
        assertThat(overspeed.parameters().optionalDuration("ramp")).contains(Duration.ofMinutes(5));
    }

    @Test
    void stopConditionFaultAndRepeat() {
        assertThat(scenario.steps().get(4).action()).isEqualTo(new Action.Stop("replay"));

        Trigger.When when = (Trigger.When) scenario.steps().get(5).trigger();
        assertThat(when.holdFor()).isEqualTo(Duration.ofSeconds(10));
        assertThat(when.within()).contains(Duration.ofHours(1));
        assertThat(when.condition()).isInstanceOf(Condition.Any.class);
        assertThat(when.condition()).hasToString(
                "gas.SIS.ST201 > 17000 and gas.K101.VT101 < 4 or chemical.R1.TT101 >= 400");
        assertThat(scenario.steps().get(5).action()).isEqualTo(new Action.Checkpoint("Pause: what does the HMI show?"));

        Action.Fault drift = (Action.Fault) scenario.steps().get(6).action();
        assertThat(drift.kind()).isEqualTo(FaultKind.SENSOR_DRIFT);
        assertThat(drift.parameters().tag("target").qualifiedName()).isEqualTo("chemical.R1.TT101");
        assertThat(drift.parameters().number("rate")).isEqualTo(0.5);
        assertThat(drift.duration()).contains(Duration.ofMinutes(30));

        Step repeated = scenario.steps().get(7);
        assertThat(repeated.repeat()).contains(new Repeat(Duration.ofMinutes(5), 3));
        assertThat(((Action.Inject) repeated.action()).audience()).isEqualTo(Audience.MANAGER);
    }

    @Test
    void expectations() {
        assertThat(scenario.expectations()).isEqualTo(new Expectations(
                List.of(new Expectations.Detect("replay", Duration.ofMinutes(20), true)),
                List.of(new Expectations.Respond("replay", Duration.ofMinutes(30),
                        List.of(new ExpectedAction(ResponseAction.RESTORE_PROGRAM, "gas")))),
                new Expectations.Limits(true, false)));
    }

    @Test
    void aSiteHostIsExpectedQuarantinedByItsName() {
        LoadResult result = ScenarioLoader.load("quarantine.yaml", """
                id: quarantine
                title: Quarantine
                plants: [gas]
                duration: 1h
                timeline:
                  - at: 1m
                    attack: {id: scan, kind: remote_system_discovery}
                expectations:
                  respond:
                    - {attack: scan, within: 10m, actions: [{action: quarantine_host, host: engineering}]}
                """);

        assertThat(result.diagnostics()).isEmpty();
        ExpectedAction quarantine = result.scenario().expectations().respond().get(0).actions().get(0);
        assertThat(quarantine).isEqualTo(new ExpectedAction(ResponseAction.QUARANTINE_HOST, "engineering"));
        assertThat(quarantine.matches(ResponseAction.QUARANTINE_HOST, "", "engineering")).isTrue();
        assertThat(quarantine.matches(ResponseAction.ISOLATE_HOST, "", "engineering"))
                .as("isolating an address is not quarantining the site's host").isFalse();
    }

    @Test
    void aConduitIsExpectedWholeOrOneServiceOnIt() {
        LoadResult result = ScenarioLoader.load("conduit.yaml", """
                id: conduit
                title: Conduit
                plants: [gas]
                duration: 1h
                timeline:
                  - at: 1m
                    attack: {id: scan, kind: remote_system_discovery}
                expectations:
                  respond:
                    - attack: scan
                      within: 10m
                      actions:
                        - {action: close_conduit, conduit: operations-control-gas}
                        - {action: close_conduit, conduit: enterprise-dmz, service: rdp/3389}
                        - {action: isolate_host, host: attacker}
                """);

        assertThat(result.diagnostics()).isEmpty();
        List<ExpectedAction> actions = result.scenario().expectations().respond().get(0).actions();
        assertThat(actions).containsExactly(
                new ExpectedAction(ResponseAction.CLOSE_CONDUIT, "operations-control-gas"),
                new ExpectedAction(ResponseAction.CLOSE_CONDUIT, "enterprise-dmz rdp/3389"),
                new ExpectedAction(ResponseAction.ISOLATE_HOST, "127.0.0.66"));
        assertThat(actions.get(1).matches(ResponseAction.CLOSE_CONDUIT, "", "enterprise-dmz rdp/3389")).isTrue();
        assertThat(actions.get(1).matches(ResponseAction.CLOSE_CONDUIT, "", "enterprise-dmz"))
                .as("the whole conduit is not the one service expected").isFalse();
    }

    @Test
    void theCalendarsZoneIsTimeZoneElseTheOffsetOfStartTime() {
        String header = """
                id: z
                title: Z
                plants: [building]
                duration: 10m
                timeline: []
                """;
        Scenario offset = ScenarioLoader.load("o.yaml", header + "start_time: 2026-01-22T18:00:00+09:00\n").scenario();
        assertThat(offset.startTime()).contains(Instant.parse("2026-01-22T09:00:00Z"));
        assertThat(offset.timeZone()).isEqualTo(java.time.ZoneOffset.ofHours(9));
        Scenario named = ScenarioLoader.load("n.yaml", header
                + "start_time: 2026-01-22T09:00:00Z\ntime_zone: Asia/Tokyo\n").scenario();
        assertThat(named.timeZone()).isEqualTo(java.time.ZoneId.of("Asia/Tokyo"));
        assertThat(named.startTime()).isEqualTo(offset.startTime());
    }

    @Test
    void defaultsOfAMinimalScenario() {
        Scenario minimal = ScenarioLoader.load("minimal.yaml", """
                id: minimal
                title: Minimal
                plants: [gas]
                duration: 10m
                timeline:
                  - at: 1m
                    attack: {id: cmd, kind: unauthorized_command, target: gas.K101.PIC201.SP, value: 50}
                """).scenario();
        assertThat(minimal.seed()).isEqualTo(1);
        assertThat(minimal.startTime()).isEmpty();
        assertThat(minimal.timeZone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(minimal.description()).isEmpty();
        assertThat(minimal.expectations()).isEqualTo(Expectations.NONE);
        assertThat(minimal.translations()).isEmpty();
        Action.AttackStart cmd = minimal.attacks().get(0);
        assertThat(cmd.parameters().text("protocol")).isEqualTo("modbus");
        assertThat(cmd.parameters().text("host")).isEqualTo("attacker");
        assertThat(minimal.step("cmd")).map(Step::trigger).isEqualTo(Optional.of(new Trigger.At(Duration.ofMinutes(1))));
    }
}
