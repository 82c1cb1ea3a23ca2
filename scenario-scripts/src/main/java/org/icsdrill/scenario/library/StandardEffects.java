package org.icsdrill.scenario.library;

import org.icsdrill.scenario.attack.AttackLibrary;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.engine.EffectLibrary;
import org.icsdrill.scenario.fault.FaultLibrary;
import org.icsdrill.scenario.model.Action;

/** The effect library of a real run: every attack and fault kind the scenario format knows. */
public final class StandardEffects implements EffectLibrary {

    public static final StandardEffects INSTANCE = new StandardEffects();

    private StandardEffects() {
    }

    @Override
    public Effect startAttack(Action.AttackStart attack, EffectContext context) {
        return AttackLibrary.start(attack, context);
    }

    @Override
    public Effect startFault(Action.Fault fault, EffectContext context) {
        return FaultLibrary.start(fault, context);
    }
}
