package org.icsdrill.core.modbus;

/** How one tag's value is encoded in its table. */
public enum RegisterType {
    /** One bit of a coil or discrete input, 0 or 1. */
    BOOL("bool", 1),
    /** One unsigned 16-bit register holding round(value x scale). */
    UINT16("uint16", 1),
    /** IEEE-754 single precision over two registers, high word first (big-endian word order). */
    FLOAT32("float32", 2);

    private final String csvName;
    private final int width;

    RegisterType(String csvName, int width) {
        this.csvName = csvName;
        this.width = width;
    }

    public String csvName() {
        return csvName;
    }

    /** Number of addresses the value occupies. */
    public int width() {
        return width;
    }
}
