package org.icsdrill.scenario.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.ExpectedAction;
import org.icsdrill.scenario.model.Scenario;
import org.icsdrill.scenario.model.Trigger;
import org.junit.jupiter.api.Test;

/** Kill chains' stages and 'after' steps as the loader reads them, and what it refuses, at file:line:column. */
class StageLoaderTest {

    static final String HEADER = """
            id: chain
            title: Chain
            plants: [building]
            duration: 2h
            """;

    /** The worked example of docs/scenarios.md loads, as the text around it says. */
    @Test
    void theDocumentedExampleLoads() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "scenarios.md"));
        int from = doc.indexOf("```yaml\nsite: reference\ntimeline:\n") + "```yaml\n".length();
        LoadResult result = ScenarioLoader.load("example.yaml", HEADER + doc.substring(from, doc.indexOf("```", from)));

        assertThat(result.diagnostics()).isEmpty();
        Scenario scenario = result.scenario();
        Action.Stage vpn = (Action.Stage) scenario.steps().get(1).action();
        assertThat(vpn.technique().id()).isEqualTo("T0859");
        assertThat(vpn.move()).hasValue(new Action.Move("remote-access", "vpn", Optional.of("vendor-support")));
        assertThat(vpn.evidence()).containsExactly(new Action.Evidence(Action.Evidence.Kind.FAILED_LOGONS, "", 6));
        assertThat(vpn.retry()).isEqualTo(Duration.ofMinutes(1));
        assertThat(scenario.steps().get(1).trigger()).isEqualTo(new Trigger.After("phish", Duration.ofMinutes(25)));
        assertThat(scenario.expectations().respond().get(0).actions())
                .containsExactly(new ExpectedAction(ResponseAction.DISABLE_ACCOUNT, "vendor-support"));
    }

    @Test
    void reportsEachWrongStageAtItsPlace() {
        List<String> problems = ScenarioLoader.load("bad.yaml", HEADER + """
                timeline:
                  - at: 1m
                    stage: {id: usb, technique: T0874, host: enginering}
                  - after: usb
                    stage: {id: hop, technique: T0886, host: engineering, move: {to: scada, protocol: rdp}}
                  - after: hop
                    stage: {id: vpn, technique: T0822, host: supplier-laptop, move: {to: remote-access, protocol: vpn, account: vendor-support}}
                  - after: vpn
                    stage: {id: jump, technique: T0886, host: remote-access, move: {to: jump-host, protocol: rdp, account: jump}}
                  - after: usbb
                    inject: {text: x}
                  - after: vpn
                    delay: 1m
                    at: 5m
                    inject: {text: y}
                """).diagnostics().stream().map(Object::toString).toList();

        assertThat(problems).containsExactly(
                "bad.yaml:7:33: unknown technique 'T0874'; did you mean 'T0804'?",
                "bad.yaml:7:46: unknown host of site reference 'enginering'; did you mean 'engineering'?",
                "bad.yaml:9:87: scada offers no rdp; it offers opcua/4840",
                "bad.yaml:13:108: unknown account of jump-host 'jump'; expected one of jump-admin",
                "bad.yaml:14:12: unknown stage id 'usbb'; did you mean 'usb'?",
                "bad.yaml:18:5: a step takes one of 'at', 'when' or 'after'; found 'after' and 'at'");
    }

    @Test
    void theIncidentFollowedIsNamedByItsAttackIds() {
        LoadResult good = ScenarioLoader.load("good.yaml", HEADER + """
                attribution: {software: [S0089, S0607], campaign: C0028}
                timeline: []
                """);
        assertThat(good.scenario().attribution()).hasToString("S0089 BlackEnergy; S0607 KillDisk; C0028 2015 Ukraine"
                + " Electric Power Attack");
        assertThat(ScenarioLoader.load("bad.yaml", HEADER + """
                attribution: {software: [S0603x], campaign: C0029}
                timeline: []
                """).diagnostics().stream().map(Object::toString).toList()).containsExactly(
                "bad.yaml:5:26: unknown ATT&CK software 'S0603x'; did you mean 'S0603'?",
                "bad.yaml:5:45: unknown ATT&CK campaign 'C0029'; did you mean 'C0025'?");
    }

    @Test
    void aResponseThatDoesNotStopTheStageIsRefusedWithTheOnesThatDo() {
        List<String> problems = ScenarioLoader.load("bad.yaml", HEADER + """
                timeline:
                  - at: 1m
                    stage: {id: vpn, technique: T0822, host: supplier-laptop, move: {to: remote-access, protocol: vpn, account: vendor-support}}
                expectations:
                  respond:
                    - {attack: vpn, within: 5m, actions: [{action: quarantine_host, host: engineering}]}
                """).diagnostics().stream().map(Object::toString).toList();

        assertThat(problems).containsExactly("bad.yaml:10:43: quarantine_host engineering does not stop stage 'vpn';"
                + " it is stopped by quarantine_host supplier-laptop, isolate_host 127.0.50.10, quarantine_host"
                + " remote-access, isolate_host 127.0.35.30, disable_account vendor-support, reset_credential"
                + " vendor-support, close_conduit of a conduit its traffic crosses");
    }
}
