package org.icsdrill.scenario.fault;

import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/** Starts one kind of fault; called on the simulation thread at a tick boundary. */
@FunctionalInterface
public interface FaultFactory {

    /**
     * @throws org.icsdrill.scenario.effect.EffectStartException when the fault cannot start as written
     */
    Effect start(Action.Fault fault, EffectContext context);
}
