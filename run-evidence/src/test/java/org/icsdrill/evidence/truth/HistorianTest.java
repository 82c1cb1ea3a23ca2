package org.icsdrill.evidence.truth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.icsdrill.core.signal.Removable;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** historian.csv: one row per plant second, every tag of every plant as the network saw it and as it was. */
class HistorianTest {

    static final Instant START = Instant.parse("2026-01-15T09:00:00Z");

    @TempDir
    Path dir;

    static Simulation boxes(String... ids) {
        return new Simulation(SimulationConfig.defaults(1).withStartTime(START),
                Arrays.stream(ids).map(BoxPlant::new).toList());
    }

    @Test
    void aRowPerPlantSecondWithTheViewAndTheTrueValueOfEveryTagOfEveryPlant() throws Exception {
        Simulation simulation = boxes("a", "b");
        Path file = dir.resolve("historian.csv");
        try (Historian historian = new Historian(simulation, file)) {
            simulation.addListener(historian);
            simulation.advance(Duration.ofSeconds(3));
        }

        assertThat(Files.readAllLines(file)).containsExactly(
                "timestamp,a.B1.LT001:view,a.B1.LT001:true,a.B1.LIC001.SP:view,a.B1.LIC001.SP:true,"
                        + "a.B1.TRIP:view,a.B1.TRIP:true,b.B1.LT001:view,b.B1.LT001:true,b.B1.LIC001.SP:view,"
                        + "b.B1.LIC001.SP:true,b.B1.TRIP:view,b.B1.TRIP:true",
                "2026-01-15T09:00:00Z,0,0,40,40,0,0,0,0,40,40,0,0",
                "2026-01-15T09:00:01Z,1,1,40,40,0,0,1,1,40,40,0,0",
                "2026-01-15T09:00:02Z,2,2,40,40,0,0,2,2,40,40,0,0");
    }

    @Test
    void whatTheOperatorsSawIsKeptBesideWhatWasTrue() throws Exception {
        Simulation simulation = boxes("a");
        int level = BoxPlant.Tag.LEVEL.ordinal();
        Path file = dir.resolve("historian.csv");
        try (Historian historian = new Historian(simulation, file)) {
            simulation.addListener(historian);
            simulation.advance(Duration.ofMillis(1_500));
            // a spoofed view from 1.5 s on: the network shows 99.5 % while the level is 2 %, then 3 %
            Removable spoof = simulation.plant("a").viewLayer().install((view, plc, t) -> view[level] = 99.5);
            simulation.advance(Duration.ofMillis(2_000));
            spoof.remove();
            simulation.advance(Duration.ofMillis(1_000));
        }

        assertThat(Files.readAllLines(file)).containsExactly(
                "timestamp,a.B1.LT001:view,a.B1.LT001:true,a.B1.LIC001.SP:view,a.B1.LIC001.SP:true,"
                        + "a.B1.TRIP:view,a.B1.TRIP:true",
                "2026-01-15T09:00:00Z,0,0,40,40,0,0",
                "2026-01-15T09:00:01Z,1,1,40,40,0,0",
                "2026-01-15T09:00:02Z,99.5,2,40,40,0,0",
                "2026-01-15T09:00:03Z,99.5,3,40,40,0,0",
                "2026-01-15T09:00:04Z,4,4,40,40,0,0");
    }

    @Test
    void theSampleOfOnePlantIsItsTagsInCatalogOrderViewFirst() {
        Simulation simulation = boxes("a");
        simulation.advance(Duration.ofMillis(700));

        assertThat(Historian.viewAndTrue(simulation.plant("a"))).containsExactly(0.7, 0.7, 40, 40, 0, 0);
    }

    @Test
    void aRunThatNeverTicksLeavesOnlyTheHeader() throws Exception {
        Path file = dir.resolve("historian.csv");
        new Historian(boxes("a"), file).close();

        assertThat(Files.readAllLines(file)).containsExactly(
                "timestamp,a.B1.LT001:view,a.B1.LT001:true,a.B1.LIC001.SP:view,a.B1.LIC001.SP:true,"
                        + "a.B1.TRIP:view,a.B1.TRIP:true");
    }
}
