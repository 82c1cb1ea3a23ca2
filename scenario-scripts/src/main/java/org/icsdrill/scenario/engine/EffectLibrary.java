package org.icsdrill.scenario.engine;

import org.icsdrill.scenario.model.Action;

/** Starts attacks and faults; the engine knows only this seam, the library knows the kinds. */
public interface EffectLibrary {

    Effect startAttack(Action.AttackStart attack, EffectContext context);

    Effect startFault(Action.Fault fault, EffectContext context);
}
