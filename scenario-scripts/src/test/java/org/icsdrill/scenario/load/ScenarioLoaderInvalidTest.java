package org.icsdrill.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One malformed file per case, each giving exactly one diagnostic at the right line and column. */
class ScenarioLoaderInvalidTest {

    /** Lines 1-5; steps start on line 6. */
    private static final String HEADER = """
            id: t
            title: T
            plants: [gas]
            duration: 1h
            timeline:
            """;

    record Case(String name, String yaml, int line, int column, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("unknown top-level key", """
                        id: t
                        title: T
                        descripton: x
                        plants: [gas]
                        duration: 1h
                        timeline: []
                        """, 3, 1, "unknown key 'descripton'; did you mean 'description'?"),
                new Case("duration of the wrong type", """
                        id: t
                        title: T
                        plants: [gas]
                        duration: soon
                        timeline: []
                        """, 4, 11, "expected a duration like 90s, 10m30s or 2h, got 'soon'"),
                new Case("start time without its offset", """
                        id: t
                        title: T
                        plants: [gas]
                        duration: 1h
                        start_time: 2026-01-22T18:00:00
                        time_zone: Asia/Tokyo
                        timeline: []
                        """, 5, 13, "expected an ISO-8601 instant like 2026-01-15T09:00:00Z or"
                        + " 2026-01-22T18:00:00+09:00, got '2026-01-22T18:00:00'"),
                new Case("time zone that does not exist", """
                        id: t
                        title: T
                        plants: [gas]
                        duration: 1h
                        time_zone: Asia/Tokio
                        timeline: []
                        """, 5, 12, "expected a time zone like Asia/Tokyo, Europe/Kyiv or +09:00, got 'Asia/Tokio'"),
                new Case("missing required top-level key", """
                        id: t
                        plants: [gas]
                        duration: 1h
                        timeline: []
                        """, 1, 1, "missing required key 'title'"),
                new Case("an unknown key in the header's translation", """
                        id: t
                        title: T
                        plants: [gas]
                        duration: 1h
                        ja:
                          briefing: 反応器を監視
                          instructor_note: メモ
                        timeline: []
                        """, 7, 3, "unknown key 'instructor_note'; did you mean 'instructor_notes'?"),
                new Case("a translation with another number of questions", HEADER + """
                          - at: 1m
                            inject:
                              text: Call from the vendor
                              questions: [Install the patch?]
                              ja:
                                text: ベンダーからの電話
                        """, 11, 9, "the translation has 0 question(s), the inject 1; give each question in both"),
                new Case("missing attack kind", HEADER + """
                          - at: 1m
                            attack:
                              id: a
                        """, 8, 7, "missing required key 'kind'"),
                new Case("unknown tag", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: replay, targets: [gas.K101.ST11]}
                        """, 7, 45, "unknown tag 'gas.K101.ST11' in plant gas; did you mean 'gas.K101.ST101'?"),
                new Case("tag of a plant not listed", HEADER + """
                          - at: 1m
                            fault: {id: f, kind: sensor_stuck, target: chemical.R1.TT101}
                        """, 7, 48, "plant 'chemical' of tag 'chemical.R1.TT101' is not listed in plants (gas)"),
                new Case("unknown plant", """
                        id: t
                        title: T
                        plants: [gas, gass]
                        duration: 1h
                        timeline: []
                        """, 3, 15, "unknown plant 'gass'; did you mean 'gas'?"),
                new Case("unknown attack kind", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: replai, targets: [gas.K101.ST101]}
                        """, 7, 27, "unknown attack kind 'replai'; did you mean 'replay'?"),
                new Case("unknown fault kind", HEADER + """
                          - at: 1m
                            fault: {id: f, kind: sensor_drif, target: gas.K101.ST101, rate: 1}
                        """, 7, 26, "unknown fault kind 'sensor_drif'; did you mean 'sensor_drift'?"),
                new Case("unknown technique", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: replay, technique: T0999, targets: [gas.K101.ST101]}
                        """, 7, 46, "unknown technique 'T0999'"),
                new Case("technique does not match the kind", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: replay, technique: T0831, targets: [gas.K101.ST101]}
                        """, 7, 46, "technique T0831 Manipulation of Control does not match attack kind replay,"
                        + " which is T0832 Manipulation of View"),
                new Case("at after the end", HEADER + """
                          - at: 2h
                            inject: {text: late}
                        """, 6, 9, "at 2h is after the end of the scenario (1h)"),
                new Case("within after the end", HEADER + """
                          - when: gas.K101.ST101 > 17000
                            within: 90m
                            checkpoint: {text: pause}
                        """, 7, 13, "within 1h30m is after the end of the scenario (1h)"),
                new Case("repeat ends after the end", HEADER + """
                          - at: 50m
                            repeat: {every: 5m, times: 4}
                            inject: {text: again}
                        """, 7, 13, "repeat ends at 1h5m is after the end of the scenario (1h)"),
                new Case("duplicate step id", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                          - at: 2m
                            fault: {id: r, kind: sensor_dropout, target: gas.K101.ST101}
                        """, 9, 17, "duplicate step id 'r'; first used at line 7"),
                new Case("stop names an unknown id", HEADER + """
                          - at: 1m
                            attack: {id: replay, kind: replay, targets: [gas.K101.ST101]}
                          - at: 2m
                            stop: replai
                        """, 9, 11, "unknown step id 'replai'; did you mean 'replay'?"),
                new Case("expectation names a fault", HEADER + """
                          - at: 1m
                            fault: {id: f1, kind: sensor_stuck, target: gas.K101.ST101}
                        expectations:
                          detect:
                            - {attack: f1, within: 5m}
                        """, 10, 16, "'f1' is a fault (line 7); expectations name attacks or stages"),
                new Case("malformed condition operator", HEADER + """
                          - when: "gas.K101.ST101 => 17000"
                            checkpoint: {text: pause}
                        """, 6, 27, "unexpected '=>"),
                new Case("condition with an unknown tag", HEADER + """
                          - when: gas.K101.ST101 > 1 and gas.K101.VT11 > 4
                            checkpoint: {text: pause}
                        """, 6, 34, "unknown tag 'gas.K101.VT11' in plant gas; did you mean 'gas.K101.VT101'?"),
                new Case("YAML syntax error", """
                        id: t
                        title: "unterminated
                        plants: [gas]
                        """, 4, 1, "YAML syntax error: found unexpected end of stream"),
                new Case("empty file", "# nothing but a comment\n", 1, 1, "empty file"),
                new Case("both at and when", HEADER + """
                          - at: 1m
                            when: gas.K101.ST101 > 1
                            inject: {text: x}
                        """, 7, 5, "a step takes one of 'at', 'when' or 'after'; found 'at' and 'when'"),
                new Case("neither at nor when", HEADER + """
                          - inject: {text: x}
                        """, 6, 5, "a step needs 'at' (a plant time), 'when' (a condition) or 'after' (a kill chain's stage)"),
                new Case("two actions in a step", HEADER + """
                          - at: 1m
                            inject: {text: x}
                            checkpoint: {text: y}
                        """, 8, 5, "a step takes one action; found 'inject' and 'checkpoint'"),
                new Case("number of the wrong type", HEADER + """
                          - at: 1m
                            attack: {id: m, kind: modify_parameter, target: gas.K101.PIC201.SP, value: high}
                        """, 7, 80, "expected a number, got 'high'"),
                new Case("sensor fault on an output", HEADER + """
                          - at: 1m
                            fault: {id: f, kind: sensor_stuck, target: gas.K101.FV101}
                        """, 7, 48, "expected a plant-qualified field tag (a measurement or field state),"
                        + " got gas.K101.FV101, an output"),
                new Case("value and offset both given", HEADER + """
                          - at: 1m
                            attack: {id: s, kind: spoof_reporting, target: gas.K101.ST101, value: 1, offset: 2}
                        """, 7, 78, "spoof_reporting takes only one of 'value' or 'offset'"),
                new Case("unknown step key", HEADER + """
                          - at: 1m
                            atack: {id: s, kind: remote_system_discovery}
                            inject: {text: x}
                        """, 7, 5, "unknown key 'atack'; did you mean 'attack'?"),
                new Case("duplicate key", HEADER + """
                          - at: 1m
                            at: 2m
                            inject: {text: x}
                        """, 7, 5, "duplicate key 'at'; first given at line 6"),
                new Case("for on an at step", HEADER + """
                          - at: 1m
                            for: 10s
                            inject: {text: x}
                        """, 7, 5, "'for' applies only to a 'when' step"),
                new Case("unknown host", HEADER + """
                          - at: 1m
                            attack: {id: b, kind: block_command, host: attaker}
                        """, 7, 48, "unknown host 'attaker'; did you mean 'attacker'?"),
                new Case("non-loopback host address", """
                        id: t
                        title: T
                        plants: [gas]
                        duration: 1h
                        hosts: {attacker: 10.0.0.66}
                        timeline: []
                        """, 5, 19, "expected a loopback address like 127.0.0.66, got '10.0.0.66'"),
                new Case("scenario id with capitals", """
                        id: Gas Stuxnet
                        title: T
                        plants: [gas]
                        duration: 1h
                        timeline: []
                        """, 1, 5, "a scenario id is lowercase letters, digits and '-'"),
                new Case("unknown response action", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: isolate_hots, host: attacker}]}
                        """, 10, 50, "unknown response action 'isolate_hots'; did you mean 'isolate_host'?"),
                new Case("an expected action without its target (the old bare form)", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [isolate_host]}
                        """, 10, 41, "expected an action with its target, like {action: isolate_host, host: attacker}"),
                new Case("an expected action aimed at the wrong kind of target", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: isolate_host, plant: gas}]}
                        """, 10, 64, "isolate_host is aimed at a host, not a plant"),
                new Case("an expected action that does not end the attack", HEADER + """
                          - at: 1m
                            attack: {id: p, kind: modify_program, plant: gas, variant: evil, params: {K101.SC101: 1410}}
                        expectations:
                          respond:
                            - {attack: p, within: 5m, actions: [{action: isolate_host, host: attacker}]}
                        """, 10, 41, "isolate_host 127.0.0.66 does not end attack 'p' (modify_program); it is ended by"
                        + " restore_program gas"),
                new Case("an expected action aimed at another host", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: device_identification}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: isolate_host, host: 127.0.0.1}]}
                        """, 10, 41, "isolate_host 127.0.0.1 does not end attack 'r' (device_identification); it is"
                        + " ended by isolate_host 127.0.0.66, close_conduit of a conduit its traffic crosses"),
                new Case("an expected action for an attack no response ends", HEADER + """
                          - at: 1m
                            attack: {id: b, kind: block_reporting, host: scada}
                        expectations:
                          respond:
                            - {attack: b, within: 5m, actions: [{action: isolate_host, host: scada}]}
                        """, 10, 41, "no response ends it: it ends at its stop"),
                new Case("switch_to_manual of a tag that is no loop switch", HEADER + """
                          - at: 1m
                            attack: {id: w, kind: unauthorized_command, target: gas.K101.PIC201.SP, value: 50}
                        expectations:
                          respond:
                            - {attack: w, within: 5m, actions: [{action: switch_to_manual, tag: gas.K101.ST101}]}
                        """, 10, 73, "gas.K101.ST101 is not a loop's auto/manual switch"),
                new Case("a conduit for an attack that sends nothing over the network", HEADER + """
                          - at: 1m
                            attack: {id: p, kind: modify_program, plant: gas, variant: evil, params: {K101.SC101: 1410}}
                        expectations:
                          respond:
                            - {attack: p, within: 5m, actions: [{action: close_conduit, conduit: enterprise-dmz}]}
                        """, 10, 41, "close_conduit enterprise-dmz does not end attack 'p' (modify_program); it is"
                        + " ended by restore_program gas"),
                new Case("an account for an attack no stolen credential carries", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: disable_account, account: vendor-support}]}
                        """, 10, 41, "disable_account vendor-support does not end attack 'r' (remote_system_discovery);"
                        + " it is ended by isolate_host 127.0.0.66, close_conduit of a conduit its traffic crosses,"
                        + " quarantine_host of the site host that sends it"),
                new Case("close_conduit without its conduit", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: close_conduit, service: rdp/3389}]}
                        """, 10, 41, "say what close_conduit is aimed at: {action: close_conduit, conduit:"
                        + " enterprise-dmz}"),
                new Case("a conduit name as no site writes one", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: close_conduit, conduit: Enterprise DMZ}]}
                        """, 10, 74, "a conduit name is lowercase letters, digits and '-'"),
                new Case("a service that is not protocol/port", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: close_conduit, conduit: e-d, service: rdp}]}
                        """, 10, 88, "expected one service as protocol/port, like rdp/3389, got 'rdp'"),
                new Case("a service of an unknown protocol", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: close_conduit, conduit: e-d, service: rdpp/3389}]}
                        """, 10, 88, "unknown protocol 'rdpp'; did you mean 'rdp'?"),
                new Case("a service on a port out of range", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: close_conduit, conduit: e-d, service: rdp/70000}]}
                        """, 10, 88, "expected a TCP port from 1 to 65535, got 70000"),
                new Case("a service beside another action's target", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m, actions: [{action: isolate_host, host: attacker, service: rdp/3389}]}
                        """, 10, 80, "isolate_host is aimed at a host, not a service"),
                new Case("a respond expectation without actions", HEADER + """
                          - at: 1m
                            attack: {id: r, kind: remote_system_discovery}
                        expectations:
                          respond:
                            - {attack: r, within: 5m}
                        """, 10, 7, "missing required key 'actions'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyOneProblemAtItsPosition(Case c) {
        LoadResult result = ScenarioLoader.load("bad.yaml", c.yaml());

        assertThat(result.isOk()).isFalse();
        assertThat(result.diagnostics()).hasSize(1);
        Diagnostic d = result.diagnostics().get(0);
        assertThat(d.file()).isEqualTo("bad.yaml");
        assertThat(d.message()).contains(c.message());
        assertThat(d.line() + ":" + d.column()).as(d.toString()).isEqualTo(c.line() + ":" + c.column());
        assertThat(d.toString()).startsWith("bad.yaml:" + c.line() + ":" + c.column() + ": ");
    }

    @Test
    void collectsEveryProblemInFileOrder() {
        List<String> lines = ScenarioLoader.load("bad.yaml", """
                id: t
                title: T
                plants: [gas]
                duration: 1h
                timeline:
                  - at: 2h
                    inject: {audience: boss, text: x}
                  - at: soon
                    stop: nothing
                """).diagnostics().stream().map(Diagnostic::toString).toList();

        assertThat(lines).containsExactly(
                "bad.yaml:6:9: at 2h is after the end of the scenario (1h)",
                "bad.yaml:7:24: unknown audience 'boss'; expected one of operator, engineer, manager",
                "bad.yaml:8:9: expected a duration like 90s, 10m30s or 2h, got 'soon'",
                "bad.yaml:9:11: unknown step id 'nothing'");
    }
}
