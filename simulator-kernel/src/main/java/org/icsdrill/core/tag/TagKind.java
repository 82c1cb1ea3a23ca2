package org.icsdrill.core.tag;

/** What a tag means to the control system; decides its Modbus table and OPC UA node type. */
public enum TagKind {
    /** A field measurement as the PLC sees it after its instrument. */
    MEASUREMENT,
    /** A control loop's set point, written by operators. */
    SETPOINT,
    /** A tuning or configuration value (gain, trip limit), written by engineers. */
    PARAMETER,
    /** A controller output driving an actuator; written by hand only when its loop is in manual. */
    OUTPUT,
    /** An operating mode switch, such as auto (1) or manual (0). */
    MODE,
    /** A status the controller or the field reports (trip latched, breaker closed, plant damaged). */
    STATE,
    /** A momentary command (reset, start, stop) that the program acts on and clears. */
    COMMAND;
}
