package org.icsdrill.evidence.detection;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One alert of the detection tool. Only the time is scored; the rest is kept for the report, and the
 * flow's addresses and ports to place a wall-clock alert on the transaction it saw.
 *
 * @param time the alert's time on the plant's clock (as read, or mapped from the wall clock)
 * @param line the alert's line in its file, so that the report can point back at it
 * @param attackId the attack the tool attributes the alert to (CSV only), or empty
 * @param wallTime the time as the file gave it, when it was on the wall clock and mapped to {@code time}
 */
public record Alert(Instant time, int line, Optional<String> signature, Optional<Long> signatureId,
        Optional<String> sourceIp, Optional<Integer> destinationPort, Optional<String> attackId,
        Optional<Integer> sourcePort, Optional<String> destinationIp, Optional<Instant> wallTime) {

    public Alert {
        Objects.requireNonNull(time, "time");
    }

    /** An alert known only by its time, as a CSV without attribution gives it. */
    public static Alert at(Instant time, int line) {
        return new Alert(time, line, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This alert placed at {@code plantTime}, its own time kept as the wall time it was read with. */
    public Alert onPlantTime(Instant plantTime) {
        return new Alert(plantTime, line, signature, signatureId, sourceIp, destinationPort, attackId, sourcePort,
                destinationIp, Optional.of(time));
    }
}
