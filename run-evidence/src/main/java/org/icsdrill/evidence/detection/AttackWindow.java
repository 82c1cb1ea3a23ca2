package org.icsdrill.evidence.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One attack of a run as {@code attacks.jsonl} records it. The attack runs from {@code start}
 * up to, not including, {@code end}, as the labels count it.
 */
public record AttackWindow(String id, String kind, String technique, String techniqueName, Instant start,
        Instant end, List<String> plants) {

    public AttackWindow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        plants = List.copyOf(plants);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }
}
