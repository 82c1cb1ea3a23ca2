package org.icsdrill.scenario.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.PlantRig;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.model.FaultKind;
import org.icsdrill.scenario.model.TagRef;
import org.junit.jupiter.api.Test;

/** Faults of final elements and of the network link. */
class ActuatorAndLinkFaultsTest {

    @Test
    void aStuckValveStopsFollowingItsOutput() throws Exception {
        try (PlantRig rig = PlantRig.start(4, "chemical")) {
            TagRef valve = rig.tag("chemical.R1.TV101");
            TagRef coolantFlow = rig.tag("chemical.R1.FT102");
            rig.advance(Duration.ofSeconds(30));
            double outputBefore = rig.plcValue(valve);
            double flowBefore = rig.trueValue(coolantFlow);
            Effect stuck = rig.fault(FaultKind.VALVE_STUCK, "target", valve);
            // a new set point: the loop moves the valve, which does not follow (looked at before the
            // unstable reactor, now on fixed cooling, runs away and the SIS forces the coolant open)
            rig.simulation().plant("chemical").submit(rig.tag("chemical.R1.TIC101.SP").index(), 335, "operator");
            rig.advance(Duration.ofSeconds(20));
            assertThat(rig.plcValue(valve)).isNotCloseTo(outputBefore, within(5.0));
            assertThat(rig.trueValue(coolantFlow)).isCloseTo(flowBefore, within(0.5));

            rig.stop(stuck);
            rig.advance(Duration.ofSeconds(20));
            assertThat(rig.trueValue(coolantFlow)).isNotCloseTo(flowBefore, within(1.0));
        }
    }

    @Test
    void aTrippedDriveStopsTheCompressor() throws Exception {
        try (PlantRig rig = PlantRig.start(4, "gas")) {
            TagRef speed = rig.tag("gas.K101.ST101");
            rig.advance(Duration.ofSeconds(10));
            double running = rig.trueValue(speed);
            Effect trip = rig.fault(FaultKind.EQUIPMENT_TRIP, "target", rig.tag("gas.K101.SC101"));
            rig.advance(Duration.ofMinutes(3)); // the rotor coasts down
            assertThat(rig.trueValue(speed)).isLessThan(running / 2);
            // the PLC still commands the drive: only the actuator has failed
            assertThat(rig.plcValue(rig.tag("gas.K101.SC101"))).isPositive();
            rig.stop(trip);
        }
    }

    @Test
    void anEquipmentTripNeedsAnOutput() throws Exception {
        try (PlantRig rig = PlantRig.start(4, "gas")) {
            assertThatThrownBy(() -> rig.fault(FaultKind.EQUIPMENT_TRIP, "target", rig.tag("gas.K101.ST101")))
                    .isInstanceOf(EffectStartException.class).hasMessageContaining("not an output");
        }
    }

    @Test
    void aLostLinkRefusesEveryoneUntilItIsBack() throws Exception {
        try (PlantRig rig = PlantRig.start(4, "gas", "chemical")) {
            TagRef speed = rig.tag("gas.K101.ST101");
            Effect loss = rig.fault(FaultKind.LINK_LOSS, "plant", "gas");
            assertThatThrownBy(() -> rig.readOverModbus("scada", speed)).isInstanceOf(Exception.class);
            assertThat(rig.readOverModbus("scada", rig.tag("chemical.R1.TT101"))).isPositive();
            rig.stop(loss);
            assertThat(rig.readOverModbus("scada", speed)).isPositive();
        }
    }
}
