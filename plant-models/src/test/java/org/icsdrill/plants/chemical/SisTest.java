package org.icsdrill.plants.chemical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.icsdrill.core.plant.PlantStatus;
import org.junit.jupiter.api.Test;

class SisTest {

    @Test
    void tripLatchesAndResetWorksOnlyOnceTheConditionHasCleared() {
        PlantHarness h = new PlantHarness(21);
        // The engineer lowers the trip limit below the operating temperature: a demand.
        h.write(ChemicalTag.SIS_TSHH201, 345);
        h.step();
        h.step();
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);
        assertThat(h.truth(ChemicalTag.SIS_XV201)).as("feed shut-off valve").isZero();
        assertThat(h.truth(ChemicalTag.SIS_XY202)).as("emergency cooling").isEqualTo(1);

        // Reset while the demand persists: refused, and the momentary command is cleared.
        h.write(ChemicalTag.SIS_RESET, 1);
        h.step();
        assertThat(h.truth(ChemicalTag.SIS_TRIP)).isEqualTo(1);
        assertThat(h.truth(ChemicalTag.SIS_RESET)).isZero();

        h.simulation.advance(Duration.ofSeconds(10));
        assertThat(h.truth(ChemicalTag.FT101)).as("feed flow after the trip").isLessThan(1);

        // The condition clears (limit back to normal): still latched until someone resets.
        h.write(ChemicalTag.SIS_TSHH201, 365);
        h.simulation.advance(Duration.ofMinutes(1));
        assertThat(h.truth(ChemicalTag.SIS_TRIP)).isEqualTo(1);
        assertThat(h.status()).isEqualTo(PlantStatus.TRIPPED);

        h.write(ChemicalTag.SIS_RESET, 1);
        h.step();
        assertThat(h.truth(ChemicalTag.SIS_TRIP)).isZero();
        assertThat(h.truth(ChemicalTag.SIS_RESET)).isZero();
        assertThat(h.truth(ChemicalTag.SIS_XV201)).isEqualTo(1);
        assertThat(h.truth(ChemicalTag.SIS_XY202)).isZero();
        assertThat(h.status()).isEqualTo(PlantStatus.RUNNING);

        // The PLC held the feed pump at zero during the trip and now ramps it back up.
        h.simulation.advance(Duration.ofSeconds(30));
        assertThat(h.truth(ChemicalTag.FT101)).isGreaterThan(50);
    }

    @Test
    void highHighPressureTripsToo() {
        PlantHarness h = new PlantHarness(22);
        h.write(ChemicalTag.SIS_PSHH201, 150);
        h.step();
        h.step();
        assertThat(h.truth(ChemicalTag.SIS_TRIP)).isEqualTo(1);
    }

    @Test
    void sisOutputsCannotBeWrittenOverTheNetwork() {
        PlantHarness h = new PlantHarness(23);
        assertThat(h.plant.submit(ChemicalTag.SIS_XV201.ordinal(), 0, "attacker"))
                .isEqualTo(org.icsdrill.core.sim.WriteResult.READ_ONLY);
    }
}
