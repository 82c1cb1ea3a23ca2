package org.icsdrill.evidence.record;

/**
 * A tag as the {@code tag} table describes it. Alarm limits are NaN where the tag has none (and in a
 * record of format 1, which did not keep them).
 */
public record TagInfo(String plant, String name, String unit, String description, double min, double max,
                      double highHigh, double high, double low, double lowLow) {

    /** {@code plant.name}, as scenarios and attacks name tags. */
    public String qualifiedName() {
        return plant + "." + name;
    }
}
