package org.icsdrill.ui.mimic.view;

import org.icsdrill.core.mimic.Equipment;

/** Makes the symbol of a piece of equipment. */
public final class Symbols {

    private Symbols() {
    }

    public static Symbol create(Equipment spec) {
        return switch (spec.symbol()) {
            case VESSEL -> new VesselSymbol(spec);
            case VALVE -> new ValveSymbol(spec);
            case RELIEF_VALVE -> new ReliefValveSymbol(spec);
            case PUMP -> new PumpSymbol(spec);
            case COMPRESSOR -> new CompressorSymbol(spec);
            case TURBINE -> new TurbineSymbol(spec);
            case GENERATOR -> new GeneratorSymbol(spec);
            case BREAKER -> new BreakerSymbol(spec);
            case MOTOR -> new MotorSymbol(spec);
            case FAN -> new FanSymbol(spec);
            case COIL -> new CoilSymbol(spec);
            case DAMPER -> new DamperSymbol(spec);
            case BOILER -> new BoilerSymbol(spec);
            case CHILLER -> new ChillerSymbol(spec);
            case ZONE -> new ZoneSymbol(spec);
            case DOOR -> new DoorSymbol(spec);
            case CONTROLLER -> new ControllerSymbol(spec);
            case LAMP -> new LampSymbol(spec);
        };
    }
}
