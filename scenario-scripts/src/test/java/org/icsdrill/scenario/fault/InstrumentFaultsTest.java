package org.icsdrill.scenario.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.scenario.effect.EffectStartException;
import org.icsdrill.scenario.effect.PlantRig;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.model.FaultKind;
import org.icsdrill.scenario.model.TagRef;
import org.junit.jupiter.api.Test;

/** Faults at the instrument: what the PLC sees against the true value. */
class InstrumentFaultsTest {

    private static final Duration TICK = Duration.ofMillis(100);

    @Test
    void aStuckSensorHoldsItsFirstReadingWhileTheProcessMoves() throws Exception {
        try (PlantRig rig = PlantRig.start(2, "chemical")) {
            TagRef temperature = rig.tag("chemical.R1.TT101");
            Effect stuck = rig.fault(FaultKind.SENSOR_STUCK, "target", temperature);
            rig.advance(TICK);
            double held = rig.plcValue(temperature);
            double trueBefore = rig.trueValue(temperature);
            rig.simulation().plant("chemical").submit(rig.tag("chemical.R1.TIC101.SP").index(), 335, "operator");
            rig.advance(Duration.ofMinutes(5));
            assertThat(rig.plcValue(temperature)).isEqualTo(held);
            assertThat(Math.abs(rig.trueValue(temperature) - trueBefore)).isGreaterThan(2);

            rig.stop(stuck);
            rig.advance(TICK);
            assertThat(rig.plcValue(temperature)).isCloseTo(rig.trueValue(temperature), within(0.5));
        }
    }

    @Test
    void aDriftingSensorMovesAwayAtItsRatePerMinute() throws Exception {
        try (PlantRig rig = PlantRig.start(2, "chemical")) {
            TagRef level = rig.tag("chemical.R1.LT101");
            rig.advance(Duration.ofSeconds(30));
            rig.fault(FaultKind.SENSOR_DRIFT, "target", level, "rate", -0.5);
            rig.advance(Duration.ofMinutes(2));
            // the level loop follows the false reading, so the error is in the measurement, not the truth
            assertThat(rig.plcValue(level) - rig.trueValue(level)).isCloseTo(-1.0, within(0.8));
            rig.advance(Duration.ofMinutes(8));
            assertThat(rig.plcValue(level) - rig.trueValue(level)).isCloseTo(-5.0, within(0.8));
        }
    }

    @Test
    void aDroppedOutSensorReadsTheBottomOfItsRange() throws Exception {
        try (PlantRig rig = PlantRig.start(2, "chemical")) {
            TagRef pressure = rig.tag("chemical.R1.PT101");
            rig.fault(FaultKind.SENSOR_DROPOUT, "target", pressure);
            rig.advance(TICK);
            assertThat(rig.plcValue(pressure)).isZero();
            assertThat(rig.readOverModbus("scada", pressure)).isZero();
            assertThat(rig.trueValue(pressure)).isGreaterThan(50);
        }
    }

    private static List<Double> errorsUnderNoise(long seed) throws Exception {
        try (PlantRig rig = PlantRig.start(seed, "chemical")) {
            TagRef temperature = rig.tag("chemical.R1.TT101");
            rig.fault(FaultKind.NOISE_BURST, "target", temperature, "sigma", 4.0);
            List<Double> errors = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                rig.advance(TICK);
                errors.add(rig.plcValue(temperature) - rig.trueValue(temperature));
            }
            return errors;
        }
    }

    @Test
    void aNoiseBurstAddsSeededGaussianNoise() throws Exception {
        List<Double> errors = errorsUnderNoise(11);
        double mean = errors.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sd = Math.sqrt(errors.stream().mapToDouble(e -> (e - mean) * (e - mean)).sum() / errors.size());
        assertThat(sd).isBetween(3.0, 5.0);
        assertThat(errorsUnderNoise(11)).isEqualTo(errors);
    }

    @Test
    void sensorFaultsNeedAFieldSignal() throws Exception {
        try (PlantRig rig = PlantRig.start(2, "chemical")) {
            assertThatThrownBy(() -> rig.fault(FaultKind.SENSOR_STUCK, "target", rig.tag("chemical.R1.TIC101.SP")))
                    .isInstanceOf(EffectStartException.class).hasMessageContaining("not a field signal");
        }
    }
}
