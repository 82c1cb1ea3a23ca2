package org.icsdrill.scenario.fault;

import java.util.random.RandomGenerator;
import org.icsdrill.core.signal.SignalModifier;
import org.icsdrill.scenario.effect.InstrumentHook;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/** A frozen transmitter: it keeps reporting the first value it measured after the fault began. */
final class SensorStuck implements FaultFactory {

    @Override
    public Effect start(Action.Fault fault, EffectContext context) {
        return InstrumentHook.install(fault.id(), context, fault.parameters().tag("target"), new Hold());
    }

    private static final class Hold implements SignalModifier {
        private double held = Double.NaN;

        @Override
        public double apply(double measured, double trueValue, double plantTimeSeconds, RandomGenerator random) {
            if (Double.isNaN(held)) {
                held = measured;
            }
            return held;
        }
    }
}
