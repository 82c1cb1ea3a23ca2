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
