package org.icsdrill.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The scan jitter's figures: percentiles in 0.1 ms steps, the worst start, and the scans more than a tick late. */
class ScanTimingTest {

    @Test
    void percentilesTheWorstAndTheLateScans() {
        ScanTiming timing = new ScanTiming(0.1, 0);
        for (int i = 0; i < 98; i++) {
            timing.record(200_000); // 0.2 ms late
        }
        timing.record(5_000_000); // 5 ms
        timing.record(150_000_000); // 150 ms: more than the 100 ms tick, a scan missed
        ScanTiming.Summary summary = timing.summary();
        assertThat(summary.ticks()).isEqualTo(100);
        assertThat(summary.p50Millis()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.p99Millis()).isEqualTo(5.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.maxMillis()).isEqualTo(150.0);
        assertThat(summary.late()).isEqualTo(1);
        assertThat(summary.toString()).isEqualTo("100 paced ticks, start lateness p50 0.3 ms, p99 5.1 ms, max 150.0 ms;"
                + " 1 more than a tick late");
    }

    @Test
    void theSettlingTicksAreLeftOut() {
        ScanTiming timing = new ScanTiming(0.1, 1.0);
        for (int i = 0; i < 10; i++) {
            timing.record(900_000_000); // the first second: start-up, not counted
        }
        timing.record(1_000_000);
        assertThat(timing.summary().ticks()).isEqualTo(1);
        assertThat(timing.summary().maxMillis()).isEqualTo(1.0);
    }

    @Test
    void aPacedRunRecordsEveryTickItSteps() throws Exception {
        Simulation simulation = new Simulation(SimulationConfig.defaults(1), java.util.List.of());
        try (SimulationDriver driver = new SimulationDriver(simulation, Speed.parse("50"))) {
            driver.stopAt(2.0); // 20 ticks of 0.1 s at 50x: 40 ms of wall time
            driver.start();
            assertThat(driver.awaitEnd(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(driver.scanTiming().ticks()).isEqualTo(simulation.tick());
        }
    }
}
