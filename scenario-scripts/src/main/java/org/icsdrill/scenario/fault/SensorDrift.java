package org.icsdrill.scenario.fault;

import org.icsdrill.scenario.effect.InstrumentHook;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/**
 * A transmitter losing its calibration: the reading moves away from the truth by {@code rate} (in
 * the tag's unit per minute) for every minute since the fault began.
 */
final class SensorDrift implements FaultFactory {

    @Override
    public Effect start(Action.Fault fault, EffectContext context) {
        double perSecond = fault.parameters().number("rate") / 60.0;
        double since = context.simulation().plantTimeSeconds();
        return InstrumentHook.install(fault.id(), context, fault.parameters().tag("target"),
                (measured, trueValue, time, random) -> measured + perSecond * (time - since));
    }
}
