package org.icsdrill.scenario.attack;

import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/** Starts one kind of attack; called on the simulation thread at a tick boundary. */
@FunctionalInterface
public interface AttackFactory {

    /**
     * @throws org.icsdrill.scenario.effect.EffectStartException when the attack cannot start as written
     */
    Effect start(Action.AttackStart attack, EffectContext context);
}
