package org.icsdrill.core.coupling;

/** What flows along a coupling: what a plant loses when the plant upstream of it fails. */
public enum Medium {
    /** Fuel gas through a pipe: pressure, bar. */
    FUEL_GAS,
    /** Electricity on a bus: voltage and frequency. */
    ELECTRICITY;

    /** The name used in files and listings: {@code fuel_gas}, {@code electricity}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
