package org.icsdrill.core.coupling;

import java.util.Objects;

/**
 * One declared coupling of a site: the true value of a tag of one plant (its physics, read after each tick)
 * drives a boundary input of another plant (set before the next tick), in the same unit.
 *
 * @param id          short name, unique in the site: {@code fuel-gas}
 * @param medium      what flows along it
 * @param sourcePlant the plant upstream
 * @param sourceTag   the tag of the upstream plant whose true value is carried, such as {@code PRS1.PT301}
 * @param targetPlant the plant downstream
 * @param targetInput the boundary input of the downstream plant it sets, such as {@code fuel_gas_pressure}
 * @param normalLow   the lowest value of the input in normal operation (its unit); below it the downstream
 *                    plant deviates because of the upstream one. {@code -Infinity} for no bound
 * @param normalHigh  the highest, {@code +Infinity} for no bound
 * @param basis       a short source for the numbers: where the band and the physics come from
 */
public record Coupling(String id, Medium medium, String sourcePlant, String sourceTag, String targetPlant,
                       String targetInput, double normalLow, double normalHigh, String basis) {

    public Coupling {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(sourcePlant, "sourcePlant");
        Objects.requireNonNull(sourceTag, "sourceTag");
        Objects.requireNonNull(targetPlant, "targetPlant");
        Objects.requireNonNull(targetInput, "targetInput");
        Objects.requireNonNull(basis, "basis");
        if (sourcePlant.equals(targetPlant)) {
            throw new IllegalArgumentException(id + ": a coupling joins two plants, not " + sourcePlant + " to itself");
        }
        if (!(normalLow <= normalHigh)) {
            throw new IllegalArgumentException(id + ": the normal band must have low <= high");
        }
    }

    /** Whether a value of the input lies outside its normal band: the downstream plant then deviates. */
    public boolean deviates(double value) {
        return value < normalLow || value > normalHigh;
    }

    /** {@code gas.PRS1.PT301}. */
    public String qualifiedSource() {
        return sourcePlant + "." + sourceTag;
    }

    /** {@code power.fuel_gas_pressure}. */
    public String qualifiedTarget() {
        return targetPlant + "." + targetInput;
    }
}
