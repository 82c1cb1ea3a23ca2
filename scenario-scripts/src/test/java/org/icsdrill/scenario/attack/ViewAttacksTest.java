package org.icsdrill.scenario.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsdrill.core.alarm.Alarm;
import org.icsdrill.scenario.effect.PlantRig;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.model.AttackKind;
import org.icsdrill.scenario.model.TagRef;
import org.junit.jupiter.api.Test;

/** Attacks on what the operator sees: replay (T0832) and alarm suppression (T0878). */
class ViewAttacksTest {

    private static final Duration TICK = Duration.ofMillis(100);
    /** Forces the compressor drive far up, as Stuxnet did to the centrifuges. */
    private static final Map<String, String> OVERSPEED = Map.of("K101.PIC201.AUTO", "0", "K101.SC101", "1400");

    @Test
    void replayShowsTheRecordedWindowWhileTheCompressorSpeedsUp() throws Exception {
        try (PlantRig rig = PlantRig.start(7, "gas")) {
            TagRef speed = rig.tag("gas.K101.ST101");
            rig.advance(Duration.ofSeconds(20));
            Effect replay = rig.attack(AttackKind.REPLAY, "targets", List.of(speed), "record", Duration.ofSeconds(10));
            List<Double> window = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                rig.advance(TICK);
                window.add(rig.plcValue(speed));
            }
            rig.attack(AttackKind.MODIFY_PROGRAM, "plant", "gas", "variant", "overspeed", "params", OVERSPEED);
            for (int k = 0; k < 250; k++) {
                rig.advance(TICK);
                if (k % 10 == 0) {
                    assertThat(rig.readOverModbus("scada", speed)).as("view at replay tick %d", k)
                            .isEqualTo((double) (float) window.get(k % window.size()).doubleValue());
                }
            }
            double recordedMax = window.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertThat(rig.trueValue(speed)).isGreaterThan(recordedMax + 1_000);
            assertThat(rig.plcValue(speed)).isGreaterThan(recordedMax + 1_000);
            // the speed alarm is computed on the replayed view, so the operator gets none
            assertThat(rig.simulation().plant("gas").view().alarms()).extracting(Alarm::tag)
                    .doesNotContain("K101.ST101");

            rig.stop(replay);
            rig.advance(TICK);
            assertThat(rig.readOverModbus("scada", speed)).isEqualTo((double) (float) rig.plcValue(speed));
        }
    }

    @Test
    void alarmSuppressionHidesTheAlarmButNotTheValue() throws Exception {
        try (PlantRig rig = PlantRig.start(7, "gas")) {
            TagRef speed = rig.tag("gas.K101.ST101");
            Effect suppression = rig.attack(AttackKind.ALARM_SUPPRESSION, "targets", List.of(speed));
            rig.attack(AttackKind.MODIFY_PROGRAM, "plant", "gas", "variant", "overspeed", "params", OVERSPEED);
            rig.advance(Duration.ofSeconds(30));
            assertThat(rig.readOverModbus("scada", speed)).isGreaterThan(17_000);
            assertThat(rig.simulation().plant("gas").view().alarms()).extracting(Alarm::tag)
                    .doesNotContain("K101.ST101");

            rig.stop(suppression);
            rig.advance(TICK);
            assertThat(rig.simulation().plant("gas").view().alarms()).extracting(Alarm::tag)
                    .contains("K101.ST101");
        }
    }
}
