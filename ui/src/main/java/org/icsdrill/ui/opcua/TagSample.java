package org.icsdrill.ui.opcua;

import java.time.Instant;

/**
 * One value of one tag as the server reported it.
 *
 * @param tagId  the {@link TagInfo#id()}
 * @param value  Double, Boolean or Integer; null when the status is bad
 * @param status the OPC UA status code name, e.g. {@code Good}
 * @param good   whether the status is good
 * @param sourceTime plant time on the wall clock, as the server stamps it (may be null)
 */
public record TagSample(String tagId, Object value, String status, boolean good, Instant sourceTime) {

    /** How far the value can be trusted, from the status severity (IEC 62541-4, 7.34). */
    public enum Quality {
        /** Fresh from the device. */
        GOOD,
        /** The last usable value: whatever was updating it has stopped (Uncertain_LastUsableValue). */
        STALE,
        /** No usable value: no communication with the device, or another bad status. */
        FAILED
    }

    /** Whether the value may be shown and used: fresh or the last usable one, not a failed one. */
    public boolean usable() {
        return quality() != Quality.FAILED;
    }

    public Quality quality() {
        if (good) {
            return Quality.GOOD;
        }
        return status.startsWith("Uncertain") && value != null ? Quality.STALE : Quality.FAILED;
    }

    /** The value as a number: booleans as 0 and 1, NaN when there is none. */
    public double asDouble() {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return Double.NaN;
    }
}
