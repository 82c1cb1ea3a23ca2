package org.icsdrill.core.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.icsdrill.core.sim.ClockEvent.Kind;
import org.icsdrill.core.sim.WallPlantMap.Sample;
import org.junit.jupiter.api.Test;

/**
 * A run that starts at speed 2, goes to 5, pauses, resumes at 1, then runs at max and ends:
 * <pre>
 * wall  +0 ---- +10 --- +12 ====== +20 ---- +25 ~~~~~~~~~~~~~ +27
 * plant  0 x2    20  x5  30  pause  30  x1   35  max (samples) 300
 * </pre>
 */
class WallPlantMapTest {

    private static final Instant W0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Instant wall(double seconds) {
        return W0.plusNanos(Math.round(seconds * 1e9));
    }

    private final WallPlantMap map = new WallPlantMap(List.of(
            new ClockEvent(Kind.START, wall(0), 0, new Speed(2)),
            new ClockEvent(Kind.SPEED, wall(10), 20, new Speed(5)),
            new ClockEvent(Kind.PAUSE, wall(12), 30, new Speed(5)),
            new ClockEvent(Kind.RESUME, wall(20), 30, Speed.REAL_TIME),
            new ClockEvent(Kind.SPEED, wall(25), 35, Speed.MAX),
            new ClockEvent(Kind.END, wall(27), 300, Speed.MAX)),
            List.of(new Sample(wall(26), 200), new Sample(wall(25.5), 100),
                    new Sample(wall(5), 12))); // samples play no part at finite speeds

    @Test
    void finiteSpeedsRunLinearlyFromTheirEvent() {
        assertThat(map.plantSeconds(wall(0))).isEqualTo(0.0);
        assertThat(map.plantSeconds(wall(5))).isCloseTo(10.0, within(1e-9));
        assertThat(map.plantSeconds(wall(11))).isCloseTo(25.0, within(1e-9));
        assertThat(map.plantSeconds(wall(22.5))).isCloseTo(32.5, within(1e-9));
    }

    @Test
    void aPauseHoldsPlantTimeAndTheResumeContinuesFromIt() {
        assertThat(map.plantSeconds(wall(12))).isEqualTo(30.0);
        assertThat(map.plantSeconds(wall(16))).isEqualTo(30.0);
        assertThat(map.plantSeconds(wall(19.999))).isEqualTo(30.0);
        assertThat(map.plantSeconds(wall(21))).isCloseTo(31.0, within(1e-9));
    }

    @Test
    void atMaxSpeedItInterpolatesBetweenTheNeighbouringSamples() {
        assertThat(map.plantSeconds(wall(25.25))).isCloseTo(67.5, within(1e-9));
        assertThat(map.plantSeconds(wall(25.5))).isCloseTo(100.0, within(1e-9));
        assertThat(map.plantSeconds(wall(25.75))).isCloseTo(150.0, within(1e-9));
        assertThat(map.plantSeconds(wall(26.5))).isCloseTo(250.0, within(1e-9));
        assertThat(map.hasMaxSpeed()).isTrue();
    }

    @Test
    void beforeTheStartAndAfterTheEndPlantTimeRunsAtTheWallRate() {
        assertThat(map.plantSeconds(wall(-1))).isCloseTo(-1.0, within(1e-9));
        assertThat(map.plantSeconds(wall(28))).isCloseTo(301.0, within(1e-9));
        assertThat(map.wallStart()).isEqualTo(W0);
        assertThat(map.wallEnd()).isEqualTo(wall(27));
    }

    @Test
    void aDriverThatFellBehindNeverRunsPastTheNextEvent() {
        WallPlantMap late = new WallPlantMap(List.of(new ClockEvent(Kind.START, wall(0), 0, new Speed(10)),
                new ClockEvent(Kind.RESYNC, wall(3), 20, new Speed(10))), List.of());
        assertThat(late.plantSeconds(wall(2.5))).isEqualTo(20.0);
        assertThat(late.plantSeconds(wall(4))).isCloseTo(30.0, within(1e-9));
    }
}
