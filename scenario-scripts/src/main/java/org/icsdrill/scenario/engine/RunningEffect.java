package org.icsdrill.scenario.engine;

import java.util.List;
import org.icsdrill.scenario.model.Action;

/**
 * An attack or fault in progress: what started it, when, when it is due to stop, and the plants it
 * touches (for the per-plant label columns).
 */
public record RunningEffect(String id, Action action, Effect effect, double startedAt, double stopsAt,
                            List<String> plants) {

    public boolean isAttack() {
        return action instanceof Action.AttackStart;
    }
}
