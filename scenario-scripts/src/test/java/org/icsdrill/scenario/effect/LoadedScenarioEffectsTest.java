package org.icsdrill.scenario.effect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.icsdrill.scenario.attack.AttackLibrary;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.fault.FaultLibrary;
import org.icsdrill.scenario.load.ScenarioLoader;
import org.icsdrill.scenario.model.Scenario;
import org.junit.jupiter.api.Test;

/** The libraries take what the loader builds: defaults, typed values, resolved tags, text maps. */
class LoadedScenarioEffectsTest {

    private static final String SCENARIO = """
            id: every-kind
            title: One of each, as the loader reads them
            plants: [gas, chemical]
            duration: 1h
            timeline:
              - at: 1m
                attack: {id: replay, kind: replay, targets: [gas.K101.ST101, chemical.R1.TT101]}
              - at: 1m
                attack: {id: setpoint, kind: modify_parameter, target: gas.K101.PIC201.SP, value: 52, ramp: 1m}
              - at: 1m
                attack: {id: write, kind: unauthorized_command, target: chemical.R1.FIC101.SP, value: 90}
              - at: 1m
                attack: {id: program, kind: modify_program, plant: gas, variant: v2, params: {K101.UIC101.AUTO: 0, K101.FV101: 0}}
              - at: 1m
                attack: {id: sis, kind: loss_of_safety, plant: chemical, mode: move_limit, target: chemical.SIS.TSHH201, value: 400}
              - at: 1m
                attack: {id: block, kind: block_command, host: "*"}
              - at: 1m
                fault: {id: drift, kind: sensor_drift, target: chemical.R1.LT101, rate: 0.5}
            """;

    @Test
    void loadedAttacksAndFaultsStart() throws Exception {
        Scenario scenario = ScenarioLoader.load("every-kind.yaml", SCENARIO).scenario();
        try (PlantRig rig = PlantRig.start(1, "gas", "chemical")) {
            List<Effect> effects = new java.util.ArrayList<>();
            scenario.attacks().forEach(a -> effects.add(AttackLibrary.start(a, rig)));
            scenario.faults().forEach(f -> effects.add(FaultLibrary.start(f, rig)));
            rig.advance(Duration.ofSeconds(1));
            // the write went out before the block_command step started
            assertThat(rig.plcValue(rig.tag("chemical.R1.FIC101.SP"))).isEqualTo(90);
            assertThat(rig.policy().judge(rig.host("scada"), true))
                    .isEqualTo(org.icsdrill.core.net.SourcePolicy.Verdict.DROP_WRITE);
            assertThat(rig.simulation().plant("gas").program().name()).isEqualTo("v2");
            assertThat(rig.plcValue(rig.tag("gas.K101.FV101"))).isZero();
            assertThat(rig.plcValue(rig.tag("chemical.SIS.TSHH201"))).isEqualTo(400);
            effects.forEach(Effect::stop);
            assertThat(rig.policy().judge(rig.host("scada"), true))
                    .isEqualTo(org.icsdrill.core.net.SourcePolicy.Verdict.SERVE);
            assertThat(rig.simulation().plant("gas").program().name()).isNotEqualTo("v2");
        }
    }
}
