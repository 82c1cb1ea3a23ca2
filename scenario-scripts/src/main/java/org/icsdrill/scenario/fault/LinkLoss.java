package org.icsdrill.scenario.fault;

import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;

/** A cable or switch failure: the plant's endpoints refuse everyone until the link is back. */
final class LinkLoss implements FaultFactory {

    @Override
    public Effect start(Action.Fault fault, EffectContext context) {
        String plant = fault.parameters().text("plant");
        context.policy().linkDown(plant);
        return () -> context.policy().linkUp(plant);
    }
}
