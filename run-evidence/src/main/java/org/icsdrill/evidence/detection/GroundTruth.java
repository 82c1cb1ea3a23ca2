package org.icsdrill.evidence.detection;

import java.util.List;
import java.util.Objects;

/** What a run says really happened: the per-second labels and the attacks with their windows. */
public record GroundTruth(LabelSeries labels, List<AttackWindow> attacks) {

    public GroundTruth {
        Objects.requireNonNull(labels, "labels");
        attacks = List.copyOf(attacks);
    }
}
