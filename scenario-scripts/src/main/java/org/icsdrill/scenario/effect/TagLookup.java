package org.icsdrill.scenario.effect;

import org.icsdrill.core.modbus.RegisterEntry;
import org.icsdrill.core.modbus.RegisterMap;
import org.icsdrill.core.tag.TagDef;
import org.icsdrill.core.tag.TagKind;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.TagRef;

/** From a scenario's tag reference to what effects need: its declaration, its Modbus registers. */
public final class TagLookup {

    private TagLookup() {
    }

    public static TagDef def(EffectContext context, TagRef tag) {
        return context.plant(tag).catalog().get(tag.index());
    }

    /** Where a tag lives in its plant's Modbus map: what an attacker on the network addresses. */
    public static RegisterEntry register(EffectContext context, TagRef tag) {
        RegisterMap map = context.endpoint(tag.plant()).registers();
        // the map is generated in catalog order, one entry per tag; search only if that ever changes
        if (tag.index() < map.entries().size() && map.entries().get(tag.index()).tagIndex() == tag.index()) {
            return map.entries().get(tag.index());
        }
        return map.entries().stream().filter(e -> e.tagIndex() == tag.index()).findFirst()
                .orElseThrow(() -> new IllegalStateException(tag + " has no Modbus register"));
    }

    /** Checks that a tag is a field signal, where instruments (and their faults and spoofs) act. */
    public static TagDef requireField(String stepId, EffectContext context, TagRef tag) {
        TagDef def = def(context, tag);
        if (!def.field()) {
            throw new EffectStartException(stepId, tag + " is not a field signal (a measurement or field state)");
        }
        return def;
    }

    /** Checks that a tag is a controller output, which drives a final element (valve, pump, drive). */
    public static TagDef requireOutput(String stepId, EffectContext context, TagRef tag) {
        TagDef def = def(context, tag);
        if (def.kind() != TagKind.OUTPUT) {
            throw new EffectStartException(stepId, tag + " is a " + def.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + ", not an output driving a final element");
        }
        return def;
    }
}
