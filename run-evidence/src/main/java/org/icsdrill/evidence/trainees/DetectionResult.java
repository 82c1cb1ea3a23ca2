package org.icsdrill.evidence.trainees;

import java.util.Optional;
import java.util.OptionalDouble;
import org.icsdrill.evidence.record.Declaration;
import org.icsdrill.evidence.record.RecordReader;
import org.icsdrill.scenario.model.Expectations;

/**
 * Whether one attack was detected: by {@code detectedBy}, the first declaration that concerns it,
 * names one of its plants (a stage: one of its hosts) and, when the expectation asks for it, its technique.
 *
 * @param expected      the scenario's detect expectation for this attack, if any
 * @param plantNamed    some declaration concerning the attack named one of its plants (for a kill chain's
 *                      stage, one of the hosts it reached)
 * @param techniqueNamed some declaration concerning the attack named its technique
 */
public record DetectionResult(RecordReader.Attack attack, Optional<Expectations.Detect> expected,
                              Optional<Declaration> detectedBy, boolean plantNamed, boolean techniqueNamed) {

    public boolean detected() {
        return detectedBy.isPresent();
    }

    /** Seconds from the attack's start to the detecting declaration; empty when missed. */
    public OptionalDouble timeToDetect() {
        return detectedBy.map(d -> OptionalDouble.of(d.plantTime() - attack.start())).orElse(OptionalDouble.empty());
    }

    /** Detected within the expectation's time; empty when the scenario expects nothing of this attack. */
    public Optional<Boolean> onTime() {
        return expected.map(e -> timeToDetect().isPresent()
                && timeToDetect().getAsDouble() <= e.within().toMillis() / 1000.0);
    }
}
