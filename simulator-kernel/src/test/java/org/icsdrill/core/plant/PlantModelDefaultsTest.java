package org.icsdrill.core.plant;

import static org.assertj.core.api.Assertions.assertThat;

import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.Test;

/** What the plant SPI gives a plant that overrides none of its defaults (the test tank). */
class PlantModelDefaultsTest {

    private final PlantModel plant = new TankPlant();

    @Test
    void withoutAResetCommandThereIsNoSafetyReset() {
        assertThat(plant.safetyReset()).isEmpty();
    }

    @Test
    void withoutADrawingThereIsNoMimic() {
        assertThat(plant.mimic()).isEmpty();
    }

    @Test
    void anEmergencyShutdownLatchesTheTripStateAndTouchesNothingElse() {
        ControllerMemory memory = new ControllerMemory(plant.tags());
        double[] before = memory.copy();

        plant.emergencyShutdown(memory);

        double[] expected = before.clone();
        expected[plant.tripState().ordinal()] = 1;
        assertThat(memory.copy()).containsExactly(expected);
        assertThat(memory.isOn(TankPlant.Tag.TRIPPED)).isTrue();
    }

    @Test
    void aPlantWithoutACalendarIgnoresIt() {
        PlantCalendar calendar = PlantCalendar.DEFAULT;

        assertThat(plant.createProcess(calendar)).hasSameClassAs(plant.createProcess())
                .isNotSameAs(plant.createProcess());
        assertThat(plant.createControlProgram(calendar).name()).isEqualTo(plant.createControlProgram().name())
                .isEqualTo("tank PLC (golden)");
    }

    @Test
    void startingAProgramChangesNoMemoryByDefault() {
        ControllerMemory memory = new ControllerMemory(plant.tags());
        double[] before = memory.copy();

        plant.createControlProgram().start(memory);
        plant.createSafetyProgram().start(memory);

        assertThat(memory.copy()).containsExactly(before);
    }
}
