package org.icsdrill.core.mimic;

/** The equipment symbols a mimic can draw; a console draws each with a class of its own. */
public enum SymbolKind {
    /** A vertical vessel (reactor, drum), optionally with its level shown inside. */
    VESSEL,
    /** A control or shut-off valve in a horizontal pipe (rotate for a vertical one). */
    VALVE,
    /** A relief valve: open is abnormal. */
    RELIEF_VALVE,
    PUMP,
    COMPRESSOR,
    TURBINE,
    GENERATOR,
    /** A circuit breaker: filled when closed. */
    BREAKER,
    /** An electric motor (agitator, drive). */
    MOTOR,
    FAN,
    /** A heating or cooling coil in an air duct. */
    COIL,
    DAMPER,
    BOILER,
    CHILLER,
    /** A room or zone of a building. */
    ZONE,
    DOOR,
    /** An ISA-5.1 controller balloon (TIC, LIC...) showing its set point and mode. */
    CONTROLLER,
    /** A status lamp for an on/off signal (trip latched, fire alarm). */
    LAMP
}
