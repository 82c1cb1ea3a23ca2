package org.icsdrill.api;

import java.util.Objects;

/**
 * How far a kill chain has got, for the instructor's desk: its last stage reached and the next one due
 * (tried again when a response has blocked it). {@link #NONE} when the scenario plays no chain.
 *
 * @param lastReached the id of the last stage reached, empty when none yet
 * @param next        the id of the next stage to be tried, empty when none is scheduled
 * @param nextAt      plant time it is tried, -1 when none is scheduled
 * @param blocked     why the next stage was stopped the last time it was tried, empty when it was not
 */
public record ChainProgress(String lastReached, String next, double nextAt, String blocked) {

    public static final ChainProgress NONE = new ChainProgress("", "", -1, "");

    public ChainProgress {
        lastReached = Objects.requireNonNullElse(lastReached, "");
        next = Objects.requireNonNullElse(next, "");
        blocked = Objects.requireNonNullElse(blocked, "");
    }

    public boolean isNone() {
        return lastReached.isEmpty() && next.isEmpty();
    }
}
