package org.icsdrill.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void speedParsesNumbersAndMax() {
        assertThat(Speed.parse("max").isMax()).isTrue();
        assertThat(Speed.parse("50").factor()).isEqualTo(50.0);
        assertThat(Speed.parse("0.5")).hasToString("0.5");
    }
}
