package org.icsdrill.scenario.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.PlantRig;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.TagRef;
import org.junit.jupiter.api.Test;

/** T0856 at the instrument: the PLC believes the lie, the process and the SIS do not. */
class SpoofReportingTest {

    @Test
    void aFixedValueReachesThePlcWhileTheSafetySystemSeesTheTruth() throws Exception {
        try (PlantRig rig = PlantRig.start(5, "chemical")) {
            TagRef temperature = rig.tag("chemical.R1.TT101");
            Effect spoof = rig.attack(AttackKind.SPOOF_REPORTING, "target", temperature, "value", 300);
            rig.advance(Duration.ofSeconds(1));
            assertThat(rig.plcValue(temperature)).isEqualTo(300);
            assertThat(rig.readOverModbus("scada", temperature)).isEqualTo(300);
            assertThat(rig.trueValue(temperature)).isGreaterThan(330);
            assertThat(rig.plcValue(rig.tag("chemical.SIS.TT201"))).isCloseTo(rig.trueValue(temperature), within(1.0));

            rig.stop(spoof);
            rig.advance(Duration.ofMillis(100));
            assertThat(rig.plcValue(temperature)).isCloseTo(rig.trueValue(temperature), within(0.5));
        }
    }

    @Test
    void anOffsetShiftsTheMeasurement() throws Exception {
        try (PlantRig rig = PlantRig.start(5, "chemical")) {
            TagRef level = rig.tag("chemical.R1.LT101");
            rig.attack(AttackKind.SPOOF_REPORTING, "target", level, "offset", 12.5);
            rig.advance(Duration.ofSeconds(1));
            assertThat(rig.plcValue(level) - rig.trueValue(level)).isCloseTo(12.5, within(1.5));
        }
    }

    @Test
    void onlyFieldSignalsCanBeSpoofedAtTheInstrument() throws Exception {
        try (PlantRig rig = PlantRig.start(5, "chemical")) {
            assertThatThrownBy(() -> rig.attack(AttackKind.SPOOF_REPORTING, "target", rig.tag("chemical.R1.TV101"),
                    "value", 1)).isInstanceOf(EffectStartException.class).hasMessageContaining("not a field signal");
        }
    }
}
