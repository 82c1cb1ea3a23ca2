package org.icsdrill.plants;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.icsdrill.core.plant.PlantModel;
import org.icsdrill.plants.building.BuildingPlant;
import org.icsdrill.plants.chemical.ChemicalPlant;
import org.icsdrill.plants.gas.GasPlant;
import org.icsdrill.plants.power.PowerPlant;

/** The plants this build offers, by id, for the command line and scenario files. */
public final class Plants {

    private static final Map<String, Supplier<PlantModel>> FACTORIES = new LinkedHashMap<>();

    static {
        // Default order of all plants: power, gas, building, chemical.
        FACTORIES.put(PowerPlant.ID, PowerPlant::new);
        FACTORIES.put(GasPlant.ID, GasPlant::new);
        FACTORIES.put(BuildingPlant.ID, BuildingPlant::new);
        FACTORIES.put(ChemicalPlant.ID, ChemicalPlant::new);
    }

    private Plants() {
    }

    /** The known plant ids, in a stable order. */
    public static List<String> ids() {
        return List.copyOf(FACTORIES.keySet());
    }

    /** A new instance of the plant with this id. */
    public static PlantModel create(String id) {
        Supplier<PlantModel> factory = FACTORIES.get(id);
        if (factory == null) {
            throw new IllegalArgumentException("unknown plant '" + id + "'; known plants: " + ids());
        }
        return factory.get();
    }
}
