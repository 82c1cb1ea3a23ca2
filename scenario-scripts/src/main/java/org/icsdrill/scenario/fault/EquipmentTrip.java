package org.icsdrill.scenario.fault;

import org.icsdrill.core.tag.TagDef;
import org.icsdrill.scenario.effect.TagLookup;
import org.icsdrill.scenario.effect.UndoEffect;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.Action;
import org.icsdrill.scenario.model.TagRef;

/**
 * A pump or drive tripping on its own protection (motor overload, VFD fault): the final element
 * goes to the bottom of its range whatever the PLC commands. The target must be the output that
 * drives it.
 */
final class EquipmentTrip implements FaultFactory {

    @Override
    public Effect start(Action.Fault fault, EffectContext context) {
        TagRef target = fault.parameters().tag("target");
        TagDef def = TagLookup.requireOutput(fault.id(), context, target);
        return UndoEffect.of(context.plant(target).actuators().force(target.index(), def.range().min()));
    }
}
