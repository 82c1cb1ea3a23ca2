package org.icsdrill.plants.chemical;

/**
 * Vapour pressure from the Antoine equation {@code log10 p = A - B / (T + C)}, here with p in kPa
 * and T in K.
 */
public record Antoine(double a, double b, double c) {

    /**
     * Water, the solvent of the dilute reacting mixture (Raoult's law with x ≈ 1): the constants for
     * 99 to 374 °C in mmHg and °C (A = 8.14019, B = 1810.94, C = 244.485; Dean, Lange's Handbook of
     * Chemistry, table 5.8) converted to kPa (log10 0.133322 = -0.87510) and K (C - 273.15). Within 2 %
     * of steam tables from 350 K to 550 K.
     */
    public static final Antoine WATER = new Antoine(8.14019 - 0.87510, 1810.94, 244.485 - 273.15);

    /** Vapour pressure in kPa at temperature T in K. */
    public double kilopascal(double temperature) {
        return Math.pow(10, a - b / (temperature + c));
    }
}
