package org.icsdrill.scenario.score;

import java.time.Duration;
import java.util.Objects;

/**
 * How to score.
 *
 * @param tolerance how long after an attack's end an alert still detects it (default 0)
 * @param etapr the eTaPR parameters
 */
public record ScoreOptions(Duration tolerance, EtaprParameters etapr) {

    public static final ScoreOptions DEFAULTS = new ScoreOptions(Duration.ZERO, EtaprParameters.DEFAULTS);

    public ScoreOptions {
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(etapr, "etapr");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
    }

    public ScoreOptions withTolerance(Duration value) {
        return new ScoreOptions(value, etapr);
    }

    public ScoreOptions withEtapr(EtaprParameters value) {
        return new ScoreOptions(tolerance, value);
    }
}
