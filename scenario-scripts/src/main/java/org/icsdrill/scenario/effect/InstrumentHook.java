package org.icsdrill.scenario.effect;

import org.icsdrill.core.signal.SignalModifier;
import org.icsdrill.scenario.engine.Effect;
import org.icsdrill.scenario.engine.EffectContext;
import org.icsdrill.scenario.model.TagRef;

/** Puts a modifier between a field signal's true value and the PLC's input image, until stopped. */
public final class InstrumentHook {

    private InstrumentHook() {
    }

    public static Effect install(String stepId, EffectContext context, TagRef tag, SignalModifier modifier) {
        TagLookup.requireField(stepId, context, tag);
        return UndoEffect.of(context.plant(tag).instruments().install(tag.index(), modifier));
    }
}
