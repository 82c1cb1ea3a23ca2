package org.icsdrill.evidence.detection;

import java.time.Duration;
import java.util.Objects;

/**
 * How to score.
 *
 * @param tolerance how long after an attack's end an alert still detects it (default 0)
 * @param etapr the eTaPR parameters
 * @param alertClock the clock the alerts are stamped on; {@link AlertClock#AUTO} tells it from the timestamps
 */
public record ScoreOptions(Duration tolerance, EtaprParameters etapr, Duration alertHold, AlertClock alertClock) {

    public static final ScoreOptions DEFAULTS = new ScoreOptions(Duration.ZERO, EtaprParameters.DEFAULTS);

    public ScoreOptions {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(etapr, "etapr");
        Objects.requireNonNull(alertHold, "alertHold");
        Objects.requireNonNull(alertClock, "alertClock");
        if (tolerance.isNegative() || alertHold.isNegative()) {
            throw new IllegalArgumentException("tolerance and alert hold must not be negative");
        }
    }

    /** No hold: an alert marks only the plant-second it falls in. */
    public ScoreOptions(Duration tolerance, EtaprParameters etapr) {
        this(tolerance, etapr, Duration.ZERO, AlertClock.AUTO);
    }

    /**
     * How long an alert counts as raised for the point-wise and eTaPR scores: a tool that alerts once
     * per incident can say its alert stands for, say, 60 s. Zero marks only the alert's own second.
     */
    public ScoreOptions withAlertHold(Duration value) {
        return new ScoreOptions(tolerance, etapr, value, alertClock);
    }

    public ScoreOptions withTolerance(Duration value) {
        return new ScoreOptions(value, etapr, alertHold, alertClock);
    }

    public ScoreOptions withEtapr(EtaprParameters value) {
        return new ScoreOptions(tolerance, value, alertHold, alertClock);
    }

    /** Which clock the alerts are on: auto (told from the timestamps), wall or plant. */
    public ScoreOptions withAlertClock(AlertClock value) {
        return new ScoreOptions(tolerance, etapr, alertHold, value);
    }
}
