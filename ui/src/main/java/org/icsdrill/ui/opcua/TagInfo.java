package org.icsdrill.ui.opcua;

import java.util.Objects;
import org.icsdrill.ui.opcua.NormalRange;

/**
 * What the console learnt about one tag by browsing the server: enough to label, format, range-check
 * and write it, so that no view needs to ask the server again.
 *
 * @param id          the NodeId identifier, {@code <plant>.<tag name>}, e.g. {@code chemical.R1.TT101}
 * @param plantId     the plant folder the tag was found under
 * @param name        the tag name without the plant, e.g. {@code R1.TT101}
 * @param description the node's Description
 * @param type        the data type
 * @param unit        the EngineeringUnits display name (empty when the tag has none)
 * @param low         EURange low, NaN without a range
 * @param high        EURange high, NaN without a range
 * @param measurement whether the node has an InstrumentRange, which the server gives measurements only
 * @param writable    whether AccessLevel allows writing for some role (the session's own role may not)
 * @param normal      where the value is normal, from the node's alarm-limit properties (ADR 3)
 */
public record TagInfo(String id, String plantId, String name, String description, TagType type, String unit,
                      double low, double high, boolean measurement, boolean writable, NormalRange normal) {

    public TagInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plantId, "plantId");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        normal = normal == null ? NormalRange.NONE : normal;
    }

    /** A tag whose server gives no alarm limits. */
    public TagInfo(String id, String plantId, String name, String description, TagType type, String unit,
                   double low, double high, boolean measurement, boolean writable) {
        this(id, plantId, name, description, type, unit, low, high, measurement, writable, NormalRange.NONE);
    }

    public boolean hasRange() {
        return !Double.isNaN(low) && !Double.isNaN(high);
    }

    /** Outside EURange: the instrument (or the network view) reports a value the plant was not built for. */
    public boolean outOfRange(double value) {
        return hasRange() && (value < low || value > high);
    }

    /** Where {@code value} sits in the EURange, 0 to 1 (clamped); NaN without a range or a value. */
    public double fractionOf(double value) {
        if (!hasRange() || Double.isNaN(value) || high == low) {
            return Double.NaN;
        }
        return Math.max(0, Math.min(1, (value - low) / (high - low)));
    }

    /** A latched trip flag, the plant's status when it has one (SIS.TRIP, PROT.TRIP). */
    public boolean isTripFlag() {
        return type == TagType.BOOL && name.endsWith(".TRIP");
    }
}
