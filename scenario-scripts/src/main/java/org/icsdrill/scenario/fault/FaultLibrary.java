package org.icsdrill.scenario.fault;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.FaultKind;

/** Every fault kind and the class that plays it. */
public final class FaultLibrary {

    private static final Map<FaultKind, FaultFactory> FACTORIES = new EnumMap<>(FaultKind.class);

    static {
        for (FaultKind kind : FaultKind.values()) {
            FACTORIES.put(kind, factoryFor(kind));
        }
    }

    private FaultLibrary() {
    }

    /** Starts a fault; the engine ticks the returned effect and stops it. */
    public static Effect start(Action.Fault fault, EffectContext context) {
        return FACTORIES.get(fault.kind()).start(fault, context);
    }

    public static Map<FaultKind, FaultFactory> factories() {
        return Collections.unmodifiableMap(FACTORIES);
    }

    // a switch expression without default: the compiler refuses a kind without its class
    private static FaultFactory factoryFor(FaultKind kind) {
        return switch (kind) {
            case SENSOR_STUCK -> new SensorStuck();
            case SENSOR_DRIFT -> new SensorDrift();
            case NOISE_BURST -> new NoiseBurst();
            case SENSOR_DROPOUT -> new SensorDropout();
            case VALVE_STUCK -> new ValveStuck();
            case EQUIPMENT_TRIP -> new EquipmentTrip();
            case LINK_LOSS -> new LinkLoss();
        };
    }
}
