package org.icsdrill.evidence.detection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** A run of consecutive plant-seconds, {@code first} to {@code last} inclusive (row indexes of labels.csv). */
public record SecondRange(int first, int last) {

    public SecondRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not a range: " + first + ".." + last);
        }
    }

    public int length() {
        return last - first + 1;
    }

    /** The maximal runs of set bits, in order: the ranges of a label or prediction series. */
    public static List<SecondRange> runsOf(BitSet bits) {
        List<SecondRange> ranges = new ArrayList<>();
        for (int start = bits.nextSetBit(0); start >= 0; ) {
            int end = bits.nextClearBit(start);
            ranges.add(new SecondRange(start, end - 1));
            start = bits.nextSetBit(end);
        }
        return ranges;
    }
}
