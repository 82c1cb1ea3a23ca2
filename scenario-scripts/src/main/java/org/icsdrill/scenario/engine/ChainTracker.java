package org.icsdrill.scenario.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.icsdrill.api.ChainProgress;

/**
 * How far a scenario's kill chain has got, for the instructor's desk: kept on the simulation thread as
 * stages are tried, read by any thread as one snapshot.
 */
final class ChainTracker {

    private String lastReached = "";
    private final Map<String, String> blocked = new HashMap<>();
    private volatile ChainProgress progress = ChainProgress.NONE;

    void reached(String stage) {
        lastReached = stage;
        blocked.remove(stage);
    }

    void blocked(String stage, String why) {
        blocked.put(stage, why);
    }

    /** The snapshot after a change: the next stage due is {@code next}, at plant time {@code at}, if any. */
    void update(Optional<String> next, double at) {
        progress = lastReached.isEmpty() && next.isEmpty() ? ChainProgress.NONE
                : new ChainProgress(lastReached, next.orElse(""), next.isPresent() ? at : -1,
                        next.map(blocked::get).orElse(""));
    }

    ChainProgress progress() {
        return progress;
    }
}
