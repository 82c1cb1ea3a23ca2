package org.icsdrill.scenario.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.PlantRig;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.FaultKind;
import org.icsdrill.scenario.model.TagRef;
import org.junit.jupiter.api.Test;

/** Attacks on the PLC: parameters (T0836), program (T0889), safety (T0880). */
class PlcAttacksTest {

    private static final Duration TICK = Duration.ofMillis(100);

    @Test
    void modifyParameterWritesControllerMemoryDirectly() throws Exception {
        try (PlantRig rig = PlantRig.start(3, "chemical")) {
            TagRef setpoint = rig.tag("chemical.R1.TIC101.SP");
            List<String> sources = new ArrayList<>();
            rig.simulation().plant("chemical").onWriteApplied(w -> sources.add(w.write().source()));
            rig.attack(AttackKind.MODIFY_PARAMETER, "target", setpoint, "value", 355);
            rig.advance(TICK);
            assertThat(rig.plcValue(setpoint)).isEqualTo(355);
            assertThat(sources).containsExactly("scenario:modify_parameter-0");
            assertThat(rig.journal().recent()).isEmpty(); // not over the network
        }
    }

    @Test
    void modifyParameterRampsLinearlyAndStaysWhereItGotWhenStopped() throws Exception {
        try (PlantRig rig = PlantRig.start(3, "chemical")) {
            TagRef setpoint = rig.tag("chemical.R1.TIC101.SP");
            double from = rig.plcValue(setpoint);
            Effect ramp = rig.attack(AttackKind.MODIFY_PARAMETER, "target", setpoint, "value", from + 10,
                    "ramp", Duration.ofSeconds(10));
            rig.advance(Duration.ofSeconds(5));
            assertThat(rig.plcValue(setpoint)).isCloseTo(from + 5, within(0.2));
            rig.stop(ramp);
            double reached = rig.plcValue(setpoint);
            rig.advance(Duration.ofSeconds(10));
            assertThat(rig.plcValue(setpoint)).isEqualTo(reached);

            rig.attack(AttackKind.MODIFY_PARAMETER, "target", setpoint, "value", from + 10, "ramp", Duration.ofSeconds(3));
            rig.advance(Duration.ofSeconds(4));
            assertThat(rig.plcValue(setpoint)).isEqualTo(from + 10);
        }
    }

    @Test
    void modifyParameterRefusesAValueTheTagDoesNotAccept() throws Exception {
        try (PlantRig rig = PlantRig.start(3, "chemical")) {
            assertThatThrownBy(() -> rig.attack(AttackKind.MODIFY_PARAMETER,
                    "target", rig.tag("chemical.R1.TIC101.SP"), "value", 900))
                    .isInstanceOf(EffectStartException.class).hasMessageContaining("OUT_OF_RANGE");
        }
    }

    @Test
    void modifyProgramForcesItsTagsEveryScanUntilTheGoldenProgramIsRestored() throws Exception {
        try (PlantRig rig = PlantRig.start(3, "gas")) {
            PlantRuntime gas = rig.simulation().plant("gas");
            String golden = gas.program().name();
            TagRef drive = rig.tag("gas.K101.SC101");
            Effect attack = rig.attack(AttackKind.MODIFY_PROGRAM, "plant", "gas", "variant", "k101-overspeed-v2",
                    "params", Map.of("K101.PIC201.AUTO", "false", "K101.SC101", "1300"));
            assertThat(gas.program().name()).isEqualTo("k101-overspeed-v2");
            rig.advance(TICK);
            assertThat(rig.plcValue(drive)).isEqualTo(1300);
            // an operator's correction is overwritten on the next scan
            gas.submit(drive.index(), 1000, "operator");
            rig.advance(TICK);
            assertThat(rig.plcValue(drive)).isEqualTo(1300);

            rig.stop(attack);
            assertThat(gas.program().name()).isEqualTo(golden);
            gas.submit(drive.index(), 1000, "operator");
            rig.advance(TICK);
            assertThat(rig.plcValue(drive)).isEqualTo(1000);
        }
    }

    @Test
    void modifyProgramRejectsUnknownAndFieldTags() throws Exception {
        try (PlantRig rig = PlantRig.start(3, "gas")) {
            assertThatThrownBy(() -> rig.attack(AttackKind.MODIFY_PROGRAM, "plant", "gas", "variant", "v",
                    "params", Map.of("K101.NOPE", "1"))).isInstanceOf(EffectStartException.class)
                    .hasMessageContaining("no tag K101.NOPE");
            assertThatThrownBy(() -> rig.attack(AttackKind.MODIFY_PROGRAM, "plant", "gas", "variant", "v",
                    "params", Map.of("K101.ST101", "1"))).isInstanceOf(EffectStartException.class)
                    .hasMessageContaining("field signal");
        }
    }

    /** The coolant valve fails shut: the SIS trips the reactor safely unless it is bypassed. */
    private static PlantStatus coolantLoss(boolean bypass) throws Exception {
        try (PlantRig rig = PlantRig.start(7, "chemical")) {
            Effect attack = bypass ? rig.attack(AttackKind.LOSS_OF_SAFETY, "plant", "chemical", "mode", "bypass") : null;
            rig.fault(FaultKind.EQUIPMENT_TRIP, "target", rig.tag("chemical.R1.TV101"));
            rig.advance(Duration.ofMinutes(6));
            PlantStatus status = rig.simulation().plant("chemical").view().status();
            if (attack != null) {
                assertThat(rig.simulation().plant("chemical").safetyProgram().name()).contains("bypassed");
                rig.stop(attack);
                assertThat(rig.simulation().plant("chemical").safetyProgram().name()).doesNotContain("bypassed");
            }
            return status;
        }
    }

    @Test
    void withTheSafetySystemBypassedARunawayDamagesTheReactor() throws Exception {
        assertThat(coolantLoss(false)).isEqualTo(PlantStatus.TRIPPED);
        assertThat(coolantLoss(true)).isEqualTo(PlantStatus.DAMAGED);
    }

    @Test
    void moveLimitRaisesATripLimitAndNeedsTargetAndValue() throws Exception {
        try (PlantRig rig = PlantRig.start(7, "chemical")) {
            TagRef limit = rig.tag("chemical.SIS.TSHH201");
            rig.attack(AttackKind.LOSS_OF_SAFETY, "plant", "chemical", "mode", "move_limit", "target", limit,
                    "value", 550);
            rig.advance(TICK);
            assertThat(rig.plcValue(limit)).isEqualTo(550);
            assertThatThrownBy(() -> rig.attack(AttackKind.LOSS_OF_SAFETY, "plant", "chemical", "mode", "move_limit",
                    "value", 550)).isInstanceOf(EffectStartException.class).hasMessageContaining("needs target");
            assertThatThrownBy(() -> rig.attack(AttackKind.LOSS_OF_SAFETY, "plant", "chemical", "mode", "move_limit",
                    "target", limit)).isInstanceOf(EffectStartException.class).hasMessageContaining("needs value");
        }
    }
}
