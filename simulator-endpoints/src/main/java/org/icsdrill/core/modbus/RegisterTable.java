package org.icsdrill.core.modbus;

/** The four Modbus data tables (Modbus Application Protocol v1.1b3, section 4.3). */
public enum RegisterTable {
    COIL("coil", true, true),
    DISCRETE_INPUT("discrete_input", true, false),
    INPUT_REGISTER("input_register", false, false),
    HOLDING_REGISTER("holding_register", false, true);

    private final String csvName;
    private final boolean bits;
    private final boolean writable;

    RegisterTable(String csvName, boolean bits, boolean writable) {
        this.csvName = csvName;
        this.bits = bits;
        this.writable = writable;
    }

    /** The name used in the printed register map, such as {@code holding_register}. */
    public String csvName() {
        return csvName;
    }

    public boolean isBits() {
        return bits;
    }

    /** Whether any function code can write this table. */
    public boolean isWritable() {
        return writable;
    }
}
