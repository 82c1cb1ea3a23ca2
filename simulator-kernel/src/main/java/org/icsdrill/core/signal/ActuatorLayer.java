package org.icsdrill.core.signal;

import java.util.Arrays;
import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKind;

/**
 * The final elements between the controller's outputs and the physics: a valve stuck at its
 * position or a pump that tripped no longer follows what the PLC commands. Simulation thread only.
 */
public final class ActuatorLayer {

    private final TagCatalog catalog;
    private final double[] forced;

    public ActuatorLayer(TagCatalog catalog) {
        this.catalog = catalog;
        this.forced = new double[catalog.size()];
        Arrays.fill(forced, Double.NaN);
    }

    /** Holds an output at {@code value} as the physics sees it, until removed. */
    public Removable force(int tagIndex, double value) {
        if (catalog.get(tagIndex).kind() != TagKind.OUTPUT) {
            throw new IllegalArgumentException(catalog.get(tagIndex).name() + " is not an output");
        }
        forced[tagIndex] = value;
        return () -> forced[tagIndex] = Double.NaN;
    }

    /** What the actuator does given what the controller commands. */
    public double apply(int tagIndex, double commanded) {
        double value = forced[tagIndex];
        return Double.isNaN(value) ? commanded : value;
    }
}
