package org.icsdrill.core.modbus;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.core.sim.Speed;
import org.junit.jupiter.api.Test;

/**
 * A short fuzz of the Modbus server over real sockets (20,000 frames, a few seconds); the full run
 * of 100,000+ frames is {@link ModbusFuzzer#main}, see docs/performance.md, "Robustness".
 */
class ModbusFuzzTest {

    /** Fixed so a failure reproduces: rerun with the same seed. */
    private static final long SEED = Long.getLong("icsdrill.fuzz.seed", 20261125L);

    @Test
    void theServerSurvivesAndAnswersEveryFrameByTheSpecification() throws Exception {
        System.out.println("ModbusFuzzTest seed " + SEED);
        ModbusFuzzer.Report report = new ModbusFuzzer(SEED, Long.getLong("icsdrill.fuzz.frames", 20_000), 3,
                new Speed(10)).run();
        System.out.println(report.describe());

        assertThat(report.violations()).as("seed " + SEED).isEmpty();
        assertThat(report.frames()).isGreaterThanOrEqualTo(20_000);
        assertThat(report.answers()).isGreaterThan(1_000);
        assertThat(report.pollerAnswers()).as("the well-behaved client kept getting answers").isGreaterThan(10);
        assertThat(report.ticks()).as("the simulation kept ticking").isGreaterThan(10);
        assertThat(report.openAfter()).isZero();
        assertThat(report.extraThreadsAfter()).isZero();
    }
}
