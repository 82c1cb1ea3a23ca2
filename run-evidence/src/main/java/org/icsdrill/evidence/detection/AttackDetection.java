package org.icsdrill.evidence.detection;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether one attack was detected: by the first alert inside its window
 * {@code [start, end + tolerance]}, {@code alertsInWindow} counting all of them.
 */
public record AttackDetection(AttackWindow attack, Optional<Alert> firstAlert, int alertsInWindow) {

    public AttackDetection {
        Objects.requireNonNull(attack, "attack");
        Objects.requireNonNull(firstAlert, "firstAlert");
    }

    public boolean detected() {
        return firstAlert.isPresent();
    }

    /** From the attack's start to its first alert; empty when missed. */
    public Optional<Duration> timeToDetect() {
        return firstAlert.map(alert -> Duration.between(attack.start(), alert.time()));
    }
}
