package org.icsdrill.core.tag;

/** How a tag's value is represented; every value is held as a double inside the simulator. */
public enum DataType {
    /** A continuous value (IEEE-754 float32 on Modbus, Double on OPC UA). */
    REAL,
    /** A two-state value held as 0 or 1. */
    BOOL,
    /** A small whole number such as an enumerated status (unsigned 16-bit on Modbus). */
    UINT16
}
