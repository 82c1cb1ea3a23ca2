package org.icsdrill.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.icsdrill.core.plant.ControlProgram;
import org.icsdrill.core.plant.ControllerMemory;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.core.testplant.TankPlant.Tag;
import org.icsdrill.core.testplant.TankPlant;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private static Simulation tank(long seed) {
        return new Simulation(SimulationConfig.defaults(seed), List.of(new TankPlant()));
    }

    private static List<Double> levels(Simulation sim, int ticks) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < ticks; i++) {
            sim.step();
            values.add(sim.plant("tank").view().value(Tag.LEVEL.ordinal()));
        }
        return values;
    }

    @Test
    void sameSeedGivesIdenticalTrajectories() {
        assertThat(levels(tank(42), 600)).isEqualTo(levels(tank(42), 600));
    }

    @Test
    void differentSeedsGiveDifferentNoise() {
        assertThat(levels(tank(1), 50)).isNotEqualTo(levels(tank(2), 50));
    }

    @Test
    void plantTimeAdvancesByTicksNotWallTime() {
        Simulation sim = tank(1);
        sim.advance(Duration.ofMinutes(10));
        assertThat(sim.tick()).isEqualTo(6000);
        assertThat(sim.plantTimeSeconds()).isEqualTo(600.0);
        assertThat(sim.plant("tank").view().plantTimeSeconds()).isEqualTo(600.0);
    }

    @Test
    void queuedWritesApplyAtTheNextTickInArrivalOrder() {
        Simulation sim = tank(1);
        PlantRuntime plant = sim.plant("tank");
        List<PlantRuntime.AppliedWrite> applied = new ArrayList<>();
        plant.onWriteApplied(applied::add);

        assertThat(plant.submit("T1.LIC001_SP", 60, "a")).isEqualTo(WriteResult.ACCEPTED);
        assertThat(plant.submit("T1.LIC001_SP", 70, "b")).isEqualTo(WriteResult.ACCEPTED);
        assertThat(plant.submit("T1.LIC001_SP", 65, "c")).isEqualTo(WriteResult.ACCEPTED);
        assertThat(plant.view().value(Tag.LEVEL_SP.ordinal())).isEqualTo(50.0);

        sim.step();

        assertThat(applied).extracting(a -> a.write().source()).containsExactly("a", "b", "c");
        assertThat(applied).allSatisfy(a -> assertThat(a.tick()).isZero());
        assertThat(plant.view().value(Tag.LEVEL_SP.ordinal())).isEqualTo(65.0);
    }

    @Test
    void writesAreCheckedAgainstTheDeclaration() {
        PlantRuntime plant = tank(1).plant("tank");
        assertThat(plant.submit("T1.LT001", 10, "x")).isEqualTo(WriteResult.READ_ONLY);
        assertThat(plant.submit("T1.FV002", 10, "x")).isEqualTo(WriteResult.READ_ONLY);
        assertThat(plant.submit("T1.LIC001_SP", 101, "x")).isEqualTo(WriteResult.OUT_OF_RANGE);
        assertThat(plant.submit("T1.LIC001_AUTO", 0.5, "x")).isEqualTo(WriteResult.OUT_OF_RANGE);
        assertThat(plant.submit("T1.NOPE", 1, "x")).isEqualTo(WriteResult.UNKNOWN_TAG);
    }

    @Test
    void theWriteQueueIsBounded() {
        PlantRuntime plant = tank(1).plant("tank");
        for (int i = 0; i < PlantRuntime.WRITE_QUEUE_CAPACITY; i++) {
            assertThat(plant.submit("T1.LIC001_SP", 50, "flood")).isEqualTo(WriteResult.ACCEPTED);
        }
        assertThat(plant.submit("T1.LIC001_SP", 50, "flood")).isEqualTo(WriteResult.QUEUE_FULL);
    }

    @Test
    void aViewOverrideChangesWhatClientsReadButNotTheTrueValue() {
        Simulation sim = tank(1);
        PlantRuntime plant = sim.plant("tank");
        int level = Tag.LEVEL.ordinal();
        sim.advance(Duration.ofSeconds(10));

        Removable override = plant.viewLayer().install((view, plc, t) -> view[level] = 12.5);
        sim.step();

        assertThat(plant.view().value(level)).isEqualTo(12.5);
        assertThat(plant.plcValue(level)).isBetween(45.0, 55.0);
        assertThat(plant.trueValue(level)).isBetween(45.0, 55.0);

        override.remove();
        sim.step();
        assertThat(plant.view().value(level)).isBetween(45.0, 55.0);
    }

    @Test
    void aViewOverrideRaisesAlarmsLikeTheRealValueWould() {
        Simulation sim = tank(1);
        PlantRuntime plant = sim.plant("tank");
        int level = Tag.LEVEL.ordinal();
        plant.viewLayer().install((view, plc, t) -> view[level] = 85);
        sim.step();
        assertThat(plant.view().alarms()).singleElement()
                .satisfies(a -> assertThat(a.tag()).isEqualTo("T1.LT001"));
    }

    @Test
    void aSpoofedInstrumentFoolsThePlcButNotThePhysics() {
        Simulation sim = tank(1);
        PlantRuntime plant = sim.plant("tank");
        int level = Tag.LEVEL.ordinal();
        // The PLC believes the tank is empty and opens the inlet: the real level rises.
        plant.instruments().install(level, (measured, truth, t, random) -> 0.0);
        sim.advance(Duration.ofSeconds(60));

        assertThat(plant.view().value(level)).isZero();
        assertThat(plant.plcValue(Tag.VALVE.ordinal())).isEqualTo(100.0);
        assertThat(plant.trueValue(level)).isGreaterThan(60);
    }

    @Test
    void aSwappedProgramRunsUntilTheGoldenCopyIsRestored() {
        Simulation sim = tank(1);
        PlantRuntime plant = sim.plant("tank");
        ControlProgram golden = plant.program();
        plant.replaceProgram(new ControlProgram() {
            @Override
            public String name() {
                return "malicious";
            }

            @Override
            public void scan(ControllerMemory memory, double dt) {
                memory.set(Tag.VALVE, 100);
            }
        });
        sim.advance(Duration.ofSeconds(30));
        assertThat(plant.trueValue(Tag.LEVEL.ordinal())).isGreaterThan(65);

        plant.restoreGoldenProgram();
        assertThat(plant.program()).isSameAs(golden);
    }

    @Test
    void theSafetySystemTripsAndTheStatusShowsIt() {
        Simulation sim = tank(1);
        PlantRuntime plant = sim.plant("tank");
        plant.submit("T1.LIC001_AUTO", 0, "op");
        plant.submit("T1.FV001", 100, "op");
        sim.advance(Duration.ofMinutes(5));
        assertThat(plant.view().status()).isEqualTo(PlantStatus.TRIPPED);
        assertThat(plant.trueValue(Tag.LEVEL.ordinal())).isLessThan(100);
    }

    @Test
    void commandsRunOnTheSimulationThreadAtTheNextTick() {
        Simulation sim = tank(1);
        List<Long> seen = new ArrayList<>();
        sim.execute(s -> seen.add(s.tick()));
        assertThat(seen).isEmpty();
        sim.step();
        assertThat(seen).containsExactly(0L);
    }
}
