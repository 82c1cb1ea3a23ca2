package org.icsdrill.core.plant;

import org.icsdrill.core.tag.TagCatalog;
import org.icsdrill.core.tag.TagKey;

/**
 * The PLC's data table of one plant: one value per tag, indexed like the catalog. Field signals
 * hold the input image, the rest is controller memory (set points, parameters, outputs, modes,
 * states, commands). Owned by the simulation thread.
 */
public final class ControllerMemory implements ProcessIo {

    private final TagCatalog catalog;
    private final double[] values;

    public ControllerMemory(TagCatalog catalog) {
        this.catalog = catalog;
        this.values = new double[catalog.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = catalog.get(i).initialValue();
        }
    }

    public TagCatalog catalog() {
        return catalog;
    }

    @Override
    public double get(TagKey key) {
        return values[key.ordinal()];
    }

    public double get(int index) {
        return values[index];
    }

    public boolean isOn(TagKey key) {
        return values[key.ordinal()] >= 0.5;
    }

    public void set(TagKey key, double value) {
        values[key.ordinal()] = value;
    }

    public void set(TagKey key, boolean on) {
        values[key.ordinal()] = on ? 1 : 0;
    }

    public void set(int index, double value) {
        values[index] = value;
    }

    /** A copy for publishing; the memory itself never leaves the simulation thread. */
    public double[] copy() {
        return values.clone();
    }
}
