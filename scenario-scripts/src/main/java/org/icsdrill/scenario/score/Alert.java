package org.icsdrill.scenario.score;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert of the detection tool. Only the time is scored; the rest is kept for the report.
 *
 * @param line the alert's line in its file, so that the report can point back at it
 * @param attackId the attack the tool attributes the alert to (CSV only), or empty
 */
public record Alert(Instant time, int line, Optional<String> signature, Optional<Long> signatureId,
        Optional<String> sourceIp, Optional<Integer> destinationPort, Optional<String> attackId) {

    public Alert {
        Objects.requireNonNull(time, "time");
    }

    /** An alert known only by its time, as a CSV without attribution gives it. */
    public static Alert at(Instant time, int line) {
        return new Alert(time, line, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
