package org.icsdrill.scenario.attack;

import org.icsdrill.scenario.effect.UndoEffect;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/**
 * T0878 Alarm Suppression, at the view: alarms on the targets are no longer raised while their
 * values stay visible, so only an operator watching the trend notices. Stop lets them raise again.
 */
final class AlarmSuppression implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        return UndoEffect.of(attack.parameters().tags("targets").stream()
                .map(tag -> context.plant(tag).suppressAlarms(tag.index()))
                .toList());
    }
}
