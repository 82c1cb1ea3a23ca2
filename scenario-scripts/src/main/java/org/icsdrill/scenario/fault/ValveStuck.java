package org.icsdrill.scenario.fault;

import org.icsdrill.core.sim.PlantRuntime;
import org.icsdrill.scenario.effect.TagLookup;
import org.icsdrill.scenario.effect.UndoEffect;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.TagRef;

/**
 * A seized valve or drive: the final element stays where it is now while the PLC's output keeps
 * moving, so the loop winds up and the operator sees an output that does nothing.
 */
final class ValveStuck implements FaultFactory {

    @Override
    public Effect start(Action.Fault fault, EffectContext context) {
        TagRef target = fault.parameters().tag("target");
        TagLookup.requireOutput(fault.id(), context, target);
        PlantRuntime plant = context.plant(target);
        // where the element actually is, which differs from the output if something already holds it
        double position = plant.actuators().apply(target.index(), plant.plcValue(target.index()));
        return UndoEffect.of(plant.actuators().force(target.index(), position));
    }
}
