package org.icsdrill.evidence.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Objects;

/**
 * The {@code attack} column of {@code labels.csv}: one flag per plant-second from {@code start}.
 * Second {@code i} covers {@code [start + i s, start + (i + 1) s)}.
 */
public record LabelSeries(Instant start, int seconds, BitSet attack) {

    public LabelSeries {
        Objects.requireNonNull(start, "start");
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds < 0");
        }
        attack = (BitSet) attack.clone();
    }

    @Override
    public BitSet attack() {
        return (BitSet) attack.clone();
    }

    public boolean isAttack(int second) {
        return attack.get(second);
    }

    public int attackSeconds() {
        return attack.cardinality();
    }

    /** Where the labelled span ends (exclusive). */
    public Instant end() {
        return start.plusSeconds(seconds);
    }

    /** The second an instant falls in, or -1 outside the labelled span. */
    public int secondOf(Instant time) {
        if (time.isBefore(start) || !time.isBefore(end())) {
            return -1;
        }
        return (int) Duration.between(start, time).getSeconds();
    }
}
