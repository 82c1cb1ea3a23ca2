package org.icsdrill.scenario.fault;

import org.icsdrill.scenario.effect.InstrumentHook;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/**
 * Electrical interference on a loop: extra Gaussian noise of {@code sigma}, drawn from the plant's
 * seeded random that the instrument layer passes in, so the same seed gives the same noise.
 */
final class NoiseBurst implements FaultFactory {

    @Override
    public Effect start(Action.Fault fault, EffectContext context) {
        double sigma = fault.parameters().number("sigma");
        return InstrumentHook.install(fault.id(), context, fault.parameters().tag("target"),
                (measured, trueValue, time, random) -> measured + sigma * random.nextGaussian());
    }
}
