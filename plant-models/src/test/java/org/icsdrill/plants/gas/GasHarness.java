package org.icsdrill.plants.gas;

import org.icsdrill.plants.common.KernelHarness;

/** The gas plant in the real kernel, with its own helpers for the tests. */
final class GasHarness extends KernelHarness {

    GasHarness(long seed) {
        this(seed, new GasPlant());
    }

    GasHarness(long seed, GasPlant model) {
        super(model, seed);
    }

    /** The Stuxnet move: the drive frequency taken out of pressure control and written directly. */
    void driveInManualAt(double hertz) {
        write(GasTag.K101_PIC201_AUTO, 0);
        write(GasTag.K101_SC101, hertz);
    }
}
