package org.icsdrill.scenario.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsdrill.api.ResponseAction;
import org.icsdrill.plants.Plants;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The table of what ends which attack: in docs/scenarios.md as in the code, and resolved per attack. */
class RemediesTest {

    private static final Path DOC = Path.of("..", "docs", "scenarios.md");

    @Test
    void theDocsTableIsTheCodes() throws Exception {
        String doc = Files.readString(DOC);
        String begin = "<!-- remedies:begin -->\n";
        int from = doc.indexOf(begin) + begin.length();
        int to = doc.indexOf("<!-- remedies:end -->");
        assertThat(doc.substring(from, to)).as("docs/scenarios.md between the remedies markers")
                .isEqualTo(Remedies.markdownTable());
    }

    @Test
    void everyAttackAndFaultKindHasARow() {
        for (AttackKind kind : AttackKind.values()) {
            assertThat(Remedies.of(kind)).as(kind.yamlName()).isNotNull();
        }
        for (FaultKind kind : FaultKind.values()) {
            assertThat(Remedies.ofFault(kind)).as(kind.yamlName()).isNotBlank();
        }
    }

    @Test
    void resolvesTheTargetsFromTheAttacksParameters() {
        Scenario scenario = ScenarioLoader.load("r.yaml", """
                id: r
                title: R
                plants: [gas, chemical]
                duration: 1h
                hosts: {attacker: 127.0.0.99}
                timeline:
                  - at: 1m
                    attack: {id: sp, kind: unauthorized_command, target: chemical.R1.FIC101.SP, value: 110}
                  - at: 2m
                    attack: {id: out, kind: unauthorized_command, target: chemical.R1.TV101, value: 0, host: engineering}
                  - at: 3m
                    attack: {id: limit, kind: loss_of_safety, plant: gas, mode: move_limit, target: gas.SIS.SSHH201,
                             value: 24000}
                  - at: 4m
                    attack: {id: bypass, kind: loss_of_safety, plant: chemical, mode: bypass}
                  - at: 5m
                    attack: {id: spoof, kind: spoof_reporting, target: chemical.R1.TT101, offset: 5}
                """).scenario();

        assertThat(ending(scenario, "sp")).containsExactly(
                new ExpectedAction(ResponseAction.ISOLATE_HOST, "127.0.0.99"),
                new ExpectedAction(ResponseAction.CLOSE_CONDUIT, ""), // any: the run's site says which
                new ExpectedAction(ResponseAction.QUARANTINE_HOST, ""), // any: the site names its hosts
                new ExpectedAction(ResponseAction.RESTORE_PARAMETERS, "chemical"),
                new ExpectedAction(ResponseAction.SWITCH_TO_MANUAL, "chemical.R1.FIC101.AUTO"));
        assertThat(ending(scenario, "out")).as("an output is no parameter and no loop's set point")
                .containsExactly(new ExpectedAction(ResponseAction.ISOLATE_HOST, "127.0.0.20"),
                        new ExpectedAction(ResponseAction.CLOSE_CONDUIT, ""),
                        new ExpectedAction(ResponseAction.QUARANTINE_HOST, ""));
        assertThat(ending(scenario, "limit"))
                .containsExactly(new ExpectedAction(ResponseAction.RESTORE_PARAMETERS, "gas"));
        assertThat(ending(scenario, "bypass"))
                .containsExactly(new ExpectedAction(ResponseAction.RESTORE_PROGRAM, "chemical"));
        assertThat(ending(scenario, "spoof")).isEmpty();
    }

    private static List<ExpectedAction> ending(Scenario scenario, String id) {
        Action.AttackStart attack = (Action.AttackStart) scenario.step(id).orElseThrow().action();
        return Remedies.ending(attack, scenario.hosts(), p -> Plants.create(p).tags());
    }
}
