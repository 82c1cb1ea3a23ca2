package org.icsdrill.evidence.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Objects;

/**
 * The {@code attack} column of {@code labels.csv}: one flag per plant-second from {@code start}.
 * Second {@code i} covers {@code [start + i s, start + (i + 1) s)}. On a coupled run, {@code impact} flags the
 * seconds in which some plant was labelled impacted ({@code <plant>_impact}: deviating because of another
 * plant's attack or fault, docs/coupling.md).
 */
public record LabelSeries(Instant start, int seconds, BitSet attack, BitSet impact) {

    public LabelSeries {
        Objects.requireNonNull(start, "start");
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds < 0");
        }
        attack = (BitSet) attack.clone();
        impact = (BitSet) impact.clone();
    }

    /** A run without couplings: no plant is ever impacted. */
    public LabelSeries(Instant start, int seconds, BitSet attack) {
        this(start, seconds, attack, new BitSet());
    }

    @Override
    public BitSet impact() {
        return (BitSet) impact.clone();
    }

    /** Whether some plant deviated in this second because of another plant's attack or fault. */
    public boolean isImpact(int second) {
        return impact.get(second);
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
