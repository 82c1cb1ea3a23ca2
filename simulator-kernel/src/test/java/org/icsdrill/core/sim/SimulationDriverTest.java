package org.icsdrill.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.Test;

class SimulationDriverTest {

    @Test
    void runsToItsEndTimeAtMaxSpeed() throws InterruptedException {
        Simulation sim = new Simulation(SimulationConfig.defaults(3), List.of(new TankPlant()));
        try (SimulationDriver driver = new SimulationDriver(sim, Speed.MAX)) {
            driver.stopAt(3600);
            driver.start();
            assertThat(driver.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(sim.plantTimeSeconds()).isEqualTo(3600.0);
    }

    @Test
    void pauseHoldsPlantTimeAndResumeContinues() throws InterruptedException {
        Simulation sim = new Simulation(SimulationConfig.defaults(3), List.of(new TankPlant()));
        try (SimulationDriver driver = new SimulationDriver(sim, Speed.MAX)) {
            driver.pause();
            driver.start();
            driver.stopAt(600);
            assertThat(driver.awaitEnd(200, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(sim.tick()).isZero();
            driver.resume();
            assertThat(driver.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
            assertThat(sim.plantTimeSeconds()).isEqualTo(600.0);
        }
    }

    @Test
    void recordsStartSpeedChangePauseResumeAndEndWithTheirPlantTimes() throws InterruptedException {
        Simulation sim = new Simulation(SimulationConfig.defaults(3), List.of(new TankPlant()));
        List<ClockEvent> events = new CopyOnWriteArrayList<>();
        CountDownLatch pausedAt10 = new CountDownLatch(1);
        try (SimulationDriver driver = new SimulationDriver(sim, new Speed(1000))) {
            driver.addClockListener(events::add);
            driver.addClockListener(e -> {
                if (e.kind() == ClockEvent.Kind.PAUSE) {
                    pausedAt10.countDown();
                }
            });
            sim.addListener(new TickListener() {
                @Override
                public void afterTick(Simulation s, long tick, double plantTimeSeconds) {
                    if (tick == 50) {
                        driver.setSpeed(Speed.MAX);
                    } else if (tick == 100) {
                        driver.pause();
                    }
                }
            });
            driver.stopAt(20);
            driver.start();
            assertThat(pausedAt10.await(60, TimeUnit.SECONDS)).isTrue();
            driver.resume();
            assertThat(driver.awaitEnd(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(events).extracting(ClockEvent::kind).containsExactly(ClockEvent.Kind.START,
                ClockEvent.Kind.SPEED, ClockEvent.Kind.PAUSE, ClockEvent.Kind.RESUME, ClockEvent.Kind.END);
        assertThat(events).extracting(ClockEvent::plantSeconds).containsExactly(0.0, 5.0, 10.0, 10.0, 20.0);
        assertThat(events).extracting(e -> e.speed().toString()).containsExactly("1000", "max", "max", "max", "max");
        // no start time configured: plant time 0 is the wall instant the driver started pacing
        assertThat(sim.startTime()).contains(events.get(0).wallTime());
        assertThat(events).extracting(ClockEvent::wallTime).isSorted();
    }

    @Test
    void aConfiguredStartTimeIsKept() {
        java.time.Instant start = java.time.Instant.parse("2026-02-05T13:30:00Z");
        Simulation sim = new Simulation(SimulationConfig.defaults(3).withStartTime(start), List.of(new TankPlant()));
        sim.advance(java.time.Duration.ofSeconds(2));
        assertThat(sim.plantInstant(sim.plantTimeSeconds())).isEqualTo(start.plusSeconds(2));
    }

    @Test
    void speedParsesNumbersAndMax() {
        assertThat(Speed.parse("max").isMax()).isTrue();
        assertThat(Speed.parse("50").factor()).isEqualTo(50.0);
        assertThat(Speed.parse("0.5")).hasToString("0.5");
    }
}
