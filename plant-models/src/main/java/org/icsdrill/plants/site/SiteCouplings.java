package org.icsdrill.plants.site;

import java.util.List;
import org.icsdrill.core.coupling.Coupling;
import org.icsdrill.core.coupling.Medium;
import org.icsdrill.plants.building.BuildingPlant;
import org.icsdrill.plants.chemical.ChemicalPlant;
import org.icsdrill.plants.common.ElectricalSupply;
import org.icsdrill.plants.gas.GasPlant;
import org.icsdrill.plants.power.FuelGas;
import org.icsdrill.plants.power.PowerPlant;

/**
 * The couplings of the site the four plants make (docs/coupling.md): the gas plant's city network is the
 * power unit's fuel, and the unit's generator bus feeds the building and the chemical plant. Each carries a
 * tag's true value into a boundary input, in the same unit; its normal band is where the downstream plant runs
 * as designed, so that outside it the plant deviates because of the upstream one.
 */
public final class SiteCouplings {

    /** The fuel gas: the distribution pressure after PRS1 is the pressure at the unit's inlet. */
    public static final Coupling FUEL_GAS = new Coupling("gas-power-fuel", Medium.FUEL_GAS, GasPlant.ID,
            "PRS1.PT301", PowerPlant.ID, PowerPlant.FUEL_GAS_PRESSURE.name(), 4.5, 5.5,
            "PRS1.PIC301 holds 5.0 bar; 4.5 and 5.5 bar are the network's low and high alarms. The unit runs back"
                    + " below " + FuelGas.STANDARD.runbackPressure() + " bar and trips at "
                    + FuelGas.STANDARD.tripPressure() + " bar (NFPA 85, low fuel gas pressure)");

    private static final double FREQUENCY_BAND = 0.2;
    private static final String VOLTAGE_BASIS = "the unit's generator terminals (AVR at 100 %, field off on a"
            + " trip); normal within ±10 % (EN 50160); loads drop out below " + (int) ElectricalSupply.DROP_OUT + " %";
    private static final String FREQUENCY_BASIS = "the unit's frequency; normal within ±" + FREQUENCY_BAND
            + " Hz (the unit's GEN.FT alarms); direct-on-line motors turn with it";

    private SiteCouplings() {
    }

    /** Every coupling of the site, in the order the cascade runs. */
    public static List<Coupling> standard() {
        return List.of(FUEL_GAS,
                voltage(BuildingPlant.ID), frequency(BuildingPlant.ID),
                voltage(ChemicalPlant.ID), frequency(ChemicalPlant.ID));
    }

    private static Coupling voltage(String plant) {
        return new Coupling("power-" + plant + "-voltage", Medium.ELECTRICITY, PowerPlant.ID, "GEN.VT", plant,
                ElectricalSupply.BUS_VOLTAGE.name(), 90, 110, VOLTAGE_BASIS);
    }

    private static Coupling frequency(String plant) {
        double f = ElectricalSupply.NOMINAL_HZ;
        return new Coupling("power-" + plant + "-frequency", Medium.ELECTRICITY, PowerPlant.ID, "GEN.FT", plant,
                ElectricalSupply.BUS_FREQUENCY.name(), f - FREQUENCY_BAND, f + FREQUENCY_BAND, FREQUENCY_BASIS);
    }
}
