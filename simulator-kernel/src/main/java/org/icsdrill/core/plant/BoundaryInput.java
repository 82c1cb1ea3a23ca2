package org.icsdrill.core.plant;

import java.util.Objects;
import java.util.regex.Pattern;
import org.icsdrill.core.tag.EngineeringUnit;

/**
 * A physical quantity at a plant's boundary that comes from outside it: the fuel gas pressure at a unit's
 * inlet, the voltage and frequency of the bus its motors hang on. The plant declares it with its unit and
 * its nominal value, and its physics runs at the nominal value until something sets it (a coupling between
 * plants, {@code org.icsdrill.core.coupling}). So a plant alone behaves as if its supplies were perfect, and
 * exactly as a plant without the input would.
 *
 * @param name        lower case words joined by {@code _}, unique in the plant: {@code fuel_gas_pressure}
 * @param description one line, English
 * @param unit        the unit the value is given in
 * @param nominal     the value the plant was designed for, where it starts
 */
public record BoundaryInput(String name, String description, EngineeringUnit unit, double nominal) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public BoundaryInput {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an input's name is lower case words joined by '_': " + name);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
        if (!Double.isFinite(nominal)) {
            throw new IllegalArgumentException(name + ": the nominal value must be a number");
        }
    }
}
