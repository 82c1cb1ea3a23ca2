package org.icsdrill.plants.chemical;

import org.icsdrill.plants.common.KernelHarness;

/** The chemical plant in the real kernel, with its own helpers for the tests. */
final class PlantHarness extends KernelHarness {

    PlantHarness(long seed) {
        super(new ChemicalPlant(), seed);
    }

    /** Puts every loop in manual at its present output: the plant then runs open loop. */
    void allLoopsManual() {
        write(ChemicalTag.TIC101_AUTO, 0);
        write(ChemicalTag.LIC101_AUTO, 0);
        write(ChemicalTag.FIC101_AUTO, 0);
    }
}
