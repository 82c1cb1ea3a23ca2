package org.icsdrill.scenario.fault;

import org.icsdrill.scenario.effect.InstrumentHook;
import org.icsdrill.scenario.effect.TagLookup;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.TagRef;

/**
 * A broken 4-20 mA loop: the current falls below 4 mA and the input card reads the bottom of the
 * range (failed low), whatever the process does.
 */
final class SensorDropout implements FaultFactory {

    @Override
    public Effect start(Action.Fault fault, EffectContext context) {
        TagRef target = fault.parameters().tag("target");
        double bottom = TagLookup.requireField(fault.id(), context, target).range().min();
        return InstrumentHook.install(fault.id(), context, target, (measured, trueValue, time, random) -> bottom);
    }
}
