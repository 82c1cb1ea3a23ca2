package org.icsdrill.scenario.attack;

import java.util.Optional;
import org.icsdrill.core.signal.SignalModifier;
import org.icsdrill.scenario.effect.InstrumentHook;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/**
 * T0856 Spoof Reporting Message, at the instrument: the PLC's input image receives {@code value}, or
 * the measurement plus {@code offset}, while the process is untouched. The safety system reads its
 * own transmitters, so it still sees the truth. Stop removes the modifier.
 */
final class SpoofReporting implements AttackFactory {

    @Override
    public Effect start(Action.AttackStart attack, EffectContext context) {
        Optional<Double> value = attack.parameters().optionalNumber("value");
        SignalModifier modifier;
        if (value.isPresent()) {
            double fixed = value.get();
            modifier = (measured, trueValue, time, random) -> fixed;
        } else {
            double offset = attack.parameters().number("offset");
            modifier = (measured, trueValue, time, random) -> measured + offset;
        }
        return InstrumentHook.install(attack.id(), context, attack.parameters().tag("target"), modifier);
    }
}
