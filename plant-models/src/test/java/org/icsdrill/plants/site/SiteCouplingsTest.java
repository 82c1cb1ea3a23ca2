package org.icsdrill.plants.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.icsdrill.core.coupling.Coupling;
import org.icsdrill.core.coupling.Couplings;
import org.icsdrill.core.coupling.Medium;
import org.icsdrill.core.plant.PlantStatus;
import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.core.sim.Simulation;
import org.icsdrill.core.sim.SimulationConfig;
import org.icsdrill.plants.Plants;
import org.icsdrill.plants.gas.GasTag;
import org.junit.jupiter.api.Test;

/** The four plants as one site: the gas network fuels the power unit, whose generator bus feeds the other two. */
class SiteCouplingsTest {

    private static final Duration FAULT_AT = Duration.ofMinutes(10);

    @Test
    void aClosedSlamShutStarvesTheUnitWhichTripsAndBlacksOutTheSite() {
        Site site = new Site(true);
        site.sim.advance(FAULT_AT);
        slamShut(site.sim);
        site.sim.advance(Duration.ofMinutes(10));

        assertThat(site.value("power", "PROT.CAUSE")).as("first trip cause: low-low fuel gas pressure").isEqualTo(5);
        assertThat(site.sim.plant("power").view().status()).isEqualTo(PlantStatus.TRIPPED);
        assertThat(site.value("power", "GEN.VT")).isZero();
        for (String plant : List.of("building", "chemical")) {
            assertThat(site.value(plant, "ELEC.VT")).as(plant + " bus").isZero();
            assertThat(site.value(plant, "EG.RUN")).as(plant + " on its emergency generator").isEqualTo(1);
            assertThat(site.value(plant, "EG.LT")).as(plant + " burning its day tank").isBetween(90.0, 100.0);
        }
        assertThat(site.value("chemical", "R1.FT101")).as("the feed pump is not on the generator").isLessThan(1);
        assertThat(site.value("chemical", "R1.FT102")).as("the chilled-water pump is").isPositive();
        assertThat(site.couplings.impacted(Set.of("gas"))).containsExactly("power", "building", "chemical");
        assertThat(site.couplings.impacted(Set.of())).as("nothing disturbed, nobody impacted").isEmpty();
    }

    @Test
    void theSameSeedIsTheSameSiteUntilTheFaultAndTheDownstreamPlantsDivergeAfterIt() {
        Site quiet = new Site(true);
        Site faulted = new Site(true);
        List<double[]> before = new ArrayList<>();
        for (Site site : List.of(quiet, faulted)) {
            site.sim.advance(FAULT_AT);
            before.add(site.snapshot());
        }
        assertThat(before.get(1)).isEqualTo(before.get(0));

        slamShut(faulted.sim);
        quiet.sim.advance(Duration.ofMinutes(10));
        faulted.sim.advance(Duration.ofMinutes(10));
        for (String plant : List.of("power", "building", "chemical")) {
            assertThat(faulted.snapshot(plant)).as(plant).isNotEqualTo(quiet.snapshot(plant));
        }
    }

    @Test
    void withoutCouplingsTheOtherPlantsNeverKnow() {
        Site quiet = new Site(false);
        Site faulted = new Site(false);
        quiet.sim.advance(FAULT_AT);
        faulted.sim.advance(FAULT_AT);
        slamShut(faulted.sim);
        for (int minute = 0; minute < 10; minute++) {
            quiet.sim.advance(Duration.ofMinutes(1));
            faulted.sim.advance(Duration.ofMinutes(1));
            for (String plant : List.of("power", "building", "chemical")) {
                assertThat(faulted.snapshot(plant)).as(plant).isEqualTo(quiet.snapshot(plant));
            }
        }
        assertThat(faulted.value("gas", "PRS1.PT301")).as("the gas plant itself did lose its network").isLessThan(3);
        assertThat(faulted.value("power", "FUEL.PT")).as("alone, the unit's inlet stays nominal").isEqualTo(5);
    }

    @Test
    void onlyCouplingsWhoseTwoPlantsRunAreInForce() {
        Simulation gasAndChemical = new Simulation(SimulationConfig.defaults(1),
                List.of(Plants.create("gas"), Plants.create("chemical")));
        assertThat(Couplings.attach(gasAndChemical, SiteCouplings.standard()).active()).isEmpty();
        Simulation powerAndBuilding = new Simulation(SimulationConfig.defaults(1),
                List.of(Plants.create("power"), Plants.create("building")));
        assertThat(Couplings.attach(powerAndBuilding, SiteCouplings.standard()).active()).extracting(Coupling::id)
                .containsExactly("power-building-voltage", "power-building-frequency");
    }

    @Test
    void aCouplingBetweenDifferentUnitsIsRefusedBeforeTheRun() {
        Simulation sim = new Simulation(SimulationConfig.defaults(1),
                List.of(Plants.create("gas"), Plants.create("power")));
        Coupling wrong = new Coupling("flow-as-pressure", Medium.FUEL_GAS, "gas", "PRS1.FT301", "power",
                "fuel_gas_pressure", 0, 10, "none");
        assertThatThrownBy(() -> Couplings.attach(sim, List.of(wrong)))
                .hasMessage("flow-as-pressure: gas.PRS1.FT301 is in m³/h but power.fuel_gas_pressure takes bar");
    }

    private static void slamShut(Simulation sim) {
        sim.plant("gas").memory().set(GasTag.SIS_XV301, false); // as a trip of the slam-shut valve does
    }

    /** All four plants on seed 7, coupled or not. */
    private static final class Site {
        final Simulation sim = new Simulation(SimulationConfig.defaults(7),
                Plants.ids().stream().map(Plants::create).toList());
        final Couplings couplings;

        Site(boolean coupled) {
            couplings = coupled ? Couplings.attach(sim, SiteCouplings.standard()) : Couplings.NONE;
        }

        double value(String plant, String tag) {
            PlantRuntime runtime = sim.plant(plant);
            return runtime.trueValue(runtime.catalog().require(tag));
        }

        /** Every tag of every plant: true value and what the network view shows. */
        double[] snapshot() {
            return sim.plantIds().stream().map(this::snapshot).flatMapToDouble(java.util.Arrays::stream).toArray();
        }

        double[] snapshot(String plant) {
            PlantRuntime runtime = sim.plant(plant);
            double[] values = new double[2 * runtime.catalog().size()];
            for (int i = 0; i < runtime.catalog().size(); i++) {
                values[2 * i] = runtime.trueValue(i);
                values[2 * i + 1] = runtime.view().value(i);
            }
            return values;
        }
    }
}
