package org.icsdrill.evidence.truth;

/** Number formatting shared by the ground-truth files. */
final class CsvNumbers {

    private CsvNumbers() {
    }

    /** Whole numbers without ".0", others as Java's shortest round-trip decimal: stable across runs. */
    static void appendNumber(StringBuilder line, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            line.append((long) value);
        } else {
            line.append(value);
        }
    }
}
